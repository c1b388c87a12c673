package playground.engine.loss;

/** MAE = mean of |ŷ − y|: robust to outliers, with a gradient of constant size (sign / n). */
public final class MeanAbsoluteError implements Loss {
    @Override
    public String id() {
        return "mae";
    }

    @Override
    public double value(double[] pred, double[] target, int rows, int cols) {
        int n = rows * cols;
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += Math.abs(pred[i] - target[i]);
        }
        return s / n;
    }

    @Override
    public void gradient(double[] pred, double[] target, double[] grad, int rows, int cols) {
        int n = rows * cols;
        for (int i = 0; i < n; i++) {
            double d = pred[i] - target[i];
            grad[i] = (d > 0 ? 1.0 : d < 0 ? -1.0 : 0.0) / n;
        }
    }
}
