package playground.engine.nn;

import playground.engine.math.Rng;
import playground.engine.text.Numbers;

/**
 * Weight initializers. Fan-in is the number of inputs of a unit, fan-out the number of units it feeds.
 *
 * <table>
 *   <caption>limits and standard deviations</caption>
 *   <tr><th>scheme</th><th>uniform limit a (U(−a, a))</th><th>normal σ (N(0, σ²))</th></tr>
 *   <tr><td>LeCun</td><td>√(3/fan_in)</td><td>√(1/fan_in)</td></tr>
 *   <tr><td>Xavier/Glorot</td><td>√(6/(fan_in+fan_out))</td><td>√(2/(fan_in+fan_out))</td></tr>
 *   <tr><td>He</td><td>√(6/fan_in)</td><td>√(2/fan_in)</td></tr>
 * </table>
 *
 * <p>The uniform limits are the ones that give the same variance as the normal σ (a = σ√3). As in Keras 3
 * ({@code VarianceScaling}), the three normal schemes draw a <em>truncated</em> normal: a draw beyond 2 standard
 * deviations is drawn again, with the standard deviation σ/0.87962566 so that what remains has exactly σ.
 * {@code untruncated} (version 1's, the primer's) draws a plain normal with σ. {@code random_normal} is plain, as
 * Keras's {@code RandomNormal} (default σ 0.05; version 1's default was 1, the primer's {@code np.random.randn}).
 */
public final class Init {
    public enum Kind {
        ZEROS, CONSTANT, RANDOM_NORMAL, RANDOM_UNIFORM,
        LECUN_UNIFORM, LECUN_NORMAL, GLOROT_UNIFORM, GLOROT_NORMAL, HE_UNIFORM, HE_NORMAL
    }

    /** Keras's {@code RandomNormal} standard deviation. */
    public static final double DEFAULT_RANDOM_NORMAL_STDDEV = 0.05;
    /** The standard deviation of a standard normal truncated to [−2, 2] (Keras's constant, to its digits). */
    public static final double TRUNCATED_STDDEV = 0.87962566103423978;

    public static final Init ZEROS = new Init(Kind.ZEROS, 0);
    public static final Init LECUN_UNIFORM = new Init(Kind.LECUN_UNIFORM, 0);
    public static final Init LECUN_NORMAL = new Init(Kind.LECUN_NORMAL, 0);
    public static final Init GLOROT_UNIFORM = new Init(Kind.GLOROT_UNIFORM, 0);
    public static final Init GLOROT_NORMAL = new Init(Kind.GLOROT_NORMAL, 0);
    public static final Init HE_UNIFORM = new Init(Kind.HE_UNIFORM, 0);
    public static final Init HE_NORMAL = new Init(Kind.HE_NORMAL, 0);

    public final Kind kind;
    /** The constant for CONSTANT, σ for RANDOM_NORMAL, the limit for RANDOM_UNIFORM; unused otherwise. */
    public final double param;
    /** LeCun, Glorot and He normal: a plain normal instead of Keras's truncated one (version 1's). */
    public final boolean untruncated;

    private Init(Kind kind, double param, boolean untruncated) {
        this.kind = kind;
        this.param = param;
        this.untruncated = untruncated;
    }

    private Init(Kind kind, double param) {
        this(kind, param, false);
    }

    /** This scheme drawing a plain normal when {@code plain} (only the LeCun, Glorot and He normal ones truncate). */
    public Init untruncated(boolean plain) {
        if (plain && !isTruncated()) {
            throw new IllegalArgumentException(id() + " has no truncated form to leave");
        }
        return plain == untruncated ? this : new Init(kind, param, plain);
    }

    /** Whether draws beyond 2 standard deviations are drawn again: the LeCun, Glorot and He normal schemes. */
    public boolean isTruncated() {
        return (kind == Kind.LECUN_NORMAL || kind == Kind.GLOROT_NORMAL || kind == Kind.HE_NORMAL) && !untruncated;
    }

    public static Init constant(double value) {
        return new Init(Kind.CONSTANT, value);
    }

    public static Init randomNormal(double stddev) {
        return new Init(Kind.RANDOM_NORMAL, stddev);
    }

    public static Init randomUniform(double limit) {
        return new Init(Kind.RANDOM_UNIFORM, limit);
    }

    public String id() {
        String base = kind.name().toLowerCase();
        switch (kind) {
            case CONSTANT:
                return "constant:" + Numbers.format(param);
            case RANDOM_NORMAL:
                return param == DEFAULT_RANDOM_NORMAL_STDDEV ? base : base + ":" + Numbers.format(param);
            case RANDOM_UNIFORM:
                return base + ":" + Numbers.format(param);
            default:
                return untruncated ? base + ":untruncated" : base;
        }
    }

    /** The uniform limit a, or 0 for normal and constant schemes. */
    public double uniformLimit(int fanIn, int fanOut) {
        switch (kind) {
            case RANDOM_UNIFORM:
                return param;
            case LECUN_UNIFORM:
                return Math.sqrt(3.0 / fanIn);
            case GLOROT_UNIFORM:
                return Math.sqrt(6.0 / (fanIn + fanOut));
            case HE_UNIFORM:
                return Math.sqrt(6.0 / fanIn);
            default:
                return 0;
        }
    }

    /** The standard deviation the scheme targets (for uniform ones: a/√3); 0 for constants. */
    public double stddev(int fanIn, int fanOut) {
        switch (kind) {
            case RANDOM_NORMAL:
                return param;
            case LECUN_NORMAL:
                return Math.sqrt(1.0 / fanIn);
            case GLOROT_NORMAL:
                return Math.sqrt(2.0 / (fanIn + fanOut));
            case HE_NORMAL:
                return Math.sqrt(2.0 / fanIn);
            case ZEROS:
            case CONSTANT:
                return 0;
            default:
                return uniformLimit(fanIn, fanOut) / Math.sqrt(3);
        }
    }

    public boolean isUniform() {
        return kind == Kind.RANDOM_UNIFORM || kind == Kind.LECUN_UNIFORM || kind == Kind.GLOROT_UNIFORM
                || kind == Kind.HE_UNIFORM;
    }

    /** Fills {@code w} for a layer with the given fans. */
    public void fill(double[] w, int fanIn, int fanOut, Rng rng) {
        switch (kind) {
            case ZEROS:
                java.util.Arrays.fill(w, 0);
                return;
            case CONSTANT:
                java.util.Arrays.fill(w, param);
                return;
            default:
                if (isUniform()) {
                    double a = uniformLimit(fanIn, fanOut);
                    for (int i = 0; i < w.length; i++) {
                        w[i] = rng.uniform(-a, a);
                    }
                } else if (isTruncated()) {
                    double s = stddev(fanIn, fanOut) / TRUNCATED_STDDEV;
                    for (int i = 0; i < w.length; i++) {
                        double z = rng.nextGaussian();
                        while (z > 2 || z < -2) {
                            z = rng.nextGaussian();
                        }
                        w[i] = s * z;
                    }
                } else {
                    double s = stddev(fanIn, fanOut);
                    for (int i = 0; i < w.length; i++) {
                        w[i] = s * rng.nextGaussian();
                    }
                }
        }
    }

    @Override
    public String toString() {
        return id();
    }
}
