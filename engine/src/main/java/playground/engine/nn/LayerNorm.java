package playground.engine.nn;

import java.util.List;
import playground.engine.math.Rng;

/**
 * Layer normalization (Ba et al.): every row is normalized over its own features, so it behaves the same in
 * training and at inference and does not depend on the batch size. γ and β are trainable, one per feature.
 */
public final class LayerNorm extends AbstractLayer {
    public static final double DEFAULT_EPSILON = 1e-3;

    public final double epsilon;
    private Param gamma;
    private Param beta;

    private double[] y = new double[0];
    private double[] xhat = new double[0];
    private double[] invStd = new double[0];
    private double[] gradX = new double[0];

    public LayerNorm(double epsilon) {
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("LayerNorm needs epsilon > 0");
        }
        this.epsilon = epsilon;
    }

    public LayerNorm() {
        this(DEFAULT_EPSILON);
    }

    @Override
    public String kind() {
        return "LayerNormalization";
    }

    @Override
    public String nameStem() {
        return "layer_normalization";
    }

    @Override
    public int build(int inputSize, Rng rng) {
        int n = inputSize;
        in = n;
        out = n;
        gamma = new Param("gamma", new int[] {n}, true);
        beta = new Param("beta", new int[] {n}, true);
        java.util.Arrays.fill(gamma.value, 1);
        return n;
    }

    @Override
    public double[] forward(double[] x, int batch, boolean training) {
        if (y.length < batch * in) {
            y = new double[batch * in];
            xhat = new double[batch * in];
            gradX = new double[batch * in];
            invStd = new double[batch];
        }
        for (int i = 0; i < batch; i++) {
            int o = i * in;
            double s = 0;
            for (int j = 0; j < in; j++) {
                s += x[o + j];
            }
            double mean = s / in;
            double ss = 0;
            for (int j = 0; j < in; j++) {
                double d = x[o + j] - mean;
                ss += d * d;
            }
            double is = 1 / Math.sqrt(ss / in + epsilon);
            invStd[i] = is;
            for (int j = 0; j < in; j++) {
                double xh = (x[o + j] - mean) * is;
                xhat[o + j] = xh;
                y[o + j] = gamma.value[j] * xh + beta.value[j];
            }
        }
        return y;
    }

    @Override
    public double[] backward(double[] dy, int batch) {
        java.util.Arrays.fill(gamma.grad, 0);
        java.util.Arrays.fill(beta.grad, 0);
        for (int i = 0; i < batch; i++) {
            int o = i * in;
            double sumG = 0;
            double sumGx = 0;
            for (int j = 0; j < in; j++) {
                double d = dy[o + j];
                gamma.grad[j] += d * xhat[o + j];
                beta.grad[j] += d;
                double gx = d * gamma.value[j]; // dL/dx̂
                sumG += gx;
                sumGx += gx * xhat[o + j];
            }
            if (needsInputGradient) {
                double is = invStd[i];
                for (int j = 0; j < in; j++) {
                    double gx = dy[o + j] * gamma.value[j];
                    gradX[o + j] = is * (gx - sumG / in - xhat[o + j] * sumGx / in);
                }
            }
        }
        return needsInputGradient ? gradX : null;
    }

    @Override
    public List<Param> params() {
        return List.of(gamma, beta);
    }
}
