package playground.engine.workload;

import playground.engine.loss.MeanSquaredError;
import playground.engine.math.Rng;
import playground.engine.optim.Adam;
import playground.engine.spec.LayerSpec;
import playground.engine.spec.ModelSpec;
import playground.engine.spec.Presets;
import playground.engine.train.TrainingRun;

/**
 * The reference training workloads, shared by the JMH benchmark (JVM) and the browser benchmark page (JS, Wasm) so
 * all runtimes measure exactly the same work: one epoch of 4,096 random rows with Adam, for the walkthrough's model
 * at batch 32 ("insurance-blog") or the same model widened to 512 units at batch 256 ("insurance-wide": what a user
 * who widens the walkthrough trains, BatchNorm and Dropout included).
 */
public final class BenchmarkRun {
    public static final int ROWS = 4096;

    private BenchmarkRun() {
    }

    public static final String BLOG = "insurance-blog";
    public static final String WIDE = "insurance-wide";
    /** {@link Presets#INSURANCE_BLOG_LAYERS} with 512 units where it has 100, and the linear output. */
    static final String WIDE_LAYERS = "bn,dense:512:relu,bn,dropout:0.5,dense:512:relu,bn,dropout:0.5,dense:512:relu,bn,dense:1";
    /** The workloads, in the order benchmarks report them. */
    public static final java.util.List<String> NAMES = java.util.List.of(BLOG, WIDE);

    public static ModelSpec model(String name) {
        switch (name) {
            case BLOG:
                return Presets.insuranceBlogModel();
            case WIDE:
                return new ModelSpec(11, LayerSpec.parseList(WIDE_LAYERS));
            default:
                throw new IllegalArgumentException("unknown benchmark model '" + name + "' (" + BLOG + " or " + WIDE + ")");
        }
    }

    public static int batchSize(String name) {
        return name.equals(WIDE) ? 256 : 32;
    }

    /**
     * FLOPs per training sample in the dense layers' products, 2 per multiply-add: forward x·W, backward δ·Wᵀ and
     * xᵀ·δ, i.e. 6·in·out, or 4·in·out for the network's first layer, whose input gradient is never computed.
     * Normalization, activations and the optimizer are left out, so GFLOP/s from it are a lower bound.
     */
    public static double flopsPerSample(String name) {
        playground.engine.nn.Network net = model(name).build(0);
        double flops = 0;
        for (playground.engine.nn.Layer layer : net.layers()) {
            if (layer instanceof playground.engine.nn.Dense) {
                double macs = (double) layer.inputSize() * layer.outputSize();
                flops += 2 * macs * (layer == net.layers().get(0) ? 2 : 3);
            }
        }
        return flops;
    }

    /** A run that never ends by itself: call {@link TrainingRun#stepEpoch()} to do one unit of work. */
    public static TrainingRun create(String name) {
        ModelSpec spec = model(name);
        int inputs = spec.inputSize;
        Rng rng = new Rng(1);
        double[] x = new double[ROWS * inputs];
        double[] y = new double[ROWS];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextDouble();
        }
        for (int i = 0; i < ROWS; i++) {
            y[i] = x[i * inputs] * 2 - x[i * inputs + 1];
        }
        return new TrainingRun(spec.build(2), new MeanSquaredError(), new Adam(1e-3), x, y, ROWS, batchSize(name),
                Integer.MAX_VALUE, new Rng(3));
    }
}
