package playground.engine.learn;

import java.util.Arrays;
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
 * Matt Mazur's worked example ("A Step by Step Backpropagation Example", 2015), run by the engine's own Dense
 * layers: 2 inputs, 2 hidden and 2 output sigmoid units, one example, E_total = Σ ½(target − out)², plain gradient
 * descent on the eight weights with the biases b₁ = 0.35 and b₂ = 0.60 held fixed, as in his post. The weights are
 * numbered as he numbers them: w₁ i₁→h₁, w₂ i₂→h₁, w₃ i₁→h₂, w₄ i₂→h₂, w₅ h₁→o₁, w₆ h₂→o₁, w₇ h₁→o₂, w₈ h₂→o₂.
 *
 * <p>{@link #after} makes {@code updates} updates first, then shows the next round: its forward pass at the weights
 * reached, the backward pass (each unit's δ = ∂E/∂net and every ∂E/∂w) and the update it makes. The hidden δ use
 * the output weights before the update, as his text says.
 */
public final class SmallNetwork {
    public static final String SOURCE = "https://mattmazur.com/2015/03/17/a-step-by-step-backpropagation-example/";
    public static final double[] INPUTS = {0.05, 0.10};
    public static final double[] TARGETS = {0.01, 0.99};
    /** w₁ … w₈ at the start. */
    public static final double[] WEIGHTS = {0.15, 0.20, 0.25, 0.30, 0.40, 0.45, 0.50, 0.55};
    public static final double B1 = 0.35;
    public static final double B2 = 0.60;
    public static final double RATE = 0.5;

    public final int updates;
    public final double[] x;
    public final double[] targets;
    /** w₁ … w₈ before this round's update, and after it. */
    public final double[] weights;
    public final double[] weightsAfter;
    public final double[] netHidden;
    public final double[] hidden;
    public final double[] netOutput;
    public final double[] output;
    /** E_total of this round's forward pass, and after its update. */
    public final double error;
    public final double errorAfter;
    /** δ = ∂E/∂net of each output and hidden unit. */
    public final double[] deltaOutput;
    public final double[] deltaHidden;
    /** ∂E/∂w₁ … ∂E/∂w₈. */
    public final double[] gradients;

    private final Network net;
    private final Dense l1;
    private final Dense l2;

    private SmallNetwork(double[] x, double[] targets, double rate, int updates) {
        this.x = x.clone();
        this.targets = targets.clone();
        this.updates = updates;
        List<Layer> layers = List.of(new Dense(2, Activation.SIGMOID, Init.ZEROS, Init.ZEROS),
                new Dense(2, Activation.SIGMOID, Init.ZEROS, Init.ZEROS));
        net = new Network(2, layers, new Rng(1));
        l1 = (Dense) net.layers().get(0);
        l2 = (Dense) net.layers().get(1);
        setWeights(WEIGHTS);
        Arrays.fill(l1.bias().value, B1);
        Arrays.fill(l2.bias().value, B2);
        Sgd sgd = new Sgd(rate);
        for (int k = 0; k < updates; k++) {
            update(sgd);
        }
        weights = weights();
        List<double[]> outs = net.trace(x, 1);
        hidden = outs.get(0).clone();
        output = outs.get(1).clone();
        netHidden = net(l1, x);
        netOutput = net(l2, hidden);
        error = update(sgd);
        deltaHidden = l1.bias().grad.clone();
        deltaOutput = l2.bias().grad.clone();
        gradients = new double[8];
        for (int k = 0; k < 8; k++) {
            Dense layer = k < 4 ? l1 : l2;
            gradients[k] = layer.kernel().grad[index(k)];
        }
        weightsAfter = weights();
        errorAfter = new HalfSquaredError().value(net.trace(x, 1).get(1), targets, 1, 2);
    }

    /** One round: forward, backward, and the update of the weights only (the biases' gradients are kept, not applied). */
    private double update(Sgd sgd) {
        double e = net.computeGradients(x, targets, 1, new HalfSquaredError());
        double[] b1 = l1.bias().value.clone();
        double[] b2 = l2.bias().value.clone();
        sgd.step(net.params());
        System.arraycopy(b1, 0, l1.bias().value, 0, 2); // held fixed, as in the post
        System.arraycopy(b2, 0, l2.bias().value, 0, 2);
        return e;
    }

    /** Where Mazur's w_k lives in the engine's kernels, (inputs × units) row-major: kernel[i·units + j] is input i → unit j. */
    private static int index(int k) {
        int within = k % 4; // w₁ i₁→h₁, w₂ i₂→h₁, w₃ i₁→h₂, w₄ i₂→h₂; the same pattern from the hidden units to the outputs
        int unit = within / 2;
        int input = within % 2;
        return input * 2 + unit;
    }

    private void setWeights(double[] w) {
        for (int k = 0; k < 8; k++) {
            (k < 4 ? l1 : l2).kernel().value[index(k)] = w[k];
        }
    }

    private double[] weights() {
        double[] w = new double[8];
        for (int k = 0; k < 8; k++) {
            w[k] = (k < 4 ? l1 : l2).kernel().value[index(k)];
        }
        return w;
    }

    /** Each unit's net input, Σ w·in + b, as the post writes it before squashing. */
    private static double[] net(Dense layer, double[] in) {
        double[] out = new double[2];
        for (int j = 0; j < 2; j++) {
            out[j] = layer.bias().value[j];
            for (int i = 0; i < 2; i++) {
                out[j] += layer.kernel().value[i * 2 + j] * in[i];
            }
        }
        return out;
    }

    /** The example's round after {@code updates} updates (0 for the post's first round) at rate {@code rate}. */
    public static SmallNetwork after(int updates, double[] x, double[] targets, double rate) {
        if (updates < 0 || updates > 100_000) {
            throw new IllegalArgumentException("updates must be 0 to 100000, was " + updates);
        }
        return new SmallNetwork(x, targets, rate, updates);
    }

    /** The post's own example. */
    public static SmallNetwork mazur(int updates) {
        return after(updates, INPUTS, TARGETS, RATE);
    }
}
