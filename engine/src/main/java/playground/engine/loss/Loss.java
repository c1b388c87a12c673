package playground.engine.loss;

import playground.engine.activation.Activation;

/**
 * A loss over a batch of {@code rows} predictions with {@code cols} outputs each, stored row-major. The value is the
 * mean over the batch (Keras's convention); {@link #gradient} is the derivative of exactly that value.
 */
public interface Loss {
    /** The id the spec and the CLI use: "mse", "huber:1.0", ... */
    String id();

    double value(double[] pred, double[] target, int rows, int cols);

    /** grad = d value / d pred. */
    void gradient(double[] pred, double[] target, double[] grad, int rows, int cols);

    /** Whether this loss can take the logits of a layer with that activation (see {@link #valueFromLogits}). */
    default boolean fusesWith(Activation activation) {
        return false;
    }

    /** The loss of f(logits), computed from the logits in a numerically stable way. */
    default double valueFromLogits(double[] logits, double[] target, int rows, int cols) {
        throw new UnsupportedOperationException(id() + " does not work on logits");
    }

    /** d value / d logits. */
    default void gradientFromLogits(double[] logits, double[] target, double[] grad, int rows, int cols) {
        throw new UnsupportedOperationException(id() + " does not work on logits");
    }
}
