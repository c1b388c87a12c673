package playground.engine.nn;

import java.util.List;
import playground.engine.math.Rng;

/**
 * Batch normalization (Ioffe &amp; Szegedy) with Keras's semantics: in training, each feature is normalized by the
 * batch's mean and biased variance and the moving statistics follow them with {@code momentum}; at inference the
 * moving statistics are used. γ and β are trainable; the moving mean and variance are not (they are counted as
 * non-trainable parameters, as Keras does).
 */
public final class BatchNorm extends AbstractLayer {
    public static final double DEFAULT_MOMENTUM = 0.99;
    public static final double DEFAULT_EPSILON = 1e-3;

    public final double momentum;
    public final double epsilon;

    private Param gamma;
    private Param beta;
    private Param movingMean;
    private Param movingVariance;

    private double[] y = new double[0];
    private double[] xhat = new double[0];
    private double[] gradX = new double[0];
    private double[] invStd = new double[0];
    private double[] sumDy = new double[0];
    private double[] sumDyXhat = new double[0];
    private boolean lastWasTraining;

    public BatchNorm(double momentum, double epsilon) {
        if (!(momentum >= 0 && momentum < 1) || !(epsilon > 0)) {
            throw new IllegalArgumentException("BatchNorm needs 0 <= momentum < 1 and epsilon > 0");
        }
        this.momentum = momentum;
        this.epsilon = epsilon;
    }

    public BatchNorm() {
        this(DEFAULT_MOMENTUM, DEFAULT_EPSILON);
    }

    @Override
    public String kind() {
        return "BatchNormalization";
    }

    @Override
    public String nameStem() {
        return "batch_normalization";
    }

    @Override
    public int build(int inputSize, Rng rng) {
        int n = inputSize;
        in = n;
        out = n;
        gamma = new Param("gamma", new int[] {n}, true);
        beta = new Param("beta", new int[] {n}, true);
        movingMean = new Param("moving_mean", new int[] {n}, false);
        movingVariance = new Param("moving_variance", new int[] {n}, false);
        java.util.Arrays.fill(gamma.value, 1);
        java.util.Arrays.fill(movingVariance.value, 1);
        invStd = new double[n];
        sumDy = new double[n];
        sumDyXhat = new double[n];
        return n;
    }

    @Override
    public double[] forward(double[] x, int batch, boolean training) {
        if (y.length < batch * in) {
            y = new double[batch * in];
            xhat = new double[batch * in];
            gradX = new double[batch * in];
        }
        lastWasTraining = training;
        double[] g = gamma.value;
        double[] b = beta.value;
        for (int j = 0; j < in; j++) {
            double mean;
            double var;
            if (training) {
                double s = 0;
                for (int i = 0; i < batch; i++) {
                    s += x[i * in + j];
                }
                mean = s / batch;
                double ss = 0;
                for (int i = 0; i < batch; i++) {
                    double d = x[i * in + j] - mean;
                    ss += d * d;
                }
                var = ss / batch; // biased, as Keras uses for both normalizing and the moving average
                movingMean.value[j] = momentum * movingMean.value[j] + (1 - momentum) * mean;
                movingVariance.value[j] = momentum * movingVariance.value[j] + (1 - momentum) * var;
            } else {
                mean = movingMean.value[j];
                var = movingVariance.value[j];
            }
            double is = 1 / Math.sqrt(var + epsilon);
            invStd[j] = is;
            for (int i = 0; i < batch; i++) {
                int k = i * in + j;
                double xh = (x[k] - mean) * is;
                xhat[k] = xh;
                y[k] = g[j] * xh + b[j];
            }
        }
        return y;
    }

    @Override
    public double[] backward(double[] dy, int batch) {
        double[] g = gamma.value;
        java.util.Arrays.fill(sumDy, 0);
        java.util.Arrays.fill(sumDyXhat, 0);
        for (int i = 0; i < batch; i++) {
            int o = i * in;
            for (int j = 0; j < in; j++) {
                sumDy[j] += dy[o + j];
                sumDyXhat[j] += dy[o + j] * xhat[o + j];
            }
        }
        System.arraycopy(sumDyXhat, 0, gamma.grad, 0, in);
        System.arraycopy(sumDy, 0, beta.grad, 0, in);
        if (!needsInputGradient) {
            return null;
        }
        for (int i = 0; i < batch; i++) {
            int o = i * in;
            for (int j = 0; j < in; j++) {
                double scale = g[j] * invStd[j];
                if (lastWasTraining) {
                    // The batch statistics depend on every row: dx = γ/σ · (dy − mean(dy) − x̂·mean(dy·x̂)).
                    gradX[o + j] = scale * (dy[o + j] - sumDy[j] / batch - xhat[o + j] * sumDyXhat[j] / batch);
                } else {
                    gradX[o + j] = scale * dy[o + j];
                }
            }
        }
        return gradX;
    }

    @Override
    public List<Param> params() {
        return List.of(gamma, beta, movingMean, movingVariance);
    }
}
