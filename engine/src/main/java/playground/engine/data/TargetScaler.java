package playground.engine.data;

import playground.engine.math.DMath;

/**
 * Scaling of a regression target: none, standardization with the training rows' mean and σ, or log1p (a target
 * whose errors grow with its size, as charges do, trained on its logarithm). Predictions are inverted before any
 * metric is computed, so metrics are always in the target's own units.
 */
public final class TargetScaler {
    public final boolean standardize;
    /** Trained on log1p(y), predictions read back with expm1 (yscale=log). */
    public final boolean log;
    public final double mean;
    public final double std;

    private TargetScaler(boolean standardize, boolean log, double mean, double std) {
        this.standardize = standardize;
        this.log = log;
        this.mean = mean;
        this.std = std;
    }

    public static TargetScaler none() {
        return new TargetScaler(false, false, 0, 1);
    }

    /** A standardizing scaler with known statistics (a saved model's). */
    public static TargetScaler of(double mean, double std) {
        return new TargetScaler(true, false, mean, std);
    }

    /** log1p: every target must be above −1, where log1p is defined; the first that is not is named (1-based, counting data rows). */
    public static TargetScaler log(double[] y) {
        for (int r = 0; r < y.length; r++) {
            if (!(y[r] > -1)) {
                throw new IllegalArgumentException("yscale=log needs every target above −1, and row " + (r + 1)
                        + " of the rows it trains on (after missing values are handled) has " + playground.engine.text.Numbers.format(y[r])
                        + " (use yscale=none or standardize)");
            }
        }
        return new TargetScaler(false, true, 0, 1);
    }

    /** The log scaler of a saved model (its targets were checked when it was trained). */
    public static TargetScaler log() {
        return new TargetScaler(false, true, 0, 1);
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
        return new TargetScaler(true, false, mean, std > 0 ? std : 1);
    }

    public double forward(double v) {
        return log ? DMath.log1p(v) : standardize ? (v - mean) / std : v;
    }

    public double inverse(double v) {
        return log ? DMath.expm1(v) : standardize ? v * std + mean : v;
    }
}
