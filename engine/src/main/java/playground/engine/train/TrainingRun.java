package playground.engine.train;

import java.util.ArrayList;
import java.util.List;
import playground.engine.loss.Loss;
import playground.engine.math.Rng;
import playground.engine.nn.Network;
import playground.engine.optim.Optimizer;

/**
 * Mini-batch training of a network on in-memory data, one batch or one epoch at a time, so that a UI can play,
 * pause and step. Each epoch visits every row once in an order shuffled by the run's own generator; the last batch
 * of an epoch may be smaller. The epoch loss is the mean of the batch losses weighted by batch size, as Keras reports
 * it.
 *
 * <p>With validation data, every epoch also records val_loss (and the metric) computed in inference mode; then the
 * callbacks see the epoch's log. A NaN or infinite batch loss ends the run at once (further steps would only spread NaN through the weights)
 * with a message that names the epoch and batch and suggests a smaller learning rate.
 */
public final class TrainingRun {
    private final Network network;
    private final Loss loss;
    private final Optimizer optimizer;
    private final double[] x;
    private final double[] y;
    private final int rows;
    private final int inputs;
    private final int outputs;
    private final int batchSize;
    private final int epochs;
    private final Rng rng;
    private final int[] order;
    private final double[] xb;
    private final double[] yb;
    private final History history = new History();
    private final List<Callback> callbacks = new ArrayList<>();
    private BatchMetric metric;
    private double[] xVal;
    private double[] yVal;
    private int valRows;

    private int epoch;          // finished epochs
    private int cursor;         // rows of the current epoch already seen
    private double lossSum;     // Σ batch loss × batch rows in the current epoch
    private double metricSum;   // the same for the metric
    private boolean started;
    private boolean stopped;
    private boolean ended;

    public TrainingRun(Network network, Loss loss, Optimizer optimizer, double[] x, double[] y, int rows,
            int batchSize, int epochs, Rng rng) {
        if (rows < 1) {
            throw new IllegalArgumentException("there are no training rows");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
        }
        if (epochs < 0) {
            throw new IllegalArgumentException("epochs must be >= 0, was " + epochs);
        }
        this.network = network;
        this.loss = loss;
        this.optimizer = optimizer;
        this.x = x;
        this.y = y;
        this.rows = rows;
        this.inputs = network.inputSize();
        this.outputs = network.outputSize();
        if (x.length < rows * inputs || y.length < rows * outputs) {
            throw new IllegalArgumentException("data has fewer values than " + rows + " rows of " + inputs
                    + " inputs and " + outputs + " outputs");
        }
        this.batchSize = Math.min(batchSize, rows);
        this.epochs = epochs;
        this.rng = rng;
        this.order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        this.xb = new double[this.batchSize * inputs];
        this.yb = new double[this.batchSize * outputs];
    }

    /** Adds validation rows: each epoch then logs val_loss (and val_ + the metric's name). */
    public TrainingRun withValidation(double[] x, double[] y, int rows) {
        if (rows > 0) {
            xVal = x;
            yVal = y;
            valRows = rows;
        }
        return this;
    }

    /** Logs this metric every epoch (a running mean over the epoch's batches, as Keras does). */
    public TrainingRun withMetric(BatchMetric m) {
        metric = m;
        return this;
    }

    public TrainingRun withCallback(Callback c) {
        if (started) {
            throw new IllegalStateException("add callbacks before training starts");
        }
        callbacks.add(c);
        return this;
    }

    public History history() {
        return history;
    }

    public Network network() {
        return network;
    }

    public Optimizer optimizer() {
        return optimizer;
    }

    /** Finished epochs. */
    public int epoch() {
        return epoch;
    }

    public int epochs() {
        return epochs;
    }

    /** Batches done in the current epoch (0 at an epoch's start). */
    public int batch() {
        return (cursor + batchSize - 1) / batchSize;
    }

    /** Batches in an epoch (the last may be smaller). */
    public int batches() {
        return (rows + batchSize - 1) / batchSize;
    }

    public boolean finished() {
        return stopped || epoch >= epochs;
    }

    /** Ends the run early with a message (early stopping and the like). */
    public void stop(String message) {
        if (!stopped) {
            stopped = true;
            history.stop(message, false);
        }
        end();
    }

    private void end() {
        if (!ended && finished()) {
            ended = true;
            for (Callback c : callbacks) {
                c.onTrainEnd(this);
            }
        }
    }

    /**
     * What the run would give had it been set to end now, after {@link #epoch()} epochs: the callbacks' end-of-training
     * actions (a best-checkpoint or early-stopping restore) are applied, {@code look} reads the network and history,
     * and then both are put back exactly as they were, so training goes on as if nothing happened. A run with a
     * shorter epoch cap follows the same trajectory up to its cap (no schedule or callback here depends on the total
     * epoch count), so this is that run's result, bit for bit. Call between epochs, before the run has finished.
     */
    public <T> T asIfEnded(java.util.function.Supplier<T> look) {
        if (finished() || cursor != 0) {
            throw new IllegalStateException("a look as if ended is taken between epochs of a run still going");
        }
        if (!started) { // a run of 0 epochs never begins, so it has no end actions either
            return look.get();
        }
        double[][] weights = network.snapshot();
        int events = history.events().size();
        try { // put back even when the look fails, so that the longer runs go on as they would alone
            for (Callback c : callbacks) {
                c.onTrainEnd(this);
            }
            return look.get();
        } finally {
            network.restore(weights);
            history.truncateEvents(events);
        }
    }

    /** Called before every mini-batch with the run's position: finished epochs, batches done in this one. */
    public interface BatchHook {
        void before(int epoch, int batch);
    }

    private BatchHook beforeBatch;

    /** Runs {@code hook} before every mini-batch (an experiment replays its weight edits there). */
    public TrainingRun beforeEachBatch(BatchHook hook) {
        this.beforeBatch = hook;
        return this;
    }

    /** Trains on one mini-batch; returns true when that batch finished an epoch. */
    public boolean stepBatch() {
        if (finished()) {
            return false;
        }
        if (beforeBatch != null) {
            beforeBatch.before(epoch, batch());
        }
        if (!started) {
            started = true;
            for (Callback c : callbacks) {
                c.onTrainBegin(this);
            }
        }
        if (cursor == 0) {
            rng.shuffle(order);
            lossSum = 0;
            metricSum = 0;
        }
        int n = Math.min(batchSize, rows - cursor);
        for (int b = 0; b < n; b++) {
            int r = order[cursor + b];
            System.arraycopy(x, r * inputs, xb, b * inputs, inputs);
            System.arraycopy(y, r * outputs, yb, b * outputs, outputs);
        }
        double lr = optimizer.currentRate();
        double batchLoss = network.computeGradients(xb, yb, n, loss);
        if (Double.isNaN(batchLoss) || Double.isInfinite(batchLoss)) {
            int batchNumber = cursor / batchSize + 1;
            int batches = (rows + batchSize - 1) / batchSize;
            String message = "Training diverged in epoch " + (epoch + 1) + " (batch " + batchNumber + " of " + batches
                    + "): the loss became " + (Double.isNaN(batchLoss) ? "NaN" : "infinite")
                    + ". Try a smaller learning rate than " + playground.engine.text.Numbers.format(lr) + ".";
            stopped = true;
            history.stop(message, true);
            history.addEvent(new Event(epoch + 1, Event.Kind.DIVERGED, message));
            end();
            return false;
        }
        if (metric != null) { // the outputs of this very forward pass, before the step changes the weights
            metricSum += metric.value(network.output(), yb, n, outputs) * n;
        }
        optimizer.step(network.params());
        lossSum += batchLoss * n;
        cursor += n;
        if (cursor < rows) {
            return false;
        }
        cursor = 0;
        epoch++;
        EpochLog log = new EpochLog(epoch);
        log.put("loss", lossSum / rows);
        if (metric != null) {
            log.put(metric.name(), metricSum / rows);
        }
        if (valRows > 0) {
            double[] out = network.forward(xVal, valRows, false);
            log.put("val_loss", loss.value(out, yVal, valRows, outputs) + network.penalty()); // Keras adds it to val_loss too
            if (metric != null) {
                log.put("val_" + metric.name(), metric.value(out, yVal, valRows, outputs));
            }
        }
        log.put("lr", lr);
        history.addEpoch(log);
        for (Callback c : callbacks) {
            c.onEpochEnd(this, log);
        }
        end();
        return true;
    }

    /** Trains until the current epoch ends (or the run stops). */
    public void stepEpoch() {
        // The step is in the body on purpose: TeaVM 0.16's ADVANCED optimizer, inlining this into run(), dropped the
        // call from "while (!finished() && !stepBatch()) {}" (a loop whose work is all in its condition) and hung.
        boolean epochEnded = false;
        while (!epochEnded && !finished()) {
            epochEnded = stepBatch();
        }
    }

    /** Trains to the end. */
    public History run() {
        while (!finished()) {
            stepEpoch();
        }
        return history;
    }
}
