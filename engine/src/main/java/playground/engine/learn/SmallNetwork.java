package playground.engine.learn;

import java.util.List;
import playground.engine.activation.Activation;
import playground.engine.loss.HalfSquaredError;
import playground.engine.math.Rng;
import playground.engine.nn.Dense;
import playground.engine.nn.Init;
import playground.engine.nn.Layer;
import playground.engine.nn.Network;
import playground.engine.optim.Sgd;

/**
 * A 2-2-1 network of sigmoid units on one example with loss ½(y − t)², run by the engine's own Dense layers:
 * the forward values, the backward deltas δ = ∂L/∂z of each layer (for one example they equal the bias
 * gradients), the weight gradients, and one SGD update.
 */
public final class SmallNetwork {
    /** A well-known worked example's start (Mazur, "A step by step backpropagation example"): W1[j·2+i] = weight from input i to hidden unit j. */
    public static final double[] W1 = {0.15, 0.20, 0.25, 0.30};
    public static final double[] B1 = {0.35, 0.35};
    public static final double[] W2 = {0.40, 0.45};
    public static final double[] B2 = {0.60};

    public final double[] x;
    public final double target;
    public final double[] hidden;
    public final double output;
    public final double loss;
    public final double[] deltaHidden;
    public final double deltaOutput;
    public final double[] gradW1;
    public final double[] gradW2;
    public final double[] w1After;
    public final double[] b1After;
    public final double[] w2After;
    public final double[] b2After;

    private SmallNetwork(double[] x, double target, double[] w1, double[] b1, double[] w2, double[] b2, double rate) {
        this.x = x.clone();
        this.target = target;
        List<Layer> layers = List.of(new Dense(2, Activation.SIGMOID, Init.ZEROS, Init.ZEROS),
                new Dense(1, Activation.SIGMOID, Init.ZEROS, Init.ZEROS));
        Network net = new Network(2, layers, new Rng(1));
        Dense l1 = (Dense) net.layers().get(0);
        Dense l2 = (Dense) net.layers().get(1);
        // the engine's kernels are (inputs × units), row-major: kernel[i * units + j] = weight from input i to unit j
        for (int j = 0; j < 2; j++) {
            for (int i = 0; i < 2; i++) {
                l1.kernel().value[i * 2 + j] = w1[j * 2 + i];
            }
            l2.kernel().value[j] = w2[j];
        }
        System.arraycopy(b1, 0, l1.bias().value, 0, 2);
        l2.bias().value[0] = b2[0];
        List<double[]> outputs = net.trace(x, 1);
        this.hidden = outputs.get(0).clone();
        this.output = outputs.get(1)[0];
        this.loss = net.computeGradients(x, new double[] {target}, 1, new HalfSquaredError());
        this.deltaHidden = l1.bias().grad.clone();
        this.deltaOutput = l2.bias().grad[0];
        this.gradW1 = new double[4];
        for (int j = 0; j < 2; j++) {
            for (int i = 0; i < 2; i++) {
                gradW1[j * 2 + i] = l1.kernel().grad[i * 2 + j];
            }
        }
        this.gradW2 = l2.kernel().grad.clone();
        new Sgd(rate).step(net.params());
        this.w1After = new double[4];
        for (int j = 0; j < 2; j++) {
            for (int i = 0; i < 2; i++) {
                w1After[j * 2 + i] = l1.kernel().value[i * 2 + j];
            }
        }
        this.b1After = l1.bias().value.clone();
        this.w2After = l2.kernel().value.clone();
        this.b2After = l2.bias().value.clone();
    }

    public static SmallNetwork of(double[] x, double target, double[] w1, double[] b1, double[] w2, double[] b2, double rate) {
        return new SmallNetwork(x, target, w1, b1, w2, b2, rate);
    }

}
