package playground.engine.train;

/** A metric logged every epoch next to the loss (Keras's compile(metrics=...)), as a running mean over batches. */
public interface BatchMetric {
    String name();

    double value(double[] pred, double[] target, int rows, int cols);

    /** Mean absolute error, in the units the network predicts. */
    BatchMetric MAE = new BatchMetric() {
        @Override
        public String name() {
            return "mae";
        }

        @Override
        public double value(double[] pred, double[] target, int rows, int cols) {
            double s = 0;
            for (int i = 0; i < rows * cols; i++) {
                s += Math.abs(pred[i] - target[i]);
            }
            return s / (rows * cols);
        }
    };

    /** Share of rows whose largest output is the target's class (one output: p > 0.5 against target > 0.5). */
    BatchMetric ACCURACY = new BatchMetric() {
        @Override
        public String name() {
            return "accuracy";
        }

        @Override
        public double value(double[] pred, double[] target, int rows, int cols) {
            int correct = 0;
            for (int r = 0; r < rows; r++) {
                if (cols == 1) {
                    correct += (pred[r] > 0.5) == (target[r] > 0.5) ? 1 : 0;
                } else {
                    correct += argmax(pred, r * cols, cols) == argmax(target, r * cols, cols) ? 1 : 0;
                }
            }
            return (double) correct / rows;
        }
    };

    static int argmax(double[] a, int offset, int n) {
        int best = 0;
        for (int j = 1; j < n; j++) {
            if (a[offset + j] > a[offset + best]) {
                best = j;
            }
        }
        return best;
    }
}
