package playground.engine.learn;

import java.util.ArrayList;
import java.util.List;
import playground.engine.loss.HalfSquaredError;
import playground.engine.math.Rng;
import playground.engine.nn.Activation;
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
        /** Activations that are exactly 0 (dead ReLUs) or saturated (|tanh| > 0.99, sigmoid < 0.01 or > 0.99). */
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
            int stuck = 0;
            for (double v : a) {
                boolean isStuck;
                switch (activation.kind) {
                    case RELU:
                        isStuck = v == 0;
                        break;
                    case TANH:
                        isStuck = Math.abs(v) > 0.99;
                        break;
                    case SIGMOID:
                        isStuck = v < 0.01 || v > 0.99;
                        break;
                    default:
                        isStuck = false;
                }
                stuck += isStuck ? 1 : 0;
            }
            s.stuckShare = (double) stuck / a.length;
            out.add(s);
        }
        return out;
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
