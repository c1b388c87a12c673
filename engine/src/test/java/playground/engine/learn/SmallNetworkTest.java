package playground.engine.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Matt Mazur's worked example, pinned to the digits his post publishes. */
class SmallNetworkTest {
    @Test
    void theFirstRoundGivesMazursForwardPassErrorAndUpdatedWeights() {
        SmallNetwork n = SmallNetwork.mazur(0);
        assertEquals(0.3775, n.netHidden[0], 1e-12); // net_h1
        assertEquals(0.593269992, n.hidden[0], 5e-10); // out_h1
        assertEquals(0.596884378, n.hidden[1], 5e-10); // out_h2
        assertEquals(1.105905967, n.netOutput[0], 5e-10); // net_o1
        assertEquals(0.75136507, n.output[0], 5e-9); // out_o1
        assertEquals(0.772928465, n.output[1], 5e-10); // out_o2
        assertEquals(0.298371109, n.error, 5e-10); // E_total
        assertEquals(0.082167041, n.gradients[4], 5e-10); // ∂E_total/∂w5
        assertEquals(0.000438568, n.gradients[0], 5e-10); // ∂E_total/∂w1
        // after one update, to the digits the post prints each with
        double[] published = {0.149780716, 0.19956143, 0.24975114, 0.29950229, 0.35891648, 0.408666186, 0.511301270, 0.561370121};
        double[] digits = {5e-10, 5e-9, 5e-9, 5e-9, 5e-9, 5e-10, 5e-10, 5e-10};
        for (int k = 0; k < 8; k++) {
            assertEquals(published[k], n.weightsAfter[k], digits[k], "w" + (k + 1));
        }
        assertEquals(SmallNetwork.mazur(1).error, n.errorAfter, 0.0, "the next round starts where this one ended");
        assertArrayEquals(n.weightsAfter, SmallNetwork.mazur(1).weights, 0.0);
    }

    @Test
    void theErrorMazurReportsAfter10000RoundsIsTheOneHis10000thRoundComputesBeforeItsUpdate() {
        // "After repeating this process 10,000 times … the error plummets to 0.0000351085": the forward pass of the
        // 10,000th round, after 9,999 updates
        assertEquals(0.0000351085, SmallNetwork.mazur(9_999).error, 5e-11);
        assertEquals(0.0000351019, SmallNetwork.mazur(9_999).errorAfter, 5e-11); // after the 10,000th update
    }

    @Test
    void eachDeltaIsTheChainRuleOfItsUnit() {
        SmallNetwork n = SmallNetwork.mazur(3);
        for (int o = 0; o < 2; o++) {
            double out = n.output[o];
            assertEquals((out - n.targets[o]) * out * (1 - out), n.deltaOutput[o], 1e-15);
            for (int h = 0; h < 2; h++) {
                assertEquals(n.deltaOutput[o] * n.hidden[h], n.gradients[4 + o * 2 + h], 1e-15); // w5 h1→o1, w6 h2→o1, …
            }
        }
        for (int h = 0; h < 2; h++) {
            double out = n.hidden[h];
            // the output weights before the update: w5 and w7 leave h1, w6 and w8 leave h2
            double back = n.deltaOutput[0] * n.weights[4 + h] + n.deltaOutput[1] * n.weights[6 + h];
            assertEquals(back * out * (1 - out), n.deltaHidden[h], 1e-15);
            for (int i = 0; i < 2; i++) {
                assertEquals(n.deltaHidden[h] * n.x[i], n.gradients[h * 2 + i], 1e-15);
                assertEquals(n.weights[h * 2 + i] - 0.5 * n.gradients[h * 2 + i], n.weightsAfter[h * 2 + i], 1e-15);
            }
        }
    }
}
