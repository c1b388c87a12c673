package playground.engine.train;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import playground.engine.math.DMath;
import playground.engine.text.Numbers;

/** Evaluation of final predictions, in the target's own units. */
public final class Metrics {
    private Metrics() {
    }

    /** mae, mse, rmse and r2 (1 − SSres/SStot; 0 for a constant target predicted exactly, else −∞ there). */
    public static Map<String, Double> regression(double[] pred, double[] actual) {
        int n = actual.length;
        double abs = 0;
        double sq = 0;
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += actual[i];
        }
        mean /= n;
        double tot = 0;
        for (int i = 0; i < n; i++) {
            double e = pred[i] - actual[i];
            abs += Math.abs(e);
            sq += e * e;
            tot += (actual[i] - mean) * (actual[i] - mean);
        }
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("mae", abs / n);
        m.put("mse", sq / n);
        m.put("rmse", Math.sqrt(sq / n));
        m.put("r2", tot > 0 ? 1 - sq / tot : (sq == 0 ? 1.0 : Double.NEGATIVE_INFINITY));
        return m;
    }

    /** The confusion matrix: rows are actual classes, columns predicted. */
    public static int[][] confusion(int[] predicted, int[] actual, int classes) {
        int[][] c = new int[classes][classes];
        for (int i = 0; i < actual.length; i++) {
            c[actual[i]][predicted[i]]++;
        }
        return c;
    }

    /**
     * accuracy, macro-averaged precision, recall and F1 (a class never predicted has precision 0, as scikit-learn's
     * zero_division=0), and log loss (probabilities clipped to [1e-15, 1]) from per-class probabilities.
     */
    public static Map<String, Double> classification(double[] probs, int[] actual, int classes) {
        int n = actual.length;
        int[] predicted = new int[n];
        double logLoss = 0;
        for (int i = 0; i < n; i++) {
            predicted[i] = BatchMetric.argmax(probs, i * classes, classes);
            logLoss -= DMath.log(Math.max(probs[i * classes + actual[i]], 1e-15));
        }
        int[][] c = confusion(predicted, actual, classes);
        int correct = 0;
        double p = 0;
        double r = 0;
        double f = 0;
        for (int k = 0; k < classes; k++) {
            correct += c[k][k];
            int predictedK = 0;
            int actualK = 0;
            for (int j = 0; j < classes; j++) {
                predictedK += c[j][k];
                actualK += c[k][j];
            }
            double pk = predictedK == 0 ? 0 : (double) c[k][k] / predictedK;
            double rk = actualK == 0 ? 0 : (double) c[k][k] / actualK;
            p += pk;
            r += rk;
            f += pk + rk == 0 ? 0 : 2 * pk * rk / (pk + rk);
        }
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("accuracy", (double) correct / n);
        m.put("precision", p / classes);
        m.put("recall", r / classes);
        m.put("f1", f / classes);
        m.put("log_loss", logLoss / n);
        return m;
    }

    /** "rmse 4,712.3 · mae 2,801.0 · r2 0.85" for a log line. */
    public static String format(Map<String, Double> m) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Double> e : m.entrySet()) {
            if (sb.length() > 0) {
                sb.append(" · ");
            }
            double v = e.getValue();
            sb.append(e.getKey()).append(' ').append(Math.abs(v) >= 100 ? Long.toString(Math.round(v))
                    : Numbers.format(Math.round(v * 10000) / 10000.0));
        }
        return sb.toString();
    }

    static double mean(List<Double> values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s / values.size();
    }
}
