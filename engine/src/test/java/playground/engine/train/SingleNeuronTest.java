package playground.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import playground.engine.activation.Activation;
import playground.engine.loss.HalfSquaredError;
import playground.engine.math.Rng;
import playground.engine.nn.Dense;
import playground.engine.nn.Init;
import playground.engine.nn.Network;
import playground.engine.optim.Sgd;

/**
 * The primer's worked example of back-propagation through one sigmoid neuron: x = 1, b = 0.1, target 1,
 * L = ½(y − h)², η = 0.1, with the "poor" weight w = 0.1 and the "Xavier" weight w = 0.5. The primer's own
 * arithmetic slips in three places (an update of 0.001115, a loss without the square, a loss of 0.0978); these
 * are the correct numbers.
 */
class SingleNeuronTest {
    private static final class Neuron {
        final Dense dense;
        final Network net;
        final double loss;

        Neuron(double w) {
            dense = new Dense(1, Activation.SIGMOID, Init.constant(w), Init.constant(0.1));
            net = new Network(1, List.of(dense), new Rng(0));
            net.layers().get(0).setNeedsInputGradient(true);
            loss = net.computeGradients(new double[] {1}, new double[] {1}, 1, new HalfSquaredError());
        }
    }

    @Test
    void poorInitializationWithWeightPointOne() {
        Neuron n = new Neuron(0.1);
        assertEquals(0.2, n.dense.preActivation()[0], 1e-15);                 // z = w·x + b
        assertEquals(0.549834, n.net.forward(new double[] {1}, 1, false)[0], 5e-7); // h = σ(0.2)
        assertEquals(0.101325, n.loss, 5e-7);                                 // ½(1 − 0.549834)²
        // ∂L/∂w = (h − y)·h(1 − h)·x = −0.450166 · 0.247517 · 1
        assertEquals(-0.111424, n.dense.kernel().grad[0], 5e-7);
        assertEquals(-0.111424, n.dense.bias().grad[0], 5e-7);
        new Sgd(0.1).step(n.net.params());
        assertEquals(0.111142, n.dense.kernel().value[0], 5e-7);              // 0.1 + 0.1 · 0.111424
        assertEquals(0.111142, n.dense.bias().value[0], 5e-7);
    }

    @Test
    void xavierLikeInitializationWithWeightPointFive() {
        Neuron n = new Neuron(0.5);
        assertEquals(0.6, n.dense.preActivation()[0], 1e-15);
        assertEquals(0.645656, n.net.forward(new double[] {1}, 1, false)[0], 5e-7);
        assertEquals(0.062780, n.loss, 5e-7);
        new Sgd(0.1).step(n.net.params());
        assertEquals(0.508107, n.dense.kernel().value[0], 5e-7);
        assertEquals(0.108107, n.dense.bias().value[0], 5e-7);
    }
}
