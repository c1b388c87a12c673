package playground.engine.data;

import playground.engine.math.DMath;
import playground.engine.math.Rng;

/**
 * Two-dimensional toy datasets in the spirit of TensorFlow Playground, generated from a seed so they are the same
 * on every runtime. Points lie in [−6, 6]²; {@code noise} is the standard deviation of Gaussian jitter added to
 * the coordinates (classification) or the target (regression). Class labels are 0/1.
 */
public final class Synthetic {
    private Synthetic() {
    }

    /** XOR: label 1 where x·y > 0. */
    public static Dataset xor(int n, double noise, long seed) {
        Rng rng = new Rng(seed);
        double[] x = new double[n * 2];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double a = rng.uniform(-5, 5);
            double b = rng.uniform(-5, 5);
            a += a > 0 ? 0.3 : -0.3; // keep points off the axes, where the label flips
            b += b > 0 ? 0.3 : -0.3;
            y[i] = a * b > 0 ? 1 : 0;
            x[2 * i] = a + noise * rng.nextGaussian();
            x[2 * i + 1] = b + noise * rng.nextGaussian();
        }
        return new Dataset(x, y, n, 2, 1);
    }

    /** A disc of label 1 (radius < 2.5) inside a ring of label 0 (radius 3.5–5). */
    public static Dataset circle(int n, double noise, long seed) {
        Rng rng = new Rng(seed);
        double[] x = new double[n * 2];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            boolean inside = i % 2 == 0;
            double r = inside ? rng.uniform(0, 2.5) : rng.uniform(3.5, 5);
            // a uniformly random direction without trigonometry: normalize a Gaussian vector
            double gx = rng.nextGaussian();
            double gy = rng.nextGaussian();
            double len = Math.sqrt(gx * gx + gy * gy);
            if (len == 0) {
                gx = 1;
                len = 1;
            }
            x[2 * i] = r * gx / len + noise * rng.nextGaussian();
            x[2 * i + 1] = r * gy / len + noise * rng.nextGaussian();
            y[i] = inside ? 1 : 0;
        }
        return new Dataset(x, y, n, 2, 1);
    }

    /** Regression on a plane: target = (x₁ + x₂)/10 plus Gaussian noise. */
    public static Dataset plane(int n, double noise, long seed) {
        return regression(n, noise, seed, (a, b) -> (a + b) / 10);
    }

    /** Regression on two Gaussian bumps of opposite sign (TensorFlow Playground's "Gaussian" regression). */
    public static Dataset gaussians(int n, double noise, long seed) {
        return regression(n, noise, seed, (a, b) -> {
            double d1 = (a - 2) * (a - 2) + (b - 2) * (b - 2);
            double d2 = (a + 2) * (a + 2) + (b + 2) * (b + 2);
            return DMath.exp(-d1 / 4) - DMath.exp(-d2 / 4);
        });
    }

    /** A target surface over the plane. */
    private interface Surface {
        double at(double x1, double x2);
    }

    /** Uniform points in [−6, 6]² with target f(x₁, x₂) + noise·N(0, 1). */
    private static Dataset regression(int n, double noise, long seed, Surface f) {
        Rng rng = new Rng(seed);
        double[] x = new double[n * 2];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double a = rng.uniform(-6, 6);
            double b = rng.uniform(-6, 6);
            x[2 * i] = a;
            x[2 * i + 1] = b;
            y[i] = f.at(a, b) + noise * rng.nextGaussian();
        }
        return new Dataset(x, y, n, 2, 1);
    }

    /** Two Gaussian clusters: label 1 around (2, 2), label 0 around (−2, −2), each with σ = 1 (+ noise). */
    public static Dataset clusters(int n, double noise, long seed) {
        return blobs(n, noise, seed, 2);
    }

    /** Three Gaussian clusters at 120° from each other, labels 0, 1, 2: more than two classes. */
    public static Dataset threeClusters(int n, double noise, long seed) {
        return blobs(n, noise, seed, 3);
    }

    private static Dataset blobs(int n, double noise, long seed, int k) {
        Rng rng = new Rng(seed);
        double[] x = new double[n * 2];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            int label = i % k;
            double cx;
            double cy;
            if (k == 2) {
                cx = label == 1 ? 2 : -2;
                cy = cx;
            } else {
                double angle = 2 * Math.PI * label / k;
                cx = 3 * DMath.cos(angle);
                cy = 3 * DMath.sin(angle);
            }
            x[2 * i] = cx + (1 + noise) * rng.nextGaussian();
            x[2 * i + 1] = cy + (1 + noise) * rng.nextGaussian();
            y[i] = label;
        }
        return new Dataset(x, y, n, 2, 1);
    }

    /** Two interleaved spirals (TensorFlow Playground's hardest set): label 1 and label 0, half a turn apart. */
    public static Dataset spiral(int n, double noise, long seed) {
        Rng rng = new Rng(seed);
        double[] x = new double[n * 2];
        double[] y = new double[n];
        int half = Math.max(1, n / 2);
        for (int i = 0; i < n; i++) {
            int label = i < half ? 1 : 0;
            int j = i < half ? i : i - half;
            double r = 5.0 * j / half;
            double t = 1.75 * j / half * 2 * Math.PI + (label == 1 ? 0 : Math.PI);
            x[2 * i] = r * DMath.sin(t) + noise * rng.nextGaussian();
            x[2 * i + 1] = r * DMath.cos(t) + noise * rng.nextGaussian();
            y[i] = label;
        }
        return new Dataset(x, y, n, 2, 1);
    }

    /**
     * A rare class: label 1 on one row in twenty, a Gaussian cloud around (1.5, 1.5) that overlaps the common class's
     * around (0, 0), each with σ = 1 + noise. Answering 0 every time is right 95 % of the time, which is accuracy's trap.
     */
    public static Dataset rare(int n, double noise, long seed) {
        Rng rng = new Rng(seed);
        double[] x = new double[n * 2];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            int label = i % 20 == 0 ? 1 : 0;
            double c = label == 1 ? 1.5 : 0;
            x[2 * i] = c + (1 + noise) * rng.nextGaussian();
            x[2 * i + 1] = c + (1 + noise) * rng.nextGaussian();
            y[i] = label;
        }
        return new Dataset(x, y, n, 2, 1);
    }

    /** The names {@link #generate} accepts. */
    public static final String[] NAMES = {"circle", "xor", "clusters", "spiral", "clusters3", "plane", "gaussians", "rare"};

    public static Dataset generate(String name, int n, double noise, long seed) {
        switch (name) {
            case "xor":
                return xor(n, noise, seed);
            case "circle":
                return circle(n, noise, seed);
            case "plane":
                return plane(n, noise, seed);
            case "gaussians":
                return gaussians(n, noise, seed);
            case "clusters":
                return clusters(n, noise, seed);
            case "clusters3":
                return threeClusters(n, noise, seed);
            case "spiral":
                return spiral(n, noise, seed);
            case "rare":
                return rare(n, noise, seed);
            default:
                throw new IllegalArgumentException("unknown synthetic dataset '" + name
                        + "' (expected " + String.join(", ", NAMES) + ")");
        }
    }

    /**
     * The set as a table with columns x1, x2 and the target: "label" (text "0"/"1", a classification) or "y" (a
     * regression), so synthetic data goes through the same pipeline as files.
     */
    public static Table table(String name, int n, double noise, long seed) {
        Dataset d = generate(name, n, noise, seed);
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        for (int i = 0; i < n; i++) {
            x1[i] = d.x[2 * i];
            x2[i] = d.x[2 * i + 1];
        }
        java.util.List<Column> cols = new java.util.ArrayList<>();
        cols.add(Column.numeric("x1", x1));
        cols.add(Column.numeric("x2", x2));
        if (isClassification(name)) {
            String[] labels = new String[n];
            for (int i = 0; i < n; i++) {
                labels[i] = Integer.toString((int) d.y[i]);
            }
            cols.add(Column.categorical("label", labels));
        } else {
            cols.add(Column.numeric("y", d.y.clone()));
        }
        return new Table(cols);
    }

    public static boolean isSynthetic(String name) {
        for (String s : NAMES) {
            if (s.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the set is a 0/1 classification (else a regression). */
    public static boolean isClassification(String name) {
        return !name.equals("plane") && !name.equals("gaussians");
    }
}
