package playground.engine.workload;

import playground.engine.data.Dataset;
import playground.engine.data.Synthetic;
import playground.engine.experiment.Experiment;
import playground.engine.experiment.ExperimentResult;
import playground.engine.loss.Loss;
import playground.engine.math.DMath;
import playground.engine.math.Rng;
import playground.engine.nn.Network;
import playground.engine.optim.Optimizer;
import playground.engine.spec.Ids;
import playground.engine.spec.LayerSpec;
import playground.engine.spec.ModelSpec;
import playground.engine.train.EpochLog;
import playground.engine.train.History;
import playground.engine.train.TrainingRun;

/**
 * Small but complete training runs whose exact bits every runtime must reproduce. Together they exercise the PRNG,
 * every initializer family, every layer type, every activation, every loss, every optimizer and every learning-rate
 * schedule, plus a sweep of the elementary functions. The JVM tests, the JavaScript build and the WebAssembly build
 * each compute the fingerprint and an end-to-end test compares them.
 */
public final class DeterminismProbe {
    private DeterminismProbe() {
    }

    /** layers | loss | optimizer | schedule | dataset (xor, circle as two one-hot classes, plane) */
    private static final String[][] RUNS = {
        {"dense:8:tanh:he_normal,bn,dropout:0.1,res(dense:8:relu,ln),dense:1:sigmoid", "bce", "adam", "constant", "xor"},
        {"dense:8:leaky_relu:0.2:lecun_uniform,ln,dense:1", "huber:0.5", "rmsprop", "time:0.01", "plane"},
        {"dense:6:sigmoid:glorot_normal:constant:0.1,dense:2:softmax", "cce", "nesterov", "step:0.5:5", "circle"},
        {"dense:6:relu:he_uniform,dense:1:linear:lecun_normal", "mae", "adagrad", "exp:0.9:4", "plane"},
        {"dense:5:tanh:random_normal:0.3,dense:1", "rmse", "sgd", "constant", "plane"},
        {"dense:5:relu:glorot_uniform,dense:1", "mse", "momentum", "constant", "plane"},
        {"dense:4:tanh,dense:1:sigmoid", "half_se", "adam", "constant", "xor"},
    };

    /**
     * Trains each probe run for {@code epochs} epochs; returns, per run, the loss after each epoch as the hex of its
     * IEEE bits and a hash of every final parameter bit, then a hash of the elementary-function sweep.
     */
    public static String fingerprint(int epochs) {
        StringBuilder sb = new StringBuilder();
        for (String[] r : RUNS) {
            Dataset data = dataset(r[4]);
            Network net = new ModelSpec(data.inputs, LayerSpec.parseList(r[0])).build(42);
            Loss loss = Ids.loss(r[1]);
            Optimizer opt = Ids.optimizer(r[2], 0.01).withSchedule(Ids.schedule(r[3]));
            TrainingRun run = new TrainingRun(net, loss, opt, data.x, data.y, data.rows, 16, epochs, new Rng(1));
            History h = run.run();
            for (double l : h.loss()) {
                sb.append(Long.toHexString(Double.doubleToLongBits(l))).append(' ');
            }
            long hash = 1125899906842597L;
            for (double[] p : net.snapshot()) {
                for (double v : p) {
                    hash = 31 * hash + Double.doubleToLongBits(v);
                }
            }
            sb.append("params:").append(Long.toHexString(hash)).append('\n');
        }
        sb.append(experiment(epochs)).append('\n');
        sb.append("finite:").append(finiteCheck()).append('\n');
        return sb.append("math:").append(mathSweep()).toString();
    }

    /**
     * The whole workflow on a three-class table: preprocessing fitted on training rows (a standardized and a one-hot
     * column), a tail split, early stopping, reduce-LR-on-plateau and a restored best checkpoint, then metrics.
     */
    private static String experiment(int epochs) {
        Dataset d = Synthetic.threeClusters(120, 0.3, 5);
        double[] x1 = new double[d.rows];
        String[] x2Band = new String[d.rows];
        String[] label = new String[d.rows];
        for (int i = 0; i < d.rows; i++) {
            x1[i] = d.x[2 * i];
            x2Band[i] = d.x[2 * i + 1] > 1 ? "high" : d.x[2 * i + 1] < -1 ? "low" : "mid";
            label[i] = "c" + (int) d.y[i];
        }
        playground.engine.data.Table table = new playground.engine.data.Table(java.util.List.of(
                playground.engine.data.Column.numeric("x1", x1), playground.engine.data.Column.categorical("band", x2Band),
                playground.engine.data.Column.categorical("label", label)));
        playground.engine.spec.ExperimentSpec spec = playground.engine.spec.ExperimentSpec.defaults().withAll(java.util.List.of(
                "tf=x1:standard", "split=tail", "layers=bn,dense:8:relu,dropout:0.1,dense:8:tanh", "epochs=" + epochs,
                "es=val_loss:4:0.0001", "rlr=val_loss:0.5:2:0.0001", "ckpt=on", "batch=8"));
        ExperimentResult r = Experiment.runToEnd(spec, table, null, java.util.List.of());
        StringBuilder sb = new StringBuilder("experiment:");
        for (EpochLog l : r.history().logs()) {
            sb.append(Long.toHexString(Double.doubleToLongBits(l.get("val_loss")))).append(' ');
        }
        for (double v : r.test.values()) {
            sb.append(Long.toHexString(Double.doubleToLongBits(v))).append(' ');
        }
        return sb.append("events:").append(r.history().events().size()).toString();
    }

    private static Dataset dataset(String name) {
        if (name.equals("circle")) {
            Dataset c = Synthetic.circle(64, 0.2, 7);
            double[] oneHot = new double[c.rows * 2];
            for (int i = 0; i < c.rows; i++) {
                oneHot[i * 2 + (int) c.y[i]] = 1;
            }
            return new Dataset(c.x, oneHot, c.rows, 2, 2);
        }
        return Synthetic.generate(name, 64, 0.1, 7);
    }

    /**
     * {@link playground.engine.math.Kernels#allFinite} on finite values of every magnitude, then with one infinity:
     * a compiler that folded x − x to 0 would send infinities to the kernels that skip no zeros (0·∞ would become
     * NaN where the reference skips it), and one that rounded inside the sum would quietly train on the slower
     * reference kernels with the same results; the parity test compares this line across the runtimes.
     */
    static String finiteCheck() {
        Rng rng = new Rng(5);
        double[] v = new double[1001];
        for (int i = 0; i < v.length; i++) {
            v[i] = rng.nextGaussian() * DMath.pow(10, rng.uniform(-300, 300));
        }
        boolean finite = playground.engine.math.Kernels.allFinite(v, v.length);
        v[1000] = Double.NEGATIVE_INFINITY;
        return finite + " " + playground.engine.math.Kernels.allFinite(v, v.length) + " "
                + playground.engine.math.Kernels.allFinite(v, 1000);
    }

    /** A hash of every elementary function of {@link DMath} over 20,000 inputs spanning their ranges. */
    static String mathSweep() {
        Rng rng = new Rng(3);
        long hash = 0;
        for (int i = 0; i < 20_000; i++) {
            double x = rng.uniform(-40, 40);
            double[] values = {DMath.exp(x), DMath.expm1(x / 100), DMath.log(Math.abs(x) + 1e-9),
                DMath.log1p(Math.abs(x) / 50), DMath.tanh(x / 8), DMath.sigmoid(x), DMath.pow(Math.abs(x), 0.37),
                DMath.sin(x), DMath.cos(x), rng.nextGaussian()};
            for (double v : values) {
                hash = 31 * hash + Double.doubleToLongBits(v);
            }
        }
        return Long.toHexString(hash);
    }
}
