package playground.engine.learn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import playground.engine.activation.Activation;
import playground.engine.experiment.Experiment;
import playground.engine.loss.Loss;
import playground.engine.math.Rng;
import playground.engine.nn.Dense;
import playground.engine.nn.Layer;
import playground.engine.nn.Network;
import playground.engine.optim.Optimizer;
import playground.engine.spec.Ids;
import playground.engine.train.EpochLog;

/** The teaching views that train on a real dataset: dead ReLUs while training, and the learning-rate range test. */
public final class LearnTraining {
    private LearnTraining() {
    }

    /**
     * The share of each ReLU layer's units that are dead — zero for every training row, so no gradient flows
     * through them — at initialization and after every epoch of the experiment's own training run.
     */
    public static Map<String, Object> deadRelus(Experiment e) {
        double[] x = e.preprocessor.transform(e.table, e.split.train);
        int rows = e.split.train.length;
        List<Object> epochs = new ArrayList<>();
        List<Object> layers = new ArrayList<>();
        Network net = e.network;
        for (int i = 0; i < net.layers().size(); i++) {
            Layer l = net.layers().get(i);
            if (l instanceof Dense && ((Dense) l).activation.kind == Activation.Kind.RELU) {
                layers.add("dense " + (i + 1) + " (" + ((Dense) l).units + " units)");
            }
        }
        epochs.add(epoch(0, null, deadShares(net, x, rows)));
        while (!e.run.finished()) {
            e.run.stepEpoch();
            if (e.run.history().diverged()) {
                break;
            }
            List<EpochLog> logs = e.run.history().logs();
            EpochLog last = logs.isEmpty() ? null : logs.get(logs.size() - 1);
            epochs.add(epoch(e.run.epoch(), last, deadShares(net, x, rows)));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("layers", layers);
        m.put("epochs", epochs);
        // after divergence the activations are NaN and every unit would count as dead: the message says why instead
        m.put("message", e.run.history().stopMessage());
        m.put("diverged", e.run.history().diverged());
        return m;
    }

    private static Map<String, Object> epoch(int n, EpochLog log, double[] shares) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("epoch", (double) n);
        m.put("loss", log == null ? null : log.get("loss"));
        m.put("val_loss", log == null || !log.has("val_loss") ? null : log.get("val_loss"));
        List<Object> s = new ArrayList<>();
        for (double v : shares) {
            s.add(v);
        }
        m.put("dead", s);
        return m;
    }

    /** For each ReLU Dense layer: the fraction of its units whose output is 0 on every one of the rows. */
    public static double[] deadShares(Network net, double[] x, int rows) {
        List<double[]> outputs = net.trace(x, rows);
        List<Double> shares = new ArrayList<>();
        for (int i = 0; i < net.layers().size(); i++) {
            Layer l = net.layers().get(i);
            if (!(l instanceof Dense) || ((Dense) l).activation.kind != Activation.Kind.RELU) {
                continue;
            }
            int units = ((Dense) l).units;
            double[] a = outputs.get(i);
            int dead = 0;
            for (int u = 0; u < units; u++) {
                boolean alive = false;
                for (int r = 0; r < rows && !alive; r++) {
                    alive = a[r * units + u] > 0;
                }
                dead += alive ? 0 : 1;
            }
            shares.add((double) dead / units);
        }
        double[] out = new double[shares.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = shares.get(i);
        }
        return out;
    }

    /**
     * The learning-rate range test (L. Smith): one mini-batch step per rate, the rate growing exponentially from
     * {@code min} to {@code max}; the loss, smoothed (β = 0.98, bias-corrected), against the rate. It stops when
     * the smoothed loss exceeds four times its best. The suggestion is the rate where the smoothed loss falls
     * fastest (per factor of rate), before its minimum.
     */
    public static Map<String, Object> rangeTest(Experiment e, double min, double max, int steps) {
        if (!(min > 0 && max > min) || steps < 10 || steps > 5000) {
            throw new IllegalArgumentException("the range test needs 0 < min < max and 10–5000 steps");
        }
        double[] x = e.preprocessor.transform(e.table, e.split.train);
        double[] y = e.targets(e.split.train);
        int rows = e.split.train.length;
        Network net = e.network;
        int in = net.inputSize();
        int out = net.outputSize();
        int batch = Math.min(rows, e.spec.integer("batch"));
        Loss loss = e.loss();
        Optimizer opt = Ids.optimizer(e.spec.current().get("opt"), min); // in the newest version's words
        Rng rng = new Rng(e.spec.seed("seed") + 1);
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        double[] xb = new double[batch * in];
        double[] yb = new double[batch * out];
        List<Object> rates = new ArrayList<>();
        List<Object> losses = new ArrayList<>();
        List<Object> smooth = new ArrayList<>();
        double avg = 0;
        double best = Double.POSITIVE_INFINITY;
        int cursor = rows;
        double[] lrs = new double[steps];
        double[] sm = new double[steps];
        int n = 0;
        for (int i = 0; i < steps; i++) {
            double lr = min * Math.pow(max / min, i / (double) (steps - 1));
            if (cursor + batch > rows) {
                rng.shuffle(order);
                cursor = 0;
            }
            for (int b = 0; b < batch; b++) {
                System.arraycopy(x, order[cursor + b] * in, xb, b * in, in);
                System.arraycopy(y, order[cursor + b] * out, yb, b * out, out);
            }
            cursor += batch;
            opt.setLearningRate(lr);
            double l = net.computeGradients(xb, yb, batch, loss);
            if (!Double.isFinite(l)) {
                break;
            }
            opt.step(net.params());
            avg = 0.98 * avg + 0.02 * l;
            double s = avg / (1 - Math.pow(0.98, i + 1));
            rates.add(lr);
            losses.add(l);
            smooth.add(s);
            lrs[n] = lr;
            sm[n] = s;
            n++;
            best = Math.min(best, s);
            if (s > 4 * best) {
                break;
            }
        }
        int argMin = 0;
        for (int i = 1; i < n; i++) {
            argMin = sm[i] < sm[argMin] ? i : argMin;
        }
        int steepest = -1;
        double slope = 0;
        int skip = Math.max(1, n / 20); // the first steps are dominated by the smoothing's warm-up
        for (int i = skip + 1; i <= argMin; i++) {
            double d = (sm[i] - sm[i - 1]) / (Math.log(lrs[i]) - Math.log(lrs[i - 1]));
            if (d < slope) {
                slope = d;
                steepest = i;
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rates", rates);
        m.put("losses", losses);
        m.put("smoothed", smooth);
        m.put("steps", (double) n);
        m.put("minimumAt", n == 0 ? null : lrs[argMin]);
        m.put("suggested", steepest < 0 ? (n == 0 ? null : lrs[argMin] / 10) : lrs[steepest]);
        m.put("stoppedEarly", n < steps);
        return m;
    }
}
