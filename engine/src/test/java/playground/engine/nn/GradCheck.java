package playground.engine.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import playground.engine.math.Rng;

/**
 * Finite-difference gradient checks. A layer is checked through the scalar L = Σ y ⊙ R with a fixed random R, so
 * dL/dy = R and every input and parameter gradient the layer reports can be compared with central differences
 * (f(θ+h) − f(θ−h)) / 2h. The error is the norm-wise relative error ‖a − n‖ / max(‖a‖, ‖n‖).
 */
final class GradCheck {
    static final double H = 1e-5;
    static final double TOLERANCE = 1e-6;

    private GradCheck() {
    }

    static double relativeError(double[] analytic, double[] numeric) {
        double diff = 0;
        double a = 0;
        double n = 0;
        for (int i = 0; i < analytic.length; i++) {
            double d = analytic[i] - numeric[i];
            diff += d * d;
            a += analytic[i] * analytic[i];
            n += numeric[i] * numeric[i];
        }
        double scale = Math.max(Math.sqrt(a), Math.sqrt(n));
        return scale == 0 ? 0 : Math.sqrt(diff) / scale;
    }

    static double[] randoms(Rng rng, int n, double scale) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = scale * rng.nextGaussian();
        }
        return v;
    }

    /**
     * Checks every input and trainable-parameter gradient of {@code layer} (already built for {@code in} inputs) in
     * training mode on a batch of {@code batch} rows. {@code beforeForward} runs before every forward pass (for
     * instance to replay Dropout's mask).
     */
    static void checkLayer(String what, Layer layer, int in, int batch, long seed, Runnable beforeForward) {
        Rng rng = new Rng(seed);
        double[] x = randoms(rng, batch * in, 1.0);
        int out = layer.outputSize();
        double[] r = randoms(rng, batch * out, 1.0);
        layer.setNeedsInputGradient(true);
        Supplier<Double> objective = () -> {
            beforeForward.run();
            double[] y = layer.forward(x, batch, true);
            double s = 0;
            for (int i = 0; i < batch * out; i++) {
                s += y[i] * r[i];
            }
            return s;
        };
        objective.get();
        double[] gx = layer.backward(r, batch).clone();
        double[][] gp = new double[layer.params().size()][];
        for (int k = 0; k < gp.length; k++) {
            Param p = layer.params().get(k);
            gp[k] = p.trainable() ? p.grad.clone() : null;
        }
        assertClose(what + " dL/dx", gx, numeric(x, objective));
        for (int k = 0; k < gp.length; k++) {
            Param p = layer.params().get(k);
            if (p.trainable()) {
                assertClose(what + " dL/d" + p.name, gp[k], numeric(p.value, objective));
            }
        }
    }

    /** Central differences of {@code f} with respect to every entry of {@code v} (restored afterwards). */
    static double[] numeric(double[] v, Supplier<Double> f) {
        double[] g = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double old = v[i];
            v[i] = old + H;
            double plus = f.get();
            v[i] = old - H;
            double minus = f.get();
            v[i] = old;
            g[i] = (plus - minus) / (2 * H);
        }
        return g;
    }

    static void assertClose(String what, double[] analytic, double[] numeric) {
        double err = relativeError(analytic, numeric);
        assertTrue(err < TOLERANCE, what + ": relative error " + err + " >= " + TOLERANCE);
        double norm = 0;
        for (double v : analytic) {
            norm += v * v;
        }
        assertTrue(norm > 0, what + ": the gradient is identically zero, so the check proves nothing");
    }
}
