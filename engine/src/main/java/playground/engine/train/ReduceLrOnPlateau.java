package playground.engine.train;

/**
 * Multiplies the learning rate by {@code factor} when the monitored quantity has not improved by more than
 * {@code minDelta} for {@code patience} epochs, never below {@code minLr}; after a reduction it waits
 * {@code cooldown} epochs before counting again (Keras's ReduceLROnPlateau).
 */
public final class ReduceLrOnPlateau implements Callback {
    private final Monitor monitor;
    public final double factor;
    public final int patience;
    public final double minLr;
    public final int cooldown;
    private int wait;
    private int cooldownLeft;

    public ReduceLrOnPlateau(String monitor, double factor, int patience, double minLr, double minDelta, int cooldown) {
        if (!(factor > 0 && factor < 1)) {
            throw new IllegalArgumentException("factor must be in (0, 1), was " + playground.engine.text.Numbers.format(factor));
        }
        if (patience < 0 || cooldown < 0 || !(minLr >= 0)) {
            throw new IllegalArgumentException("patience, cooldown and min_lr must be >= 0");
        }
        this.monitor = new Monitor(monitor, "auto", minDelta);
        this.factor = factor;
        this.patience = patience;
        this.minLr = minLr;
        this.cooldown = cooldown;
    }

    @Override
    public void onTrainBegin(TrainingRun run) {
        monitor.reset();
        wait = 0;
        cooldownLeft = 0;
    }

    @Override
    public void onEpochEnd(TrainingRun run, EpochLog log) {
        double current = monitor.value(log);
        if (cooldownLeft > 0) {
            cooldownLeft--;
            wait = 0;
        }
        if (monitor.improved(current, log.epoch)) {
            wait = 0;
            return;
        }
        if (cooldownLeft > 0) {
            return;
        }
        wait++;
        if (wait >= patience) {
            double old = run.optimizer().learningRate();
            if (old > minLr) {
                double lr = Math.max(old * factor, minLr);
                run.optimizer().setLearningRate(lr);
                run.history().addEvent(new Event(log.epoch, Event.Kind.LR_REDUCED, "learning rate reduced from "
                        + EarlyStopping.round(old) + " to " + EarlyStopping.round(lr) + ": " + monitor.name + " stalled for " + wait + " epochs"));
                cooldownLeft = cooldown;
                wait = 0;
            }
        }
    }
}
