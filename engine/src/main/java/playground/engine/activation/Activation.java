package playground.engine.activation;

import playground.engine.math.DMath;
import playground.engine.text.Numbers;

/**
 * An element-wise activation (or softmax, which works on a whole row). Values come from {@link DMath} so every
 * runtime computes the same bits.
 */
public final class Activation {
    public enum Kind { LINEAR, SIGMOID, TANH, RELU, LEAKY_RELU, SOFTMAX }

    /**
     * Keras 3's {@code activation="leaky_relu"} slope ({@code keras.activations.leaky_relu}); Keras's
     * {@code LeakyReLU} layer and TensorFlow.js's default to 0.3, PyTorch and version 1 of the spec to 0.01.
     * Configurable per layer ("leaky_relu:0.01").
     */
    public static final double DEFAULT_LEAKY_SLOPE = 0.2;

    public static final Activation LINEAR = new Activation(Kind.LINEAR, 0);
    public static final Activation SIGMOID = new Activation(Kind.SIGMOID, 0);
    public static final Activation TANH = new Activation(Kind.TANH, 0);
    public static final Activation RELU = new Activation(Kind.RELU, 0);
    public static final Activation SOFTMAX = new Activation(Kind.SOFTMAX, 0);

    public final Kind kind;
    /** Slope for negative inputs; only meaningful for {@link Kind#LEAKY_RELU}. */
    public final double slope;

    private Activation(Kind kind, double slope) {
        this.kind = kind;
        this.slope = slope;
    }

    public static Activation leakyRelu(double slope) {
        if (!(slope >= 0 && slope < 1)) {
            throw new IllegalArgumentException("leaky ReLU slope must be in [0, 1), was " + playground.engine.text.Numbers.format(slope));
        }
        return new Activation(Kind.LEAKY_RELU, slope);
    }

    /** The name the spec grammar reads back ("leaky_relu:0.2"). */
    public String id() {
        switch (kind) {
            case LEAKY_RELU:
                return slope == DEFAULT_LEAKY_SLOPE ? "leaky_relu" : "leaky_relu:" + Numbers.format(slope);
            default:
                return kind.name().toLowerCase();
        }
    }

    /** f(z) for one value; softmax has no scalar form. */
    public double value(double z) {
        switch (kind) {
            case LINEAR:
                return z;
            case SIGMOID:
                return DMath.sigmoid(z);
            case TANH:
                return DMath.tanh(z);
            case RELU:
                return z > 0 ? z : 0;
            case LEAKY_RELU:
                return z > 0 ? z : slope * z;
            default:
                throw new UnsupportedOperationException("softmax works on a whole row");
        }
    }

    /** f'(z) for one value (at the ReLU kink, 0 as in TensorFlow). */
    public double derivative(double z) {
        switch (kind) {
            case LINEAR:
                return 1;
            case SIGMOID: {
                double s = DMath.sigmoid(z);
                return s * (1 - s);
            }
            case TANH: {
                double t = DMath.tanh(z);
                return 1 - t * t;
            }
            case RELU:
                return z > 0 ? 1 : 0;
            case LEAKY_RELU:
                return z > 0 ? 1 : slope;
            default:
                throw new UnsupportedOperationException("softmax works on a whole row");
        }
    }

    /** h = f(z) for {@code rows × cols} values. */
    public void forward(double[] z, double[] h, int rows, int cols) {
        int n = rows * cols;
        switch (kind) {
            case LINEAR:
                System.arraycopy(z, 0, h, 0, n);
                return;
            case SOFTMAX:
                for (int r = 0; r < rows; r++) {
                    int o = r * cols;
                    double max = Double.NEGATIVE_INFINITY;
                    for (int j = 0; j < cols; j++) {
                        max = Math.max(max, z[o + j]);
                    }
                    double sum = 0;
                    for (int j = 0; j < cols; j++) {
                        double e = DMath.exp(z[o + j] - max); // shift by the max: no overflow
                        h[o + j] = e;
                        sum += e;
                    }
                    for (int j = 0; j < cols; j++) {
                        h[o + j] /= sum;
                    }
                }
                return;
            case RELU:
                for (int i = 0; i < n; i++) {
                    double v = z[i];
                    h[i] = v > 0 ? v : 0;
                }
                return;
            default:
                for (int i = 0; i < n; i++) {
                    h[i] = value(z[i]);
                }
        }
    }

    /** dL/dz from dL/dh, using the saved z and h of the forward pass. */
    public void backward(double[] z, double[] h, double[] gradH, double[] gradZ, int rows, int cols) {
        int n = rows * cols;
        switch (kind) {
            case LINEAR:
                System.arraycopy(gradH, 0, gradZ, 0, n);
                return;
            case SIGMOID:
                for (int i = 0; i < n; i++) {
                    gradZ[i] = gradH[i] * h[i] * (1 - h[i]);
                }
                return;
            case TANH:
                for (int i = 0; i < n; i++) {
                    gradZ[i] = gradH[i] * (1 - h[i] * h[i]);
                }
                return;
            case RELU:
                for (int i = 0; i < n; i++) {
                    gradZ[i] = z[i] > 0 ? gradH[i] : 0;
                }
                return;
            case LEAKY_RELU:
                for (int i = 0; i < n; i++) {
                    gradZ[i] = z[i] > 0 ? gradH[i] : slope * gradH[i];
                }
                return;
            case SOFTMAX:
                // Jacobian-vector product of softmax: dz_i = h_i (g_i − Σ_j g_j h_j).
                for (int r = 0; r < rows; r++) {
                    int o = r * cols;
                    double dot = 0;
                    for (int j = 0; j < cols; j++) {
                        dot += gradH[o + j] * h[o + j];
                    }
                    for (int j = 0; j < cols; j++) {
                        gradZ[o + j] = h[o + j] * (gradH[o + j] - dot);
                    }
                }
                return;
            default:
                throw new IllegalStateException(kind.name());
        }
    }

    @Override
    public String toString() {
        return id();
    }
}
