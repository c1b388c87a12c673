package playground.engine.loss;

/**
 * L = ½ Σ_outputs (y − ŷ)², averaged over the batch: the primer's loss for the single-neuron example, chosen there
 * because its derivative is simply ŷ − y.
 */
public final class HalfSquaredError implements Loss {
    @Override
    public String id() {
        return "half_se";
    }

    @Override
    public double value(double[] pred, double[] target, int rows, int cols) {
        int n = rows * cols;
        double s = 0;
        for (int i = 0; i < n; i++) {
            double d = pred[i] - target[i];
            s += d * d;
        }
        return 0.5 * s / rows;
    }

    @Override
    public void gradient(double[] pred, double[] target, double[] grad, int rows, int cols) {
        int n = rows * cols;
        for (int i = 0; i < n; i++) {
            grad[i] = (pred[i] - target[i]) / rows;
        }
    }
}
