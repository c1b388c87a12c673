package playground.engine.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import playground.engine.math.Rng;
import playground.engine.spec.ExperimentSpec;

/**
 * A random search or Hyperband over a {@link Grid} space, round by round: {@link #nextRound} gives trials that do
 * not depend on each other (so they may run on any thread or worker, in any order), {@link #report} takes their
 * results, and the next round is decided from them. A random search is one round. Hyperband runs Keras Tuner's
 * brackets from the most aggressive down; in each, round 0 draws {@code size(b, 0)} fresh points trained for
 * {@code epochs(b, 0)}, and each later round continues the best {@code size(b, r)} trials of the round before (by
 * score, ties to the earlier trial, failed and NaN-scored last), from their best-epoch weights, up to
 * {@code epochs(b, r)}. That is what Keras Tuner does on one worker; on several it may promote before a round has
 * finished, so its choices depend on timing, and here they do not. One more departure: when the space runs out of
 * new points, Keras Tuner stops at once (if no trial is running); here the current bracket's later rounds still run
 * on the trials it has, and then the search ends.
 *
 * <p>Not thread-safe: one thread asks for rounds, reads parents' weights and reports; the trials themselves may run
 * anywhere.
 *
 * <p>Draws come from one seeded stream, each point at most once: a point drawn again is drawn anew, up to 20 times
 * (Keras Tuner's {@code max_collisions}), after which the space is taken as exhausted and the search ends early.
 */
public final class Search {
    static final int MAX_COLLISIONS = 20;

    private final Grid space;
    private final ExperimentSpec base;
    private final Rng rng;
    private final Set<ExperimentSpec> tried = new HashSet<>();
    private final boolean maximize;
    /** Random search: the number of trials; Hyperband: null. */
    private final Integer trials;
    public final Hyperband hyperband;
    private final int iterations;
    private final List<Trial.Result> results = new ArrayList<>();
    private final List<Trial> pending = new ArrayList<>();
    private int nextId;
    private int iteration;
    private boolean started;
    private int bracket;
    private int round;
    private boolean exhausted;

    private Search(Grid space, ExperimentSpec base, long seed, String objective, Integer trials, Hyperband hyperband, int iterations) {
        this.space = space;
        this.base = base;
        this.rng = new Rng(seed);
        this.maximize = objective.contains("acc") || objective.endsWith("r2") || objective.contains("f1");
        this.trials = trials;
        this.hyperband = hyperband;
        this.iterations = iterations;
        // the space is checked now: a value that is not valid fails before anything runs
        space.draw(base, new Rng(seed));
    }

    /** {@code trials} points drawn at random, each trained for the spec's epochs. */
    public static Search random(Grid space, ExperimentSpec base, int trials, long seed, String objective) {
        if (trials < 1) {
            throw new IllegalArgumentException("random search: --trials must be at least 1, was " + trials);
        }
        return new Search(space, base, seed, objective, trials, null, 1);
    }

    /** Hyperband to {@code maxEpochs} with reduction {@code factor}, {@code iterations} times over (Keras Tuner's hyperband_iterations). */
    public static Search hyperband(Grid space, ExperimentSpec base, int maxEpochs, int factor, int iterations, long seed,
            String objective) {
        if (space.keys.contains("epochs")) {
            throw new IllegalArgumentException("hyperband sets each trial's epochs itself (up to its max epochs): leave epochs out of the space");
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("hyperband: iterations must be at least 1, was " + iterations);
        }
        return new Search(space, base, seed, objective, null, new Hyperband(maxEpochs, factor), iterations);
    }

    /** The next round's trials; empty when the search is over. Call once every trial of the last round is reported. */
    public List<Trial> nextRound() {
        if (!pending.isEmpty()) {
            throw new IllegalStateException("the last round has " + pending.size() + " trials not reported yet");
        }
        forgetWeightsBeforeTheLastRound();
        if (trials != null) {
            if (nextId == 0) {
                for (int i = 0; i < trials && !exhausted; i++) {
                    fresh(-1, -1);
                }
            }
            return List.copyOf(pending);
        }
        while (pending.isEmpty() && advance()) {
            if (round == 0) {
                for (int i = 0; i < hyperband.size(bracket, 0) && !exhausted; i++) {
                    fresh(bracket, hyperband.epochs(bracket, 0));
                }
            } else {
                promote();
            }
        }
        return List.copyOf(pending);
    }

    /** Moves to the next round (or bracket, or iteration); false when Hyperband is done. */
    private boolean advance() {
        if (!started) {
            started = true;
            bracket = hyperband.brackets() - 1;
            round = 0;
            return true;
        }
        if (round < bracket) {
            round++;
            return true;
        }
        if (exhausted) { // the space ran out of new points: this bracket's rounds were the last
            return false;
        }
        bracket--;
        if (bracket < 0) {
            iteration++;
            if (iteration >= iterations) {
                return false;
            }
            bracket = hyperband.brackets() - 1;
        }
        round = 0;
        return true;
    }

    /** A new point, trained for {@code epochs} (Hyperband's budget), or for its own epochs when −1 (a random search). */
    private void fresh(int bracketNum, int epochs) {
        for (int c = 0; c <= MAX_COLLISIONS; c++) {
            ExperimentSpec drawn = space.draw(base, rng);
            ExperimentSpec point = epochs < 0 ? drawn : drawn.with("epochs", Integer.toString(epochs));
            if (tried.add(point)) {
                pending.add(new Trial(nextId++, iteration, bracketNum, 0, 0, point.integer("epochs"), -1, point));
                return;
            }
        }
        exhausted = true;
    }

    private void promote() {
        List<Trial.Result> candidates = new ArrayList<>();
        for (Trial.Result r : results) {
            if (r.trial.bracket == bracket && r.trial.round == round - 1 && r.trial.iteration == iteration && r.error == null) {
                candidates.add(r);
            }
        }
        sortBest(candidates);
        int from = hyperband.epochs(bracket, round - 1);
        int to = hyperband.epochs(bracket, round);
        for (int i = 0; i < Math.min(hyperband.size(bracket, round), candidates.size()); i++) {
            Trial parent = candidates.get(i).trial;
            pending.add(new Trial(nextId++, iteration, bracket, round, from, to, parent.id,
                    parent.spec.with("epochs", Integer.toString(to - from))));
        }
    }

    /** Best first by score (NaN last), ties to the earlier trial, as Python's stable sort keeps them. */
    void sortBest(List<Trial.Result> rs) {
        Collections.sort(rs, (a, b) -> {
            boolean an = Double.isNaN(a.score);
            boolean bn = Double.isNaN(b.score);
            if (an || bn) {
                return an == bn ? Integer.compare(a.trial.id, b.trial.id) : an ? 1 : -1;
            }
            int c = maximize ? Double.compare(b.score, a.score) : Double.compare(a.score, b.score);
            return c != 0 ? c : Integer.compare(a.trial.id, b.trial.id);
        });
    }

    /**
     * A finished trial of the current round. The search keeps its score and weights, not its result (a search of
     * hundreds of wide trials would not fit in memory otherwise): the caller keeps what it reports.
     */
    public void report(Trial.Result r) {
        if (!pending.remove(r.trial)) {
            throw new IllegalArgumentException("trial " + r.trial.id + " is not in the current round");
        }
        results.add(new Trial.Result(r.trial, null, r.score, r.weights, r.error));
    }

    /** Only the last round's trials can still be promoted: the weights of every earlier one are let go. */
    private void forgetWeightsBeforeTheLastRound() {
        Trial newest = results.isEmpty() ? null : results.get(results.size() - 1).trial; // reported last: the last round's
        for (int i = 0; i < results.size(); i++) {
            Trial.Result r = results.get(i);
            boolean lastRound = newest != null && r.trial.iteration == newest.iteration && r.trial.bracket == newest.bracket
                    && r.trial.round == newest.round;
            if (!lastRound && r.weights != null) {
                results.set(i, new Trial.Result(r.trial, null, r.score, null, r.error));
            }
        }
    }

    /** Whether a later round may continue {@code t}, so the weights it ends with are wanted: not in a bracket's last round. */
    public boolean mayBePromoted(Trial t) {
        return hyperband != null && t.round < t.bracket;
    }

    /** The weights trial {@code id} ended with (a promoted trial starts from its parent's). */
    public StartWeights weightsOf(int id) {
        for (Trial.Result r : results) {
            if (r.trial.id == id) {
                return r.weights;
            }
        }
        return null;
    }

    /** Every reported trial, in the order they were created: its trial, score and error (its result stays with the caller). */
    public List<Trial.Result> results() {
        List<Trial.Result> out = new ArrayList<>(results);
        out.sort((a, b) -> Integer.compare(a.trial.id, b.trial.id));
        return out;
    }

    /** How many trials the whole search will run at most, and their epochs in all: for progress and an ETA. */
    public int[] plannedTrialsAndEpochs() {
        if (trials != null) { // epochs in the space: an estimate, as if each trained the base's
            return new int[] {trials, trials * base.integer("epochs")};
        }
        int n = 0;
        int epochs = 0;
        for (int b = hyperband.brackets() - 1; b >= 0; b--) {
            for (int r = 0; r <= b; r++) {
                n += hyperband.size(b, r);
                epochs += hyperband.size(b, r) * (hyperband.epochs(b, r) - (r == 0 ? 0 : hyperband.epochs(b, r - 1)));
            }
        }
        return new int[] {n * iterations, epochs * iterations};
    }
}
