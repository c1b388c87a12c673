package playground.engine.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import playground.engine.loss.Loss;
import playground.engine.math.Rng;

/**
 * A feed-forward network: a sequence of layers on inputs of a fixed width. It runs the forward pass, the loss, and
 * the backward pass (the chain rule, layer by layer, last to first); the optimizer then reads each parameter's
 * gradient.
 */
public final class Network {
    private final int inputSize;
    private final List<Layer> layers;
    private final List<Param> params;
    private double[] lossGrad = new double[0];
    private double[] lastOutput;
    private Penalty penalty = Penalty.NONE;

    /** Builds (creates and initializes the parameters of) {@code layers} in order, drawing from {@code rng}. */
    public Network(int inputSize, List<Layer> layers, Rng rng) {
        if (inputSize < 1) {
            throw new IllegalArgumentException("a network needs at least one input, was " + inputSize);
        }
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a network needs at least one layer");
        }
        this.inputSize = inputSize;
        this.layers = List.copyOf(layers);
        int width = inputSize;
        List<Param> all = new ArrayList<>();
        for (Layer layer : this.layers) {
            width = layer.build(width, rng);
            all.addAll(layer.params());
        }
        this.layers.get(0).setNeedsInputGradient(false);
        this.params = Collections.unmodifiableList(all);
    }

    public int inputSize() {
        return inputSize;
    }

    /** Adds {@code p} (weight regularization) to every loss this network computes, as Keras adds its model.losses. */
    public Network withPenalty(Penalty p) {
        this.penalty = p;
        return this;
    }

    /** The weight regularization this network adds to its losses ({@link Penalty#NONE} without one). */
    public Penalty regularization() {
        return penalty;
    }

    /** The regularization penalty of the weights as they are now (0 without one). */
    public double penalty() {
        return penalty.value(params);
    }

    public int outputSize() {
        return layers.get(layers.size() - 1).outputSize();
    }

    public List<Layer> layers() {
        return layers;
    }

    /** Every parameter, trainable and not, in layer order. */
    public List<Param> params() {
        return params;
    }

    /** The output for {@code batch} rows; the returned buffer belongs to the last layer. */
    public double[] forward(double[] x, int batch, boolean training) {
        double[] a = x;
        for (Layer layer : layers) {
            a = layer.forward(a, batch, training);
        }
        lastOutput = a;
        return a;
    }

    /** Inference on {@code rows} rows, keeping a copy of every layer's output (for drawing each neuron's response). */
    public List<double[]> trace(double[] x, int rows) {
        List<double[]> outputs = new ArrayList<>();
        double[] a = x;
        for (Layer layer : layers) {
            a = layer.forward(a, rows, false);
            double[] copy = new double[rows * layer.outputSize()];
            System.arraycopy(a, 0, copy, 0, copy.length);
            outputs.add(copy);
        }
        return outputs;
    }

    /** The output buffer of the last forward pass (owned by the last layer). */
    public double[] output() {
        return lastOutput;
    }

    /** Inference on {@code rows} rows, into a fresh array the caller owns. */
    public double[] predict(double[] x, int rows) {
        double[] out = forward(x, rows, false);
        double[] copy = new double[rows * outputSize()];
        System.arraycopy(out, 0, copy, 0, copy.length);
        return copy;
    }

    /**
     * One forward and backward pass in training mode: returns the batch loss and leaves dLoss/dθ in every trainable
     * parameter's gradient. When the output layer's activation is the one the loss expects (softmax with
     * categorical, sigmoid with binary cross-entropy) the loss works on the logits: log-sum-exp instead of log of a
     * rounded probability, and the gradient p − y without dividing by p(1 − p).
     */
    public double computeGradients(double[] x, double[] target, int batch, Loss loss) {
        double[] out = forward(x, batch, true);
        int cols = outputSize();
        if (lossGrad.length < batch * cols) {
            lossGrad = new double[batch * cols];
        }
        int last = layers.size() - 1;
        Layer output = layers.get(last);
        double value;
        double[] g;
        if (output instanceof Dense && loss.fusesWith(((Dense) output).activation)) {
            Dense dense = (Dense) output;
            value = loss.valueFromLogits(dense.preActivation(), target, batch, cols);
            loss.gradientFromLogits(dense.preActivation(), target, lossGrad, batch, cols);
            g = dense.backwardFromPreActivation(lossGrad, batch);
            last--;
        } else {
            value = loss.value(out, target, batch, cols);
            loss.gradient(out, target, lossGrad, batch, cols);
            g = lossGrad;
        }
        for (int i = last; i >= 0; i--) {
            g = layers.get(i).backward(g, batch);
        }
        if (!penalty.none()) {
            penalty.addGradient(params);
            value += penalty.value(params);
        }
        return value;
    }

    /** The loss of the network in inference mode (BatchNorm's moving statistics, no dropout). */
    public double evaluate(double[] x, double[] target, int rows, Loss loss) {
        double[] out = forward(x, rows, false);
        return loss.value(out, target, rows, outputSize()) + penalty();
    }

    /** A copy of every parameter's values (a checkpoint). */
    public double[][] snapshot() {
        double[][] copy = new double[params.size()][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = params.get(i).value.clone();
        }
        return copy;
    }

    /** Restores a {@link #snapshot()}. */
    public void restore(double[][] snapshot) {
        for (int i = 0; i < snapshot.length; i++) {
            System.arraycopy(snapshot[i], 0, params.get(i).value, 0, snapshot[i].length);
        }
    }
}
