package playground.engine.workload;

import playground.engine.math.Rng;
import playground.engine.text.Numbers;

/**
 * What the one number formatter writes for awkward and random doubles, and whether each text reads back to the
 * same bits, as one line per value: "bits text bits-read-back". Every runtime computes it and the runtime check
 * compares: the JVM's, JavaScript's and WebAssembly's lines must be identical, every value must read back to
 * itself, and the page also compares each text with JavaScript's own {@code String(x)}.
 */
public final class NumberProbe {
    private static final double[] AWKWARD = {0.1, 1e-7, 5e-324, 1.0 / 3, 123456789.123, 0.1 + 0.2, 1e21, 1e20, 1e23,
        Double.MAX_VALUE, Double.MIN_NORMAL, 2.2250738585072009e-308, 9007199254740993.0, 4.35, 0.000001, 1e-6 / 3,
        -0.0, 0, -1.5, 100, 2.5e-10, 8.41e21, 5e-310, 1.7976931348623155e308, 0.01, 0.001, 1e-12};

    private NumberProbe() {
    }

    /** The awkward values, then {@code randomCount} doubles of random bits and as many of everyday sizes. */
    public static String report(int randomCount) {
        StringBuilder sb = new StringBuilder();
        for (double v : AWKWARD) {
            line(sb, v);
        }
        Rng rng = new Rng(2026);
        for (int i = 0; i < randomCount; i++) {
            double bits = Double.longBitsToDouble(rng.nextLong());
            if (!Double.isNaN(bits) && !Double.isInfinite(bits)) {
                line(sb, bits);
            }
            double scale = 1e-12;
            for (int k = rng.nextInt(25); k > 0; k--) {
                scale *= 10; // not Math.pow, whose last bit may differ between runtimes
            }
            line(sb, rng.uniform(-1, 1) * scale);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, double v) {
        String text = Numbers.format(v);
        sb.append(Long.toHexString(Double.doubleToLongBits(v))).append(' ').append(text).append(' ')
                .append(Long.toHexString(Double.doubleToLongBits(Numbers.parse(text)))).append('\n');
    }
}
