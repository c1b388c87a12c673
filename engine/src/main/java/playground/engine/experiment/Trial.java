package playground.engine.experiment;

import java.util.List;
import playground.engine.data.Split;
import playground.engine.data.Table;
import playground.engine.spec.ExperimentSpec;
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
}
