package playground.engine.workload;

/**
 * The practical scalar peak of a runtime on this CPU: a loop of independent multiply-adds on values held in
 * registers (locals), no memory traffic, the same Java on the JVM, in JavaScript and in WebAssembly. Kernels'
 * GFLOP/s are reported as a share of it. Eight independent chains hide the latency of each multiply and add, as
 * the blocked kernels' accumulators do; more would not fit the registers of every runtime.
 */
public final class ScalarPeak {
    /** Multiply-adds per iteration of {@link #run}: 8 chains, each a multiply and an add. */
    public static final int FLOPS_PER_ITERATION = 16;

    private ScalarPeak() {
    }

    /**
     * {@code iterations} × 8 multiply-adds; returns their sum so that no compiler may drop the loop. The factor and
     * offset keep every chain finite and away from subnormals (a fixed point near 1). An int counter, as TeaVM's
     * JavaScript emulates long arithmetic and would understate the peak there.
     */
    public static double run(int iterations) {
        double m = 0.999999;
        double c = 1e-6;
        double a0 = 1.0;
        double a1 = 1.1;
        double a2 = 1.2;
        double a3 = 1.3;
        double a4 = 1.4;
        double a5 = 1.5;
        double a6 = 1.6;
        double a7 = 1.7;
        for (int i = 0; i < iterations; i++) {
            a0 = a0 * m + c;
            a1 = a1 * m + c;
            a2 = a2 * m + c;
            a3 = a3 * m + c;
            a4 = a4 * m + c;
            a5 = a5 * m + c;
            a6 = a6 * m + c;
            a7 = a7 * m + c;
        }
        return a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7;
    }
}
