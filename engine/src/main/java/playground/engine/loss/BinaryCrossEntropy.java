package playground.engine.loss;

import playground.engine.activation.Activation;
import playground.engine.math.DMath;

/**
 * Binary cross-entropy −[y·log p + (1−y)·log(1−p)], averaged over every output. On probabilities, p is clipped to
 * [ε, 1−ε] (Keras's ε = 1e-7) so log never sees 0. After a sigmoid layer the network passes the logits instead:
 * max(z,0) − z·y + log(1 + e^−|z|), which never overflows and has the gradient σ(z) − y.
 */
public final class BinaryCrossEntropy implements Loss {
    public static final double EPSILON = 1e-7;

    @Override
    public String id() {
        return "bce";
    }

    @Override
    public double value(double[] pred, double[] target, int rows, int cols) {
        int n = rows * cols;
        double s = 0;
        for (int i = 0; i < n; i++) {
            double p = clip(pred[i]);
            double y = target[i];
            s -= y * DMath.log(p) + (1 - y) * DMath.log(1 - p);
        }
        return s / n;
    }

    @Override
    public void gradient(double[] pred, double[] target, double[] grad, int rows, int cols) {
        int n = rows * cols;
        for (int i = 0; i < n; i++) {
            double raw = pred[i];
            double p = clip(raw);
            // Where the clip is active the loss is flat in p, so its gradient is 0.
            grad[i] = p != raw ? 0 : (p - target[i]) / (p * (1 - p)) / n;
        }
    }

    private static double clip(double p) {
        return p < EPSILON ? EPSILON : p > 1 - EPSILON ? 1 - EPSILON : p;
    }

    @Override
    public boolean fusesWith(Activation activation) {
        return activation.kind == Activation.Kind.SIGMOID;
    }

    @Override
    public double valueFromLogits(double[] z, double[] target, int rows, int cols) {
        int n = rows * cols;
        double s = 0;
        for (int i = 0; i < n; i++) {
            double v = z[i];
            // the term first, then the running sum: TeaVM's JS printer would flatten "s += a − b + c" (see DMath)
            s = Math.max(v, 0) - v * target[i] + DMath.log1p(DMath.exp(-Math.abs(v))) + s;
        }
        return s / n;
    }

    @Override
    public void gradientFromLogits(double[] z, double[] target, double[] grad, int rows, int cols) {
        int n = rows * cols;
        for (int i = 0; i < n; i++) {
            grad[i] = (DMath.sigmoid(z[i]) - target[i]) / n;
        }
    }
}
