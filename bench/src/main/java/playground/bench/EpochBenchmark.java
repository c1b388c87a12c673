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
import playground.engine.train.TrainingRun;
import playground.engine.workload.BenchmarkRun;

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
    static final int ROWS = BenchmarkRun.ROWS;

    /** The walkthrough's model at batch 32, and the same widened to 512 units at batch 256 (BenchmarkRun.NAMES). */
    @Param({BenchmarkRun.BLOG, BenchmarkRun.WIDE})
    public String model;

    /** The register-blocked kernels, or the triple loops they replaced: every figure is read as a ratio to "reference". */
    @Param({"blocked", "reference"})
    public String kernels;

    private TrainingRun run;

    @Setup(Level.Trial)
    public void setUp() {
        playground.engine.math.Kernels.useReference(kernels.equals("reference"));
        run = BenchmarkRun.create(model);
    }

    @Benchmark
    public double epoch() {
        run.stepEpoch();
        return run.history().lastLoss();
    }
}
