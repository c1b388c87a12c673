package playground.engine.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The 2-2-1 network against numbers computed by hand (and, for the forward pass, Mazur's published ones). */
class SmallNetworkTest {
    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    @Test
    void forwardBackwardAndUpdateMatchTheHandComputation() {
        SmallNetwork n = SmallNetwork.of(new double[] {0.05, 0.10}, 0.01, SmallNetwork.W1, SmallNetwork.B1,
                SmallNetwork.W2, SmallNetwork.B2, 0.5);
        assertEquals(0.593269992, n.hidden[0], 1e-9); // Mazur's out_h1
        assertEquals(0.596884378, n.hidden[1], 1e-9); // Mazur's out_h2
        double o = sigmoid(0.40 * n.hidden[0] + 0.45 * n.hidden[1] + 0.60);
        assertEquals(0.75136507, o, 1e-8); // Mazur's out_o1
        assertEquals(o, n.output, 1e-12);
        assertEquals(0.5 * (o - 0.01) * (o - 0.01), n.loss, 1e-12);
        double deltaOut = (o - 0.01) * o * (1 - o);
        assertEquals(deltaOut, n.deltaOutput, 1e-12);
        assertEquals(0.082167041, n.gradW2[0], 1e-9); // Mazur's ∂E/∂w5
        assertEquals(0.35891648, n.w2After[0], 1e-8); // Mazur's w5⁺ with η = 0.5
        for (int j = 0; j < 2; j++) {
            double h = n.hidden[j];
            double deltaHidden = deltaOut * SmallNetwork.W2[j] * h * (1 - h);
            assertEquals(deltaHidden, n.deltaHidden[j], 1e-12);
            for (int i = 0; i < 2; i++) {
                assertEquals(deltaHidden * n.x[i], n.gradW1[j * 2 + i], 1e-12);
                assertEquals(SmallNetwork.W1[j * 2 + i] - 0.5 * deltaHidden * n.x[i], n.w1After[j * 2 + i], 1e-12);
            }
            assertEquals(SmallNetwork.B1[j] - 0.5 * deltaHidden, n.b1After[j], 1e-12);
        }
        assertEquals(0.60 - 0.5 * deltaOut, n.b2After[0], 1e-12);
    }
}
