package playground.engine.experiment;

import java.util.List;
import java.util.Map;
import playground.engine.data.Split;
import playground.engine.data.Table;
import playground.engine.spec.ExperimentSpec;
import playground.engine.text.Json;
import playground.engine.train.BestCheckpoint;

/**
 * One trial of a random search or of Hyperband: a point of the search space and its budget. A Hyperband trial of a
 * later round continues its parent's best-epoch weights with a fresh optimizer and fresh callbacks, as Keras Tuner's
 * does, for {@code epochs - initialEpoch} more epochs.
 */
public final class Trial {
    public final int id;
    /** Which pass over Hyperband's brackets (its hyperband_iterations); 0 in a random search. */
    public final int iteration;
    /** Hyperband's bracket and round (rung); −1 in a random search. */
    public final int bracket;
    public final int round;
    /** Epochs trained before this trial (by its ancestors) and when it ends: Keras Tuner's initial_epoch and epochs. */
    public final int initialEpoch;
    public final int epochs;
    /** The trial whose weights this one starts from, or −1. */
    public final int parent;
    /** What trains: the point, with epochs = epochs − initialEpoch. */
    public final ExperimentSpec spec;

    Trial(int id, int iteration, int bracket, int round, int initialEpoch, int epochs, int parent, ExperimentSpec spec) {
        this.id = id;
        this.iteration = iteration;
        this.bracket = bracket;
        this.round = round;
        this.initialEpoch = initialEpoch;
        this.epochs = epochs;
        this.parent = parent;
        this.spec = spec;
    }

    /** A finished trial: its result and score, the weights a promotion continues from, or why it failed. */
    public static final class Result {
        public final Trial trial;
        public final ExperimentResult result;
        /** The objective at the trial's best epoch (Keras Tuner's trial score); NaN if no epoch had a finite one. */
        public final double score;
        /** The best epoch's weights (the last epoch's if none was best), for the trials that continue this one. */
        public final StartWeights weights;
        public final String error;

        public Result(Trial trial, ExperimentResult result, double score, StartWeights weights, String error) {
            this.trial = trial;
            this.result = result;
            this.score = score;
            this.weights = weights;
            this.error = error;
        }
    }

    /**
     * Trains the trial, from {@code start} (its parent's weights, or null for the spec's own): the objective
     * (e.g. val_loss) is tracked every epoch, its best epoch's weights are restored at the end (Keras Tuner's best
     * checkpoint) and the result is evaluated on them. A failure is a result with its error.
     */
    public Result run(Table table, Split split, StartWeights start, String objective) {
        try {
            BestCheckpoint best = new BestCheckpoint(objective, "auto", true);
            Experiment e = Experiment.prepare(spec, table, split, List.of(best));
            if (start != null) {
                e.startFrom(start);
            }
            e.train();
            ExperimentResult r = e.evaluate();
            double score = best.bestEpoch() > 0 ? best.bestValue() : Double.NaN;
            if (best.bestWeights() != null) {
                e.network.restore(best.bestWeights()); // a diverged run keeps its last weights; its best go on
            }
            return new Result(this, r, score, StartWeights.of(e.network), null);
        } catch (RuntimeException x) {
            return new Result(this, null, Double.NaN, null, String.valueOf(x.getMessage()));
        }
    }

    /**
     * The trial as a message to whoever trains it (a page's search hands trials to its workers): its place in the
     * search, its spec as a query, the objective its best epoch is chosen by, whether the weights it ends with are
     * wanted back (a trial that may be promoted) and the weights it starts from (a parent's, or null), in
     * {@link StartWeights}'s exact hex form so it continues bit for bit on any runtime, as one JSON string: the page
     * passes it on without building a tree of its values.
     */
    public String toJson(String objective, boolean weightsWanted, StartWeights start) {
        return "{\"id\":" + id + ",\"iteration\":" + iteration + ",\"bracket\":" + bracket + ",\"round\":" + round
                + ",\"initial_epoch\":" + initialEpoch + ",\"epochs\":" + epochs + ",\"parent\":" + parent
                + ",\"query\":" + Json.quote(spec.toQuery()) + ",\"objective\":" + Json.quote(objective)
                + ",\"weights_wanted\":" + weightsWanted + ",\"start\":" + (start == null ? "null" : Json.quote(start.toJson())) + "}";
    }

    /** A trial read back from {@link #toJson}, with what its message carries besides. */
    public record Message(Trial trial, String objective, boolean weightsWanted, StartWeights start) { }

    public static Message fromJson(String json) {
        Object root = Json.parse(json);
        if (!(root instanceof Map)) {
            throw new IllegalArgumentException("a trial is a JSON object");
        }
        Map<?, ?> m = (Map<?, ?>) root;
        if (!(m.get("query") instanceof String) || !(m.get("objective") instanceof String)) {
            throw new IllegalArgumentException("a trial names its query and objective");
        }
        ExperimentSpec spec = ExperimentSpec.fromQuery((String) m.get("query")).spec;
        Trial t = new Trial(whole(m, "id"), whole(m, "iteration"), whole(m, "bracket"), whole(m, "round"),
                whole(m, "initial_epoch"), whole(m, "epochs"), whole(m, "parent"), spec);
        Object start = m.get("start");
        return new Message(t, (String) m.get("objective"), Boolean.TRUE.equals(m.get("weights_wanted")),
                start == null ? null : StartWeights.parseInTransit(start));
    }

    private static int whole(Map<?, ?> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof Double) || (Double) v != Math.rint((Double) v)) {
            throw new IllegalArgumentException("a trial's \"" + key + "\" is a whole number");
        }
        return ((Double) v).intValue();
    }

    /** A score as it crosses a worker boundary: its exact bits ("0x…"), as decimals are not exact on every runtime. */
    public static String scoreText(double score) {
        return StartWeights.hex(score);
    }

    public static double scoreOf(Object text) {
        return StartWeights.value(text, "a trial's score");
    }
}
