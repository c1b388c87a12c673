package playground.engine.loss;

/** MSE = mean over every output of (ŷ − y)². */
public final class MeanSquaredError implements Loss {
    @Override
    public String id() {
        return "mse";
    }

    @Override
    public double value(double[] pred, double[] target, int rows, int cols) {
        int n = rows * cols;
        double s = 0;
        for (int i = 0; i < n; i++) {
            double d = pred[i] - target[i];
            s += d * d;
        }
        return s / n;
    }

    @Override
    public void gradient(double[] pred, double[] target, double[] grad, int rows, int cols) {
        int n = rows * cols;
        for (int i = 0; i < n; i++) {
            grad[i] = 2 * (pred[i] - target[i]) / n;
        }
    }
}
