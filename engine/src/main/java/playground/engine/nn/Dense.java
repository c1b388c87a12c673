package playground.engine.nn;

import java.util.List;
import playground.engine.activation.Activation;
import playground.engine.math.Kernels;
import playground.engine.math.Rng;

/**
 * A fully connected layer h = f(x·W + b), with the kernel W stored as fan_in × units (Keras's layout).
 */
public final class Dense extends AbstractLayer {
    public final int units;
    public final Activation activation;
    public final Init kernelInit;
    public final Init biasInit;

    private Param kernel;
    private Param bias;

    private double[] x; // the last input (not copied: the caller keeps it alive until backward)
    private double[] z = new double[0];
    private double[] h = new double[0];
    private double[] gradZ = new double[0];
    private double[] gradX = new double[0];

    public Dense(int units, Activation activation, Init kernelInit, Init biasInit) {
        if (units < 1) {
            throw new IllegalArgumentException("a Dense layer needs at least 1 unit, was " + units);
        }
        this.units = units;
        this.activation = activation;
        this.kernelInit = kernelInit;
        this.biasInit = biasInit;
    }

    @Override
    public String kind() {
        return "Dense";
    }

    @Override
    public String nameStem() {
        return "dense";
    }

    @Override
    public int build(int inputSize, Rng rng) {
        in = inputSize;
        out = units;
        kernel = new Param("kernel", new int[] {in, units}, true);
        bias = new Param("bias", new int[] {units}, true);
        kernelInit.fill(kernel.value, in, units, rng);
        biasInit.fill(bias.value, in, units, rng);
        return units;
    }

    public Param kernel() {
        return kernel;
    }

    public Param bias() {
        return bias;
    }

    @Override
    public double[] forward(double[] input, int batch, boolean training) {
        ensureCapacity(batch);
        x = input;
        Kernels.matmul(input, kernel.value, z, batch, in, units);
        Kernels.addRowVector(z, bias.value, batch, units);
        activation.forward(z, h, batch, units);
        return h;
    }

    /** The pre-activation z = x·W + b of the last forward call (a loss on logits reads it). */
    public double[] preActivation() {
        return z;
    }

    @Override
    public double[] backward(double[] gradOutput, int batch) {
        activation.backward(z, h, gradOutput, gradZ, batch, units);
        return backwardFromPreActivation(gradZ, batch);
    }

    /** Backward pass starting from dL/dz, when a fused loss already applied the activation's derivative. */
    public double[] backwardFromPreActivation(double[] gz, int batch) {
        Kernels.matmulTransA(x, gz, kernel.grad, batch, in, units);
        Kernels.columnSums(gz, bias.grad, batch, units);
        if (!needsInputGradient) {
            return null;
        }
        Kernels.matmulTransB(gz, kernel.value, gradX, batch, units, in);
        return gradX;
    }

    @Override
    public List<Param> params() {
        return List.of(kernel, bias);
    }

    private void ensureCapacity(int batch) {
        if (z.length < batch * units) {
            z = new double[batch * units];
            h = new double[batch * units];
            gradZ = new double[batch * units];
        }
        if (gradX.length < batch * in) {
            gradX = new double[batch * in];
        }
    }
}
