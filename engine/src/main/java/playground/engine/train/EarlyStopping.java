package playground.engine.train;

import playground.engine.text.Numbers;

/**
 * Stops training when the monitored quantity has not improved by more than {@code minDelta} for {@code patience}
 * epochs; optionally restores the weights of the best epoch when it stops (Keras's restore_best_weights).
 */
public final class EarlyStopping implements Callback {
    private final Monitor monitor;
    public final int patience;
    public final boolean restoreBestWeights;
    private int wait;
    private double[][] bestWeights;

    public EarlyStopping(String monitor, double minDelta, int patience, boolean restoreBestWeights) {
        if (patience < 0) {
            throw new IllegalArgumentException("patience must be >= 0, was " + patience);
        }
        this.monitor = new Monitor(monitor, "auto", minDelta);
        this.patience = patience;
        this.restoreBestWeights = restoreBestWeights;
    }

    @Override
    public void onTrainBegin(TrainingRun run) {
        monitor.reset();
        wait = 0;
        bestWeights = null;
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
            if (restoreBestWeights && bestWeights != null) {
                run.network().restore(bestWeights);
                run.history().addEvent(new Event(log.epoch, Event.Kind.RESTORED,
                        "restored the weights of epoch " + monitor.bestEpoch));
            }
            run.stop(message);
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
