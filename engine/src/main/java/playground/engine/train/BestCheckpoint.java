package playground.engine.train;

/**
 * Keeps the weights of the best epoch by the monitored quantity (Keras's ModelCheckpoint with save_best_only, in
 * memory) and, when {@code restoreAtEnd}, puts them back into the network when training ends — so the model that
 * is evaluated and saved is the best one, not the last one.
 */
public final class BestCheckpoint implements Callback {
    private final Monitor monitor;
    public final boolean restoreAtEnd;
    private double[][] best;

    public BestCheckpoint(String monitor, String mode, boolean restoreAtEnd) {
        this.monitor = new Monitor(monitor, mode, 0);
        this.restoreAtEnd = restoreAtEnd;
    }

    @Override
    public void onTrainBegin(TrainingRun run) {
        monitor.reset();
        best = null;
    }

    @Override
    public void onEpochEnd(TrainingRun run, EpochLog log) {
        double current = monitor.value(log);
        if (!Double.isNaN(current) && monitor.improved(current, log.epoch)) {
            best = run.network().snapshot();
            run.history().addEvent(new Event(log.epoch, Event.Kind.BEST, "best " + monitor.name + " so far: "
                    + EarlyStopping.round(current)));
        }
    }

    @Override
    public void onTrainEnd(TrainingRun run) {
        if (restoreAtEnd && best != null && !run.history().diverged()) {
            run.network().restore(best);
            run.history().addEvent(new Event(run.history().epochs(), Event.Kind.RESTORED,
                    "restored the best weights, from epoch " + monitor.bestEpoch));
        }
    }

    /** The epoch whose weights are kept (0 before the first epoch). */
    public int bestEpoch() {
        return monitor.bestEpoch;
    }

    public double bestValue() {
        return monitor.best;
    }

    /** The best epoch's weights (a snapshot), or null before any epoch improved. */
    public double[][] bestWeights() {
        return best;
    }
}
