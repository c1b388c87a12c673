package playground.engine.loss;

import playground.engine.activation.Activation;
import playground.engine.math.DMath;

/**
 * Categorical cross-entropy −Σ_k y_k·log p_k per row (one-hot or soft targets), averaged over the batch. On
 * probabilities, p is clipped to [1e-7, 1]. After a softmax layer the network passes the logits instead: log p_k =
 * z_k − logΣexp(z) with the max subtracted first (log-sum-exp), and the gradient is softmax(z) − y.
 */
public final class CategoricalCrossEntropy implements Loss {
    public static final double EPSILON = 1e-7;

    @Override
    public String id() {
        return "cce";
    }

    @Override
    public double value(double[] pred, double[] target, int rows, int cols) {
        double s = 0;
        for (int i = 0; i < rows * cols; i++) {
            if (target[i] != 0) {
                s -= target[i] * DMath.log(Math.max(pred[i], EPSILON));
            }
        }
        return s / rows;
    }

    @Override
    public void gradient(double[] pred, double[] target, double[] grad, int rows, int cols) {
        for (int i = 0; i < rows * cols; i++) {
            grad[i] = pred[i] < EPSILON ? 0 : -target[i] / pred[i] / rows;
        }
    }

    @Override
    public boolean fusesWith(Activation activation) {
        return activation.kind == Activation.Kind.SOFTMAX;
    }

    @Override
    public double valueFromLogits(double[] z, double[] target, int rows, int cols) {
        double s = 0;
        for (int r = 0; r < rows; r++) {
            int o = r * cols;
            double lse = logSumExp(z, o, cols);
            for (int j = 0; j < cols; j++) {
                double y = target[o + j];
                if (y != 0) {
                    s -= y * (z[o + j] - lse);
                }
            }
        }
        return s / rows;
    }

    @Override
    public void gradientFromLogits(double[] z, double[] target, double[] grad, int rows, int cols) {
        for (int r = 0; r < rows; r++) {
            int o = r * cols;
            double lse = logSumExp(z, o, cols);
            double ySum = 0;
            for (int j = 0; j < cols; j++) {
                ySum += target[o + j];
            }
            // d/dz_j of −Σ y_k (z_k − lse) = p_j·Σy − y_j, which is p − y for targets summing to one.
            for (int j = 0; j < cols; j++) {
                grad[o + j] = (DMath.exp(z[o + j] - lse) * ySum - target[o + j]) / rows;
            }
        }
    }

    static double logSumExp(double[] z, int offset, int cols) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < cols; j++) {
            max = Math.max(max, z[offset + j]);
        }
        double s = 0;
        for (int j = 0; j < cols; j++) {
            s += DMath.exp(z[offset + j] - max);
        }
        return max + DMath.log(s);
    }
}
