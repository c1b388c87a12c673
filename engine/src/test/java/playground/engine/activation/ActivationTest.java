package playground.engine.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import playground.engine.spec.Ids;

class ActivationTest {
    @ParameterizedTest
    @ValueSource(strings = {"linear", "sigmoid", "tanh", "relu", "leaky_relu:0.3"})
    void scalarDerivativeMatchesFiniteDifferences(String id) {
        Activation a = Ids.activation(id);
        for (double z = -4.05; z < 4; z += 0.1) { // never exactly on the kink at 0
            double numeric = (a.value(z + 1e-6) - a.value(z - 1e-6)) / 2e-6;
            assertEquals(numeric, a.derivative(z), 1e-8, id + " at " + z);
        }
    }

    @Test
    void valuesAreTheTextbookOnes() {
        assertEquals(0.5, Activation.SIGMOID.value(0), 0);
        assertEquals(1 / (1 + Math.exp(-2)), Activation.SIGMOID.value(2), 1e-15);
        assertEquals(Math.tanh(0.7), Activation.TANH.value(0.7), 1e-15);
        assertEquals(0, Activation.RELU.value(-3), 0);
        assertEquals(-0.06, Activation.leakyRelu(0.02).value(-3), 1e-15);
        assertEquals(3, Activation.leakyRelu(0.02).value(3), 0);
    }

    @Test
    void softmaxRowsAreProbabilitiesEvenForHugeLogits() {
        double[] z = {1000, 1001, 1002, -5, 0, 5};
        double[] h = new double[6];
        Activation.SOFTMAX.forward(z, h, 2, 3);
        assertEquals(1, h[0] + h[1] + h[2], 1e-15);
        assertEquals(1, h[3] + h[4] + h[5], 1e-15);
        assertEquals(Math.exp(2) / (1 + Math.exp(1) + Math.exp(2)), h[2], 1e-15);
    }

    @Test
    void leakySlopeOutsideZeroToOneIsRejectedWithAMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ids.activation("leaky_relu:2"));
        assertEquals("leaky ReLU slope must be in [0, 1), was 2", e.getMessage());
    }
}
