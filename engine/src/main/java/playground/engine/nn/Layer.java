package playground.engine.nn;

import java.util.List;
import playground.engine.math.Rng;

/**
 * A layer of a feed-forward network working on a batch stored row-major in a flat {@code double[]}: {@code batch}
 * rows of {@link #inputSize()} (in) or {@link #outputSize()} (out) values.
 *
 * <p>Buffers returned by {@link #forward} and {@link #backward} belong to the layer and are reused by its next call;
 * they are (re)allocated only when the batch size grows, so a training loop allocates nothing per step.
 */
public interface Layer {
    /** Keras's class name, used by the summary: "Dense", "BatchNormalization", ... */
    String kind();

    /** Keras's default name stem: "dense", "batch_normalization", ... */
    String nameStem();

    /** Creates and initializes parameters for inputs of the given width; returns the output width. */
    int build(int inputSize, Rng rng);

    int inputSize();

    int outputSize();

    /** Computes the output for {@code batch} rows of {@code x}; keeps what backward needs. */
    double[] forward(double[] x, int batch, boolean training);

    /**
     * Given dLoss/dOutput of the last forward call, writes every trainable parameter's gradient and returns
     * dLoss/dInput (or {@code null} when {@link #setNeedsInputGradient} switched it off).
     */
    double[] backward(double[] gradOutput, int batch);

    /** The first layer of a network does not need its input gradient; skipping it saves a third of its backward. */
    void setNeedsInputGradient(boolean needed);

    /** All parameters, trainable and not, in a stable order. */
    List<Param> params();
}
