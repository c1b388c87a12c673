package playground.web.charts;

/**
 * The playground's colours, Okabe–Ito (safe for colour-blind readers): orange for class 0 or negative values, blue
 * for class 1 or positive ones, then green, pink, yellow, sky and vermilion; values between fade through white.
 */
public final class Colours {
    public static final int[][] CLASSES = {{230, 159, 0}, {0, 114, 178}, {0, 158, 115}, {204, 121, 167},
        {240, 228, 66}, {86, 180, 233}, {213, 94, 0}};

    private Colours() {
    }

    /** Orange – white – blue for t in [−1, 1] (clamped). */
    public static int[] diverging(double t) {
        int[] c = t < 0 ? CLASSES[0] : CLASSES[1];
        double k = Math.min(1, Math.abs(t));
        return new int[] {(int) Math.round(255 + (c[0] - 255) * k), (int) Math.round(255 + (c[1] - 255) * k),
            (int) Math.round(255 + (c[2] - 255) * k)};
    }

    /** Class {@code k}'s colour at strength {@code a} (0: white, 1: full). */
    public static int[] tint(int k, double a) {
        int[] c = CLASSES[k % CLASSES.length];
        return new int[] {(int) Math.round(255 + (c[0] - 255) * a), (int) Math.round(255 + (c[1] - 255) * a),
            (int) Math.round(255 + (c[2] - 255) * a)};
    }

    public static String css(int[] rgb) {
        return "rgb(" + rgb[0] + "," + rgb[1] + "," + rgb[2] + ")";
    }
}
