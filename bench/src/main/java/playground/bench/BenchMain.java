package playground.bench;

import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import playground.engine.nn.Dense;
import playground.engine.nn.Layer;
import playground.engine.nn.Network;
import playground.engine.workload.BenchmarkRun;

/**
 * Runs {@link EpochBenchmark} with JMH and prints, besides JMH's own report, samples/s and the achieved GFLOP/s.
 * FLOPs count the dense layers' multiply-adds (2 FLOPs each): forward x·W, backward δ·Wᵀ and xᵀ·δ, i.e. 6·in·out
 * per sample, 4·in·out when the Dense layer is the network's first, whose input gradient is never computed. Normalization, activations and
 * the optimizer are left out, so the figure is a lower bound.
 */
public final class BenchMain {
    public static void main(String[] args) throws Exception {
        Options opts = new OptionsBuilder().include(EpochBenchmark.class.getSimpleName()).build();
        Collection<RunResult> results = new Runner(opts).run();
        System.out.println();
        System.out.println("model            batch  kernels     samples/s   GFLOP/s   × reference");
        java.util.Map<String, Double> reference = new java.util.HashMap<>();
        for (RunResult r : results) {
            if (r.getParams().getParam("kernels").equals("reference")) {
                reference.put(r.getParams().getParam("model"), r.getPrimaryResult().getScore());
            }
        }
        for (RunResult r : results) {
            String model = r.getParams().getParam("model");
            double samplesPerSecond = r.getPrimaryResult().getScore();
            double gflops = samplesPerSecond * flopsPerSample(model) / 1e9;
            Double ref = reference.get(model);
            System.out.printf(Locale.ROOT, "%-16s %5d  %-10s %10.0f %9.2f %10s%n", model, BenchmarkRun.batchSize(model),
                    r.getParams().getParam("kernels"), samplesPerSecond, gflops,
                    ref == null ? "" : String.format(Locale.ROOT, "%.2f", samplesPerSecond / ref));
        }
    }

    static double flopsPerSample(String model) {
        Network net = BenchmarkRun.model(model).build(0);
        double flops = 0;
        for (Layer layer : net.layers()) {
            if (layer instanceof Dense) {
                double macs = (double) layer.inputSize() * layer.outputSize();
                flops += 2 * macs * (layer == net.layers().get(0) ? 2 : 3);
            }
        }
        return flops;
    }
}
