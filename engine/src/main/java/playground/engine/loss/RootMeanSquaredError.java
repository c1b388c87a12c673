package playground.engine.loss;

/**
 * RMSE = √MSE over the whole batch. Its gradient (ŷ − y)/(n·RMSE) grows as the error shrinks, unlike MSE's; at a
 * perfect fit the gradient is taken as 0.
 */
public final class RootMeanSquaredError implements Loss {
    private final MeanSquaredError mse = new MeanSquaredError();

    @Override
    public String id() {
        return "rmse";
    }

    @Override
    public double value(double[] pred, double[] target, int rows, int cols) {
        return Math.sqrt(mse.value(pred, target, rows, cols));
    }

    @Override
    public void gradient(double[] pred, double[] target, double[] grad, int rows, int cols) {
        int n = rows * cols;
        double rmse = value(pred, target, rows, cols);
        for (int i = 0; i < n; i++) {
            grad[i] = rmse == 0 ? 0 : (pred[i] - target[i]) / (n * rmse);
        }
    }
}
