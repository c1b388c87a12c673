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
     * The share of each ReLU or leaky-ReLU layer's units that are switched off — z ≤ 0 for every training row — at
     * initialization and after every epoch of the experiment's own training run. A ReLU unit switched off is dead: its
     * output is 0 and no gradient reaches its weights. A leaky unit there still passes the slope α, so it keeps learning.
     */
    public static Map<String, Object> deadRelus(Experiment e) {
        double[] x = e.preprocessor.transform(e.table, e.split.train);
        int rows = e.split.train.length;
        List<Object> epochs = new ArrayList<>();
        List<Object> layers = new ArrayList<>();
        Network net = e.network;
        for (int i = 0; i < net.layers().size(); i++) {
            Layer l = net.layers().get(i);
            if (counted(l)) {
                Dense d = (Dense) l;
                layers.add("dense " + (i + 1) + " (" + d.units + " " + d.activation.id() + ")");
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

    /**
     * The regularization view's run: the experiment trained to its end, and after every epoch its training loss, Keras's
     * val_loss (which adds a weight penalty, as Keras does) and the validation loss alone — the loss function on the
     * validation rows in inference mode, with no penalty, so runs with and without L1/L2 are compared on the same
     * quantity. For classes the loss is cross-entropy on probabilities clipped to [1e-7, 1 − 1e-7], as Keras's.
     */
    public static Map<String, Object> curves(Experiment e) {
        double[] xVal = e.preprocessor.transform(e.table, e.split.val);
        double[] yVal = e.targets(e.split.val);
        int valRows = e.split.val.length;
        if (valRows == 0) {
            throw new IllegalArgumentException("the regularization view needs validation rows (val > 0)");
        }
        Loss loss = e.loss();
        Network net = e.network;
        List<Object> epochs = new ArrayList<>();
        while (!e.run.finished()) {
            e.run.stepEpoch();
            List<EpochLog> logs = e.run.history().logs();
            if (e.run.history().diverged() || logs.isEmpty()) {
                break;
            }
            EpochLog last = logs.get(logs.size() - 1);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("epoch", (double) e.run.epoch());
            m.put("loss", last.get("loss"));
            m.put("val_loss", last.get("val_loss"));
            m.put("val_data", loss.value(net.forward(xVal, valRows, false), yVal, valRows, net.outputSize()));
            epochs.add(m);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("epochs", epochs);
        int rows = e.split.train.length;
        int batch = Math.min(rows, e.spec.integer("batch"));
        m.put("updatesPerEpoch", (double) ((rows + batch - 1) / batch)); // the last batch of an epoch may be smaller
        m.put("trainRows", (double) rows);
        m.put("loss", loss.id());
        m.put("message", e.run.history().stopMessage());
        m.put("diverged", e.run.history().diverged());
        return m;
    }

    /**
     * The residual view's run: the norm of each Dense kernel's gradient ‖∂L/∂W‖ on the whole training set, in the
     * network's order (inside residual blocks too), before training and after it, and the curves between.
     */
    public static Map<String, Object> deep(Experiment e) {
        List<Object> before = gradientNorms(e);
        Map<String, Object> m = curves(e);
        m.put("gradientsBefore", before);
        m.put("gradientsAfter", gradientNorms(e));
        return m;
    }

    /**
     * ‖∂L/∂W‖ of every Dense kernel on the training rows. It runs a forward pass in training mode, so it is only for
     * networks without dropout or batch norm, whose training it would otherwise disturb.
     */
    static List<Object> gradientNorms(Experiment e) {
        double[] x = e.preprocessor.transform(e.table, e.split.train);
        double[] y = e.targets(e.split.train);
        Network net = e.network;
        net.computeGradients(x, y, e.split.train.length, e.loss());
        List<Object> out = new ArrayList<>();
        for (playground.engine.nn.Param p : net.params()) {
            if (p.name.equals("kernel")) {
                double sq = 0;
                for (double g : p.grad) {
                    sq += g * g;
                }
                out.add(Math.sqrt(sq));
            }
        }
        return out;
    }

    /** The imbalance view's thresholds: 0.01, 0.02, … 0.99. */
    static final int THRESHOLDS = 99;

    /**
     * The imbalance view's run: a two-class experiment trained to its end, then on its test rows, for each threshold t
     * (the positive class — the rarer one in training — is predicted where its probability ≥ t), the confusion counts and
     * accuracy, precision, recall and F1 of the positive class; and the accuracy of always answering the common class.
     */
    public static Map<String, Object> thresholds(Experiment e) {
        if (!e.classification || e.classes.size() != 2) {
            throw new IllegalArgumentException("the imbalance view needs two classes");
        }
        while (!e.run.finished()) {
            e.run.stepEpoch();
            if (e.run.history().diverged()) {
                throw new IllegalArgumentException(e.run.history().stopMessage());
            }
        }
        double[] yTrain = e.targets(e.split.train);
        int ones = 0;
        for (int i = 0; i < e.split.train.length; i++) {
            ones += yTrain[2 * i + 1] == 1 ? 1 : 0;
        }
        int positive = 2 * ones <= e.split.train.length ? 1 : 0;
        int rows = e.split.test.length;
        double[] probs = e.network.forward(e.preprocessor.transform(e.table, e.split.test), rows, false);
        double[] y = e.targets(e.split.test);
        int actualPositives = 0;
        for (int i = 0; i < rows; i++) {
            actualPositives += y[2 * i + positive] == 1 ? 1 : 0;
        }
        List<Object> table = new ArrayList<>();
        for (int k = 1; k <= THRESHOLDS; k++) {
            double t = k / 100.0;
            int tp = 0;
            int fp = 0;
            for (int i = 0; i < rows; i++) {
                boolean said = probs[2 * i + positive] >= t;
                boolean is = y[2 * i + positive] == 1;
                tp += said && is ? 1 : 0;
                fp += said && !is ? 1 : 0;
            }
            int fn = actualPositives - tp;
            int tn = rows - actualPositives - fp;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("threshold", t);
            m.put("tp", (double) tp);
            m.put("fp", (double) fp);
            m.put("fn", (double) fn);
            m.put("tn", (double) tn);
            m.put("accuracy", (double) (tp + tn) / rows);
            double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp); // none predicted: 0, as scikit-learn's zero_division=0
            double recall = actualPositives == 0 ? 0 : (double) tp / actualPositives;
            m.put("precision", precision);
            m.put("recall", recall);
            m.put("f1", precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
            table.add(m);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("positive", e.classes.get(positive));
        m.put("testRows", (double) rows);
        m.put("testPositives", (double) actualPositives);
        m.put("majorityAccuracy", (double) (rows - actualPositives) / rows);
        m.put("thresholds", table);
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

    /** The layers whose switched-off units are counted: Dense layers with ReLU or leaky ReLU. */
    static boolean counted(Layer l) {
        return l instanceof Dense && (((Dense) l).activation.kind == Activation.Kind.RELU
                || ((Dense) l).activation.kind == Activation.Kind.LEAKY_RELU);
    }

    /**
     * For each ReLU or leaky-ReLU Dense layer: the fraction of its units whose output is ≤ 0 (so z ≤ 0, both functions
     * being increasing) on every one of the rows.
     */
    public static double[] deadShares(Network net, double[] x, int rows) {
        List<double[]> outputs = net.trace(x, rows);
        List<Double> shares = new ArrayList<>();
        for (int i = 0; i < net.layers().size(); i++) {
            Layer l = net.layers().get(i);
            if (!counted(l)) {
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
