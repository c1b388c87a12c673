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
 * at batch 32 ("insurance-blog") or a 3×512 ReLU MLP at batch 256 ("mlp-3x512").
 */
public final class BenchmarkRun {
    public static final int ROWS = 4096;

    private BenchmarkRun() {
    }

    public static ModelSpec model(String name) {
        switch (name) {
            case "insurance-blog":
                return Presets.insuranceBlogModel();
            case "mlp-3x512":
                return new ModelSpec(11, LayerSpec.parseList("dense:512:relu,dense:512:relu,dense:512:relu,dense:1"));
            default:
                throw new IllegalArgumentException("unknown benchmark model '" + name + "' (insurance-blog or mlp-3x512)");
        }
    }

    public static int batchSize(String name) {
        return name.equals("mlp-3x512") ? 256 : 32;
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
