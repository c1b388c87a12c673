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
 * <p>The uniform limits are the ones that give the same variance as the normal σ (a = σ√3). Unlike Keras, the
 * normal forms are plain (not truncated) normals with exactly the σ above, which is what the primer teaches.
 */
public final class Init {
    public enum Kind {
        ZEROS, CONSTANT, RANDOM_NORMAL, RANDOM_UNIFORM,
        LECUN_UNIFORM, LECUN_NORMAL, GLOROT_UNIFORM, GLOROT_NORMAL, HE_UNIFORM, HE_NORMAL
    }

    public static final Init ZEROS = new Init(Kind.ZEROS, 0);
    /** N(0, 1), the primer's first, naive example. */
    public static final Init RANDOM_NORMAL = new Init(Kind.RANDOM_NORMAL, 1);
    public static final Init LECUN_UNIFORM = new Init(Kind.LECUN_UNIFORM, 0);
    public static final Init LECUN_NORMAL = new Init(Kind.LECUN_NORMAL, 0);
    public static final Init GLOROT_UNIFORM = new Init(Kind.GLOROT_UNIFORM, 0);
    public static final Init GLOROT_NORMAL = new Init(Kind.GLOROT_NORMAL, 0);
    public static final Init HE_UNIFORM = new Init(Kind.HE_UNIFORM, 0);
    public static final Init HE_NORMAL = new Init(Kind.HE_NORMAL, 0);

    public final Kind kind;
    /** The constant for CONSTANT, σ for RANDOM_NORMAL, the limit for RANDOM_UNIFORM; unused otherwise. */
    public final double param;

    private Init(Kind kind, double param) {
        this.kind = kind;
        this.param = param;
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
                return param == 1 ? base : base + ":" + Numbers.format(param);
            case RANDOM_UNIFORM:
                return base + ":" + Numbers.format(param);
            default:
                return base;
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
