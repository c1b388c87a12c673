package playground.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import playground.engine.loss.MeanSquaredError;
import playground.engine.math.Rng;
import playground.engine.nn.Network;
import playground.engine.optim.Adam;
import playground.engine.spec.LayerSpec;
import playground.engine.spec.ModelSpec;
import playground.engine.spec.Presets;
import playground.engine.train.TrainingRun;

/**
 * One training epoch (forward, loss, backward, Adam step for every mini-batch) of the two reference networks.
 * The score is samples per second: each invocation trains on {@link #ROWS} samples.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(EpochBenchmark.ROWS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EpochBenchmark {
    static final int ROWS = 4096;

    /** The walkthrough's model at batch 32, and a wide 3×512 MLP at batch 256. */
    @Param({"insurance-blog", "mlp-3x512"})
    public String model;

    private TrainingRun run;
    private Network network;
    private double[] x;
    private double[] y;
    private int inputs;
    private int batch;

    static ModelSpec spec(String model) {
        if (model.equals("insurance-blog")) {
            return Presets.insuranceBlogModel();
        }
        return new ModelSpec(11, LayerSpec.parseList("dense:512:relu,dense:512:relu,dense:512:relu,dense:1"));
    }

    static int batchSize(String model) {
        return model.equals("insurance-blog") ? 32 : 256;
    }

    @Setup(Level.Trial)
    public void setUp() {
        ModelSpec spec = spec(model);
        inputs = spec.inputSize;
        batch = batchSize(model);
        Rng rng = new Rng(1);
        x = new double[ROWS * inputs];
        y = new double[ROWS];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextDouble();
        }
        for (int i = 0; i < ROWS; i++) {
            y[i] = x[i * inputs] * 2 - x[i * inputs + 1];
        }
        network = spec.build(2);
        run = new TrainingRun(network, new MeanSquaredError(), new Adam(1e-3), x, y, ROWS, batch, Integer.MAX_VALUE,
                new Rng(3));
    }

    @Benchmark
    public double epoch() {
        run.stepEpoch();
        return run.history().lastLoss();
    }
}
