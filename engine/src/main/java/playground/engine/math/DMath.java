package playground.engine.math;

/**
 * Deterministic elementary functions built only from + − × ÷ √ and exact bit manipulation.
 *
 * <p>Why: IEEE-754 guarantees those operations bit for bit on the JVM, in JavaScript and in WebAssembly, but not
 * {@code Math.exp}, {@code Math.log} or {@code Math.tanh}: the JVM's intrinsics and the browsers' libm differ in the
 * last bit now and then, and after a few epochs the loss histories drift apart. With these functions the same spec
 * and seed give the same numbers on every runtime. Accuracy is within a few ulp, which is far below anything a
 * network can notice.
 *
 * <p>A rule for all engine code, learnt the hard way: TeaVM 0.16's JavaScript printer drops the parentheses of a
 * right operand of {@code +} or {@code *} with the same precedence, so {@code a + (b + c)} runs as
 * {@code (a + b) + c} and {@code a * (b / c)} as {@code (a * b) / c} — different rounding in the browser's
 * JavaScript build only. Write such sums and products left to right ({@code (b + c) + a}, {@code b / c * a}).
 * The end-to-end parity test catches any slip.
 */
public final class DMath {
    private DMath() {
    }

    // ln 2 split in a high part with trailing zero bits (so k * LN2_HI is exact) and the rest (fdlibm's constants).
    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double INV_LN2 = 1.44269504088896338700e+00;
    private static final double SQRT2 = 1.41421356237309504880;
    private static final double EXP_OVERFLOW = 709.782712893384;
    private static final double EXP_UNDERFLOW = -745.1332191019412;

    /** e^x. */
    public static double exp(double x) {
        if (x != x) {
            return x;
        }
        if (x > EXP_OVERFLOW) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < EXP_UNDERFLOW) {
            return 0.0;
        }
        double kd = Math.floor(x * INV_LN2 + 0.5);
        double r = (x - kd * LN2_HI) - kd * LN2_LO; // |r| <= ln2/2 (+ a hair)
        return scaleByPowerOfTwo(expReduced(r), (int) kd);
    }

    /** e^r for |r| <= 0.35: Taylor series to degree 13 (truncation error < 1e-17 relative). */
    private static double expReduced(double r) {
        return 1 + r * (1 + r * (1.0 / 2 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120 + r * (1.0 / 720
                + r * (1.0 / 5040 + r * (1.0 / 40320 + r * (1.0 / 362880 + r * (1.0 / 3628800
                + r * (1.0 / 39916800 + r * (1.0 / 479001600 + r * (1.0 / 6227020800.0)))))))))))));
    }

    /** e^x − 1, accurate also for tiny x. */
    public static double expm1(double x) {
        if (Math.abs(x) < 0.34657359027997264) {
            double r = x;
            // Taylor series x + x^2/2! + ... + x^15/15!, no cancellation for small x.
            return r * (1 + r * (1.0 / 2 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120 + r * (1.0 / 720
                    + r * (1.0 / 5040 + r * (1.0 / 40320 + r * (1.0 / 362880 + r * (1.0 / 3628800
                    + r * (1.0 / 39916800 + r * (1.0 / 479001600 + r * (1.0 / 6227020800.0
                    + r * (1.0 / 87178291200.0 + r * (1.0 / 1307674368000.0)))))))))))))));
        }
        return exp(x) - 1;
    }

    /** Natural logarithm. */
    public static double log(double x) {
        if (x != x || x < 0) {
            return Double.NaN;
        }
        if (x == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return x;
        }
        int extra = 0;
        if (x < Double.MIN_NORMAL) {
            x *= 0x1p54; // make subnormals normal
            extra = -54;
        }
        long bits = Double.doubleToRawLongBits(x);
        int e = (int) ((bits >>> 52) & 0x7ff) - 1023 + extra;
        double m = Double.longBitsToDouble((bits & 0x000FFFFFFFFFFFFFL) | 0x3FF0000000000000L); // [1, 2)
        if (m > SQRT2) {
            m *= 0.5;
            e++;
        }
        // log(m) = 2 atanh(s), s = (m−1)/(m+1), |s| <= 0.1716: series in s^2 to s^23 (error < 1e-19).
        double f = m - 1;
        double s = f / (2 + f);
        double s2 = s * s;
        double series = s2 * (1.0 / 3 + s2 * (1.0 / 5 + s2 * (1.0 / 7 + s2 * (1.0 / 9 + s2 * (1.0 / 11
                + s2 * (1.0 / 13 + s2 * (1.0 / 15 + s2 * (1.0 / 17 + s2 * (1.0 / 19 + s2 * (1.0 / 21
                + s2 * (1.0 / 23)))))))))));
        double logm = 2 * s + 2 * s * series;
        return logm + e * LN2_LO + e * LN2_HI; // small terms first, left to right (see the class comment)
    }

    /** log(1 + x), accurate for tiny x (Goldberg's correction). */
    public static double log1p(double x) {
        double u = 1 + x;
        if (u == 1) {
            return x;
        }
        if (u == Double.POSITIVE_INFINITY) {
            return u;
        }
        return log(u) * x / (u - 1);
    }

    /** Hyperbolic tangent. */
    public static double tanh(double x) {
        if (x != x) {
            return x;
        }
        double a = Math.abs(x);
        if (a > 22) {
            return x > 0 ? 1.0 : -1.0;
        }
        double e = expm1(2 * a);
        double t = e / (e + 2);
        return x < 0 ? -t : t;
    }

    /** Logistic sigmoid 1 / (1 + e^−x), without overflow for large |x|. */
    public static double sigmoid(double x) {
        if (x >= 0) {
            return 1 / (1 + exp(-x));
        }
        double e = exp(x);
        return e / (1 + e);
    }

    // π/2 split like ln 2 above (fdlibm's pio2_1 and pio2_1t).
    private static final double PIO2_HI = 1.57079632673412561417e+00;
    private static final double PIO2_LO = 6.07710050650619224932e-11;
    private static final double TWO_OVER_PI = 6.36619772367581382433e-01;

    /** sin x, accurate to a few ulp for |x| below about 10^5 (the range the engine uses: angles of a few turns). */
    public static double sin(double x) {
        return sinCos(x, 0);
    }

    /** cos x, accurate to a few ulp for |x| below about 10^5. */
    public static double cos(double x) {
        return sinCos(x, 1);
    }

    private static double sinCos(double x, int shift) {
        if (x != x || Double.isInfinite(x)) {
            return Double.NaN;
        }
        double k = Math.floor(x * TWO_OVER_PI + 0.5);
        double r = (x - k * PIO2_HI) - k * PIO2_LO; // |r| <= π/4 (+ a hair)
        int quadrant = ((int) ((long) k & 3) + shift) & 3;
        switch (quadrant) {
            case 0:
                return sinReduced(r);
            case 1:
                return cosReduced(r);
            case 2:
                return -sinReduced(r);
            default:
                return -cosReduced(r);
        }
    }

    /** Taylor series of sin to r^17 for |r| <= π/4 (truncation error < 1e-19). */
    private static double sinReduced(double r) {
        double r2 = r * r;
        return r * (1 - r2 * (1.0 / 6 - r2 * (1.0 / 120 - r2 * (1.0 / 5040 - r2 * (1.0 / 362880 - r2 * (1.0 / 39916800
                - r2 * (1.0 / 6227020800.0 - r2 * (1.0 / 1307674368000.0 - r2 * (1.0 / 355687428096000.0)))))))));
    }

    /** Taylor series of cos to r^18 for |r| <= π/4. */
    private static double cosReduced(double r) {
        double r2 = r * r;
        return 1 - r2 * (1.0 / 2 - r2 * (1.0 / 24 - r2 * (1.0 / 720 - r2 * (1.0 / 40320 - r2 * (1.0 / 3628800
                - r2 * (1.0 / 479001600 - r2 * (1.0 / 87178291200.0 - r2 * (1.0 / 20922789888000.0
                - r2 * (1.0 / 6402373705728000.0)))))))));
    }

    /** x^y for x > 0 (learning-rate schedules); exact for integer y by repeated squaring. */
    public static double pow(double x, double y) {
        if (y == Math.rint(y) && Math.abs(y) < 1 << 30) {
            long n = (long) Math.abs(y);
            double result = 1;
            double base = x;
            while (n > 0) {
                if ((n & 1) != 0) {
                    result *= base;
                }
                base *= base;
                n >>= 1;
            }
            return y < 0 ? 1 / result : result;
        }
        return exp(y * log(x));
    }

    /** x · 2^k, exact unless the result is subnormal (then rounded once, deterministically). */
    static double scaleByPowerOfTwo(double x, int k) {
        if (k > 1023) {
            return x * powerOfTwo(1023) * powerOfTwo(k - 1023);
        }
        if (k < -1022) {
            return x * powerOfTwo(-1022) * powerOfTwo(Math.max(k + 1022, -1022));
        }
        return x * powerOfTwo(k);
    }

    private static double powerOfTwo(int k) {
        return Double.longBitsToDouble((long) (k + 1023) << 52);
    }
}
