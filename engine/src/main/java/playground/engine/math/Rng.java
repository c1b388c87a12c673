package playground.engine.math;

/**
 * The engine's own seeded, splittable pseudo-random generator (SplitMix64).
 *
 * <p>Why not {@code java.util.Random}: under TeaVM its {@code nextInt(bound)} returns a different stream than on the
 * JVM, and reproducibility across the JVM, JavaScript and WebAssembly is a promise of this product. Everything here
 * is integer arithmetic plus {@link DMath#log} and {@link Math#sqrt}, so the streams are bit-identical everywhere.
 */
public final class Rng {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private long state;

    public Rng(long seed) {
        this.state = seed;
    }

    /** A copy that will produce exactly the same stream as this generator from now on. */
    public Rng copy() {
        Rng r = new Rng(0);
        r.state = state;
        return r;
    }

    /**
     * An independent child generator. Consumes one value of this stream, so the parent's later values and the
     * child's values do not overlap in practice (they are 2^64-periodic walks started at mixed, unrelated points).
     */
    public Rng split() {
        return new Rng(mix(nextLong() ^ 0x5DEECE66DL));
    }

    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1), with 53 random bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [lo, hi). */
    public double uniform(double lo, double hi) {
        return lo + (hi - lo) * nextDouble();
    }

    /** Uniform integer in [0, bound), without modulo bias. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, was " + bound);
        }
        while (true) {
            int bits = (int) (nextLong() >>> 33); // 31 uniform bits, non-negative
            int value = bits % bound;
            if (bits - value + (bound - 1) >= 0) { // reject the incomplete last block
                return value;
            }
        }
    }

    /** Standard normal N(0, 1) by Marsaglia's polar method: only +, −, ×, ÷, √ and {@link DMath#log}. */
    public double nextGaussian() {
        while (true) {
            double u = 2 * nextDouble() - 1;
            double v = 2 * nextDouble() - 1;
            double s = u * u + v * v;
            if (s > 0 && s < 1) {
                return u * Math.sqrt(-2 * DMath.log(s) / s);
            }
        }
    }

    /** Fisher–Yates shuffle of {@code a} in place. */
    public void shuffle(int[] a) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
