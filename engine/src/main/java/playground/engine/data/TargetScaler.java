package playground.engine.data;

/**
 * Scaling of a regression target: none, or standardization with the training rows' mean and σ. Predictions are
 * inverted before any metric is computed, so metrics are always in the target's own units.
 */
public final class TargetScaler {
    public final boolean standardize;
    public final double mean;
    public final double std;

    private TargetScaler(boolean standardize, double mean, double std) {
        this.standardize = standardize;
        this.mean = mean;
        this.std = std;
    }

    public static TargetScaler none() {
        return new TargetScaler(false, 0, 1);
    }

    /** A standardizing scaler with known statistics (a saved model's). */
    public static TargetScaler of(double mean, double std) {
        return new TargetScaler(true, mean, std);
    }

    public static TargetScaler fit(double[] y, int[] trainRows) {
        double sum = 0;
        for (int r : trainRows) {
            sum += y[r];
        }
        double mean = sum / trainRows.length;
        double ss = 0;
        for (int r : trainRows) {
            ss += (y[r] - mean) * (y[r] - mean);
        }
        double std = Math.sqrt(ss / trainRows.length);
        return new TargetScaler(true, mean, std > 0 ? std : 1);
    }

    public double forward(double v) {
        return standardize ? (v - mean) / std : v;
    }

    public double inverse(double v) {
        return standardize ? v * std + mean : v;
    }
}
