package playground.engine.loss;

import playground.engine.text.Numbers;

/**
 * Huber loss: ½e² for |e| ≤ δ, δ(|e| − ½δ) beyond, averaged over every output. Quadratic near the target like
 * MSE, linear for outliers like MAE.
 */
public final class Huber implements Loss {
    public static final double DEFAULT_DELTA = 1.0;
    public final double delta;

    public Huber(double delta) {
        if (!(delta > 0)) {
            throw new IllegalArgumentException("Huber's delta must be positive, was " + playground.engine.text.Numbers.format(delta));
        }
        this.delta = delta;
    }

    @Override
    public String id() {
        return delta == DEFAULT_DELTA ? "huber" : "huber:" + Numbers.format(delta);
    }

    @Override
    public double value(double[] pred, double[] target, int rows, int cols) {
        int n = rows * cols;
        double s = 0;
        for (int i = 0; i < n; i++) {
            double a = Math.abs(pred[i] - target[i]);
            s += a <= delta ? 0.5 * a * a : delta * (a - 0.5 * delta);
        }
        return s / n;
    }

    @Override
    public void gradient(double[] pred, double[] target, double[] grad, int rows, int cols) {
        int n = rows * cols;
        for (int i = 0; i < n; i++) {
            double e = pred[i] - target[i];
            double g = e > delta ? delta : e < -delta ? -delta : e;
            grad[i] = g / n;
        }
    }
}
