package playground.engine.learn;

import java.util.List;
import playground.engine.activation.Activation;
import playground.engine.loss.Loss;
import playground.engine.math.Rng;
import playground.engine.nn.Dense;
import playground.engine.nn.Init;
import playground.engine.nn.Layer;
import playground.engine.nn.Network;
import playground.engine.optim.Adam;
import playground.engine.spec.Ids;

/** Activation and loss curves sampled from the engine's own functions, and the 1-D fit that shows robustness. */
public final class Curves {
    private Curves() {
    }

    /** xs, f(x), f'(x) on [from, to]. */
    public static double[][] activation(Activation f, double from, double to, int n) {
        double[][] out = new double[3][n];
        for (int i = 0; i < n; i++) {
            double z = from + (to - from) * i / (n - 1);
            out[0][i] = z;
            out[1][i] = f.value(z);
            out[2][i] = f.derivative(z);
        }
        return out;
    }

    /** A regression loss of one prediction against target 0, for errors on [from, to], and its gradient. */
    public static double[][] regressionLoss(Loss loss, double from, double to, int n) {
        double[][] out = new double[3][n];
        double[] p = new double[1];
        double[] t = {0};
        double[] g = new double[1];
        for (int i = 0; i < n; i++) {
            p[0] = from + (to - from) * i / (n - 1);
            out[0][i] = p[0];
            out[1][i] = loss.value(p, t, 1, 1);
            loss.gradient(p, t, g, 1, 1);
            out[2][i] = g[0];
        }
        return out;
    }

    /**
     * Cross-entropy against the probability given to the true class: binary (one sigmoid output, target 1) and
     * categorical (two softmax outputs, the first is true). Both are −log p; the engine computes them separately.
     */
    public static double[][] crossEntropy(double from, double to, int n) {
        Loss bce = Ids.loss("bce");
        Loss cce = Ids.loss("cce");
        double[][] out = new double[3][n];
        for (int i = 0; i < n; i++) {
            double p = from + (to - from) * i / (n - 1);
            out[0][i] = p;
            out[1][i] = bce.value(new double[] {p}, new double[] {1}, 1, 1);
            out[2][i] = cce.value(new double[] {p, 1 - p}, new double[] {1, 0}, 1, 2);
        }
        return out;
    }

    /** Ten points on y = 2x + 1 with seeded noise; the last one is the outlier the user moves. */
    public static double[][] fitPoints(double outlierY) {
        Rng rng = new Rng(7);
        int n = 11;
        double[][] pts = new double[2][n];
        for (int i = 0; i < n - 1; i++) {
            double x = i / (double) (n - 2);
            pts[0][i] = x;
            pts[1][i] = 2 * x + 1 + 0.1 * rng.nextGaussian();
        }
        pts[0][n - 1] = 0.9;
        pts[1][n - 1] = outlierY;
        return pts;
    }

    /**
     * Fits y = a·x + c to the points with the given loss (one linear Dense unit, Adam, full batch); returns {a, c}.
     * After 2,000 steps the rate halves every 200 (20 times): at a fixed rate the absolute error's gradient, ±1 whatever the
     * distance, keeps the line rocking around its minimizer instead of settling on it.
     */
    public static double[] fitLine(double[][] pts, Loss loss) {
        List<Layer> layers = List.of(new Dense(1, Activation.LINEAR, Init.ZEROS, Init.ZEROS));
        Network net = new Network(1, layers, new Rng(1));
        Adam adam = new Adam(0.05);
        int n = pts[0].length;
        for (int step = 0; step < 6000; step++) {
            adam.setLearningRate(step < 2000 ? 0.05 : 0.05 / (1 << ((step - 2000) / 200 + 1)));
            net.computeGradients(pts[0], pts[1], n, loss);
            adam.step(net.params());
        }
        Dense d = (Dense) net.layers().get(0);
        return new double[] {d.kernel().value[0], d.bias().value[0]};
    }

    /**
     * The exact least-absolute-deviations line: a minimizer of the mean absolute error passes through two of the
     * points (the problem is a linear programme, and a vertex of it interpolates two), so the best line through a pair
     * is one; returns {a, c, its mean absolute error}. Ties go to the first pair.
     */
    public static double[] leastAbsoluteLine(double[][] pts) {
        int n = pts[0].length;
        double[] best = {Double.NaN, Double.NaN, Double.POSITIVE_INFINITY};
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (pts[0][i] == pts[0][j]) {
                    continue;
                }
                double a = (pts[1][j] - pts[1][i]) / (pts[0][j] - pts[0][i]);
                double c = pts[1][i] - a * pts[0][i];
                double e = 0;
                for (int k = 0; k < n; k++) {
                    e += Math.abs(pts[1][k] - a * pts[0][k] - c);
                }
                e /= n;
                if (e < best[2]) {
                    best = new double[] {a, c, e};
                }
            }
        }
        return best;
    }
}
