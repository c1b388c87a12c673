package playground.engine.learn;

import java.util.ArrayList;
import java.util.List;
import playground.engine.activation.Activation;
import playground.engine.loss.HalfSquaredError;
import playground.engine.math.Rng;
import playground.engine.nn.Dense;
import playground.engine.nn.Init;
import playground.engine.nn.Layer;
import playground.engine.nn.Network;

/**
 * What an initialization scheme does to a deep stack before any training: each layer's weights and activations
 * (mean, standard deviation, histogram) on a batch of standard-normal inputs, and each layer's weight-gradient norm
 * after one backward pass — vanishing and exploding signals, in numbers.
 */
public final class InitStats {
    public static final int BATCH = 256;
    public static final int BINS = 24;

    /** One layer's numbers. */
    public static final class LayerStats {
        public double weightStd;
        public double activationMean;
        public double activationStd;
        public double gradientNorm;
        /**
         * ReLU: the share of units that are dead — 0 on every input of the batch (a unit at 0 for half the inputs
         * is healthy). tanh and sigmoid: the share of activations that are saturated (|tanh| > 0.99, σ < 0.01 or
         * > 0.99), where the derivative has all but vanished.
         */
        public double stuckShare;
        public double[] weightRange = new double[2];
        public int[] weightHistogram = new int[BINS];
        public double[] activationRange = new double[2];
        public int[] activationHistogram = new int[BINS];
    }

    private InitStats() {
    }

    public static List<LayerStats> run(Init init, Activation activation, int depth, int width, long seed) {
        if (depth < 1 || depth > 20 || width < 1 || width > 512) {
            throw new IllegalArgumentException("depth must be 1–20 and width 1–512");
        }
        Rng rng = new Rng(seed);
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            layers.add(new Dense(width, activation, init, Init.ZEROS));
        }
        Network net = new Network(width, layers, rng.split());
        Rng data = rng.split();
        double[] x = new double[BATCH * width];
        double[] target = new double[BATCH * width];
        for (int i = 0; i < x.length; i++) {
            x[i] = data.nextGaussian();
            target[i] = data.nextGaussian();
        }
        List<double[]> outputs = net.trace(x, BATCH);
        net.computeGradients(x, target, BATCH, new HalfSquaredError());
        List<LayerStats> out = new ArrayList<>();
        for (int l = 0; l < depth; l++) {
            Dense d = (Dense) net.layers().get(l);
            LayerStats s = new LayerStats();
            double[] w = d.kernel().value;
            s.weightStd = std(w, mean(w));
            histogram(w, s.weightRange, s.weightHistogram);
            double[] a = outputs.get(l);
            s.activationMean = mean(a);
            s.activationStd = std(a, s.activationMean);
            histogram(a, s.activationRange, s.activationHistogram);
            double g2 = 0;
            for (double g : d.kernel().grad) {
                g2 += g * g;
            }
            s.gradientNorm = Math.sqrt(g2);
            s.stuckShare = stuckShare(a, activation.kind, width);
            out.add(s);
        }
        return out;
    }

    static double stuckShare(double[] a, Activation.Kind kind, int width) {
        int rows = a.length / width;
        int stuck = 0;
        switch (kind) {
            case RELU:
                for (int u = 0; u < width; u++) {
                    boolean alive = false;
                    for (int r = 0; r < rows && !alive; r++) {
                        alive = a[r * width + u] > 0;
                    }
                    stuck += alive ? 0 : 1;
                }
                return (double) stuck / width;
            case TANH:
                for (double v : a) {
                    stuck += Math.abs(v) > 0.99 ? 1 : 0;
                }
                return (double) stuck / a.length;
            case SIGMOID:
                for (double v : a) {
                    stuck += v < 0.01 || v > 0.99 ? 1 : 0;
                }
                return (double) stuck / a.length;
            default:
                return 0;
        }
    }

    static double mean(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s / a.length;
    }

    static double std(double[] a, double mean) {
        double s = 0;
        for (double v : a) {
            s += (v - mean) * (v - mean);
        }
        return Math.sqrt(s / a.length);
    }

    /** Counts in BINS equal bins between the values' min and max (written to range). */
    static void histogram(double[] a, double[] range, int[] counts) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : a) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (!(hi > lo)) {
            hi = lo + 1e-12;
        }
        range[0] = lo;
        range[1] = hi;
        for (double v : a) {
            int b = (int) ((v - lo) / (hi - lo) * counts.length);
            counts[Math.min(counts.length - 1, Math.max(0, b))]++;
        }
    }
}
