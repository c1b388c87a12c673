package playground.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import playground.engine.workload.BenchmarkRun;
import playground.engine.workload.ScalarPeak;

/**
 * Runs {@link PeakBenchmark} and {@link EpochBenchmark} with JMH and prints, besides JMH's own report, the scalar
 * peak and each workload's samples/s, its dense layers' GFLOP/s ({@link BenchmarkRun#flopsPerSample}, a lower bound)
 * as a share of that peak, and its ratio to the reference kernels — all measured in this one run.
 */
public final class BenchMain {
    public static void main(String[] args) throws Exception {
        Options opts = new OptionsBuilder().include(PeakBenchmark.class.getSimpleName())
                .include(EpochBenchmark.class.getSimpleName()).build();
        Collection<RunResult> results = new Runner(opts).run();
        double peak = Double.NaN;
        Map<String, Double> reference = new HashMap<>();
        for (RunResult r : results) {
            if (r.getParams().getBenchmark().endsWith(".peak")) {
                peak = r.getPrimaryResult().getScore() * ScalarPeak.FLOPS_PER_ITERATION / 1e9;
            } else if (r.getParams().getParam("kernels").equals("reference")) {
                reference.put(r.getParams().getParam("model"), r.getPrimaryResult().getScore());
            }
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "scalar peak: %.2f GFLOP/s%n", peak);
        System.out.println("model            batch  kernels     samples/s   GFLOP/s  of peak  × reference");
        for (RunResult r : results) {
            if (r.getParams().getBenchmark().endsWith(".peak")) {
                continue;
            }
            String model = r.getParams().getParam("model");
            double samplesPerSecond = r.getPrimaryResult().getScore();
            double gflops = samplesPerSecond * BenchmarkRun.flopsPerSample(model) / 1e9;
            Double ref = reference.get(model);
            System.out.printf(Locale.ROOT, "%-16s %5d  %-10s %10.0f %9.2f %7.0f%% %10s%n", model, BenchmarkRun.batchSize(model),
                    r.getParams().getParam("kernels"), samplesPerSecond, gflops, 100 * gflops / peak,
                    ref == null ? "" : String.format(Locale.ROOT, "%.2f", samplesPerSecond / ref));
        }
    }
}
