package playground.engine.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import playground.engine.activation.Activation;
import playground.engine.math.Rng;
import playground.engine.spec.Ids;

class LossTest {
    private static final int ROWS = 5;
    private static final int COLS = 3;

    /** Predictions whose errors stay away from MAE's and Huber's kinks (0 and ±δ). */
    private static double[][] regressionBatch() {
        Rng rng = new Rng(4);
        double[] pred = new double[ROWS * COLS];
        double[] target = new double[ROWS * COLS];
        for (int i = 0; i < pred.length; i++) {
            target[i] = rng.nextGaussian();
            double err = (0.2 + 2 * rng.nextDouble()) * (rng.nextDouble() < 0.5 ? -1 : 1);
            if (Math.abs(Math.abs(err) - 1) < 0.05) {
                err *= 1.2;
            }
            pred[i] = target[i] + err;
        }
        return new double[][] {pred, target};
    }

    /** Probabilities in (0.05, 0.95) and targets that are 0/1 (BCE) or one-hot rows (CCE). */
    private static double[][] classificationBatch(boolean oneHot) {
        Rng rng = new Rng(5);
        double[] pred = new double[ROWS * COLS];
        double[] target = new double[ROWS * COLS];
        for (int r = 0; r < ROWS; r++) {
            int hot = rng.nextInt(COLS);
            for (int j = 0; j < COLS; j++) {
                pred[r * COLS + j] = 0.05 + 0.9 * rng.nextDouble();
                target[r * COLS + j] = oneHot ? (j == hot ? 1 : 0) : rng.nextInt(2);
            }
        }
        return new double[][] {pred, target};
    }

    @ParameterizedTest
    @ValueSource(strings = {"mse", "rmse", "mae", "huber", "huber:0.5", "half_se", "bce", "cce"})
    void gradientMatchesFiniteDifferences(String id) {
        Loss loss = Ids.loss(id);
        double[][] batch = id.equals("bce") ? classificationBatch(false)
                : id.equals("cce") ? classificationBatch(true) : regressionBatch();
        double[] pred = batch[0];
        double[] target = batch[1];
        double[] analytic = new double[pred.length];
        loss.gradient(pred, target, analytic, ROWS, COLS);
        double[] numeric = numeric(pred, () -> loss.value(pred, target, ROWS, COLS));
        assertClose(id, analytic, numeric);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bce", "cce"})
    void logitFormMatchesTheProbabilityFormAndItsGradient(String id) {
        Loss loss = Ids.loss(id);
        Activation act = id.equals("bce") ? Activation.SIGMOID : Activation.SOFTMAX;
        assertTrue(loss.fusesWith(act));
        double[][] batch = classificationBatch(id.equals("cce"));
        double[] z = new double[ROWS * COLS];
        Rng rng = new Rng(9);
        for (int i = 0; i < z.length; i++) {
            z[i] = 2 * rng.nextGaussian();
        }
        double[] target = batch[1];
        double[] p = new double[z.length];
        act.forward(z, p, ROWS, COLS);
        assertEquals(loss.value(p, target, ROWS, COLS), loss.valueFromLogits(z, target, ROWS, COLS), 1e-12);
        double[] analytic = new double[z.length];
        loss.gradientFromLogits(z, target, analytic, ROWS, COLS);
        assertClose(id + " from logits", analytic, numeric(z, () -> loss.valueFromLogits(z, target, ROWS, COLS)));
    }

    @Test
    void crossEntropyOnLogitsStaysFiniteWhereProbabilitiesRoundToZeroAndOne() {
        double[] z = {800, -800, 0};
        double[] y = {0, 1, 0};
        double bce = new BinaryCrossEntropy().valueFromLogits(z, y, 3, 1);
        assertEquals((800 + 800 + Math.log(2)) / 3, bce, 1e-9);
        double[] logits = {1000, 0, -1000};
        double[] oneHot = {0, 0, 1};
        assertEquals(2000, new CategoricalCrossEntropy().valueFromLogits(logits, oneHot, 1, 3), 1e-9);
        double[] p = {0, 1, 0};
        assertTrue(Double.isFinite(new BinaryCrossEntropy().value(p, new double[] {1, 0, 0}, 3, 1)));
    }

    @Test
    void valuesFollowTheirDefinitions() {
        double[] pred = {1, 2, 5};
        double[] y = {0, 2, 2};
        assertEquals((1 + 0 + 9) / 3.0, new MeanSquaredError().value(pred, y, 3, 1), 1e-15);
        assertEquals(Math.sqrt(10 / 3.0), new RootMeanSquaredError().value(pred, y, 3, 1), 1e-15);
        assertEquals(4 / 3.0, new MeanAbsoluteError().value(pred, y, 3, 1), 1e-15);
        // Huber δ=1: ½·1², 0, 1·(3 − ½)
        assertEquals((0.5 + 0 + 2.5) / 3, new Huber(1).value(pred, y, 3, 1), 1e-15);
        // Half squared error, one row of three outputs: ½(1 + 0 + 9)
        assertEquals(5, new HalfSquaredError().value(pred, y, 1, 3), 1e-15);
    }

    static double[] numeric(double[] v, Supplier<Double> f) {
        double h = 1e-6;
        double[] g = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double old = v[i];
            v[i] = old + h;
            double plus = f.get();
            v[i] = old - h;
            double minus = f.get();
            v[i] = old;
            g[i] = (plus - minus) / (2 * h);
        }
        return g;
    }

    static void assertClose(String what, double[] a, double[] n) {
        double diff = 0;
        double na = 0;
        double nn = 0;
        for (int i = 0; i < a.length; i++) {
            diff += (a[i] - n[i]) * (a[i] - n[i]);
            na += a[i] * a[i];
            nn += n[i] * n[i];
        }
        double err = Math.sqrt(diff) / Math.max(Math.sqrt(na), Math.sqrt(nn));
        assertTrue(na > 0, what + ": zero gradient");
        assertTrue(err < 1e-6, what + ": relative error " + err);
    }
}
