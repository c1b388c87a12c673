package playground.engine.train;

import playground.engine.text.Numbers;

/**
 * Stops training when the monitored quantity has not improved by more than {@code minDelta} for {@code patience}
 * epochs. With {@code restoreBestWeights}, as Keras 3's {@code restore_best_weights}: the best epoch's weights are
 * put back when training ends, whether it stopped early or ran all its epochs. {@code onlyOnStop} is version 1's
 * rule: restore only when it stops early.
 */
public final class EarlyStopping implements Callback {
    private final Monitor monitor;
    public final int patience;
    public final boolean restoreBestWeights;
    /** Version 1's rule: the best weights come back only on an early stop. */
    public final boolean onlyOnStop;
    private int wait;
    private double[][] bestWeights;
    private boolean stopped;

    public EarlyStopping(String monitor, double minDelta, int patience, boolean restoreBestWeights, boolean onlyOnStop) {
        if (patience < 0) {
            throw new IllegalArgumentException("patience must be >= 0, was " + patience);
        }
        this.monitor = new Monitor(monitor, "auto", minDelta);
        this.patience = patience;
        this.restoreBestWeights = restoreBestWeights;
        this.onlyOnStop = onlyOnStop;
    }

    public EarlyStopping(String monitor, double minDelta, int patience, boolean restoreBestWeights) {
        this(monitor, minDelta, patience, restoreBestWeights, false);
    }

    @Override
    public void onTrainBegin(TrainingRun run) {
        monitor.reset();
        wait = 0;
        bestWeights = null;
        stopped = false;
    }

    @Override
    public void onEpochEnd(TrainingRun run, EpochLog log) {
        double current = monitor.value(log);
        if (monitor.improved(current, log.epoch)) {
            wait = 0;
            if (restoreBestWeights) {
                bestWeights = run.network().snapshot();
            }
            return;
        }
        wait++;
        if (wait >= patience) {
            String message = "early stop: " + monitor.name + " did not improve by more than " + round(monitor.minDelta)
                    + " for " + patience + " epochs (best " + round(monitor.best) + " at epoch " + monitor.bestEpoch + ")";
            run.history().addEvent(new Event(log.epoch, Event.Kind.EARLY_STOP, message));
            stopped = true;
            if (onlyOnStop) {
                restore(run, log.epoch);
            }
            run.stop(message);
        }
    }

    @Override
    public void onTrainEnd(TrainingRun run) {
        if (!onlyOnStop) {
            restore(run, run.epoch());
        }
    }

    private void restore(TrainingRun run, int epoch) {
        if (restoreBestWeights && bestWeights != null) {
            run.network().restore(bestWeights);
            run.history().addEvent(new Event(epoch, Event.Kind.RESTORED, "restored the weights of epoch " + monitor.bestEpoch
                    + (stopped ? "" : ", the best (early stopping restores them at the end, as Keras does)")));
        }
    }

    /** A short form for messages: 28115924 rather than 2.8115924509177E7, 0.012346 rather than 0.0123456789. */
    /** A number in a message: whole from 10,000 up, else 4 significant digits ("1e-7", "0.01", "0.6541"). */
    static String round(double v) {
        if (Math.abs(v) >= 1e4) {
            return Long.toString(Math.round(v));
        }
        return Numbers.significant(v, 4);
    }
}
