package playground.engine.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import playground.engine.activation.Activation;
import playground.engine.spec.Ids;

class NeuronStepTest {
    private static final double TOL = 1e-12;

    @Test
    void thePrimersPoorInitializationStepHasTheseNumbers() {
        NeuronStep s = NeuronStep.of(1, 0.1, 0.1, 1, 0.1, Activation.SIGMOID, Ids.loss("half_se"));
        assertEquals(0.2, s.z, TOL);
        assertEquals(0.549833997312478, s.h, TOL);
        assertEquals(0.10132471498783105, s.loss, TOL); // ½(t − h)²
        assertEquals(-0.45016600268752205, s.dLdh, TOL);
        assertEquals(0.24751657271185995, s.dhdz, TOL);
        assertEquals(1, s.dzdw, 0);
        assertEquals(1, s.dzdb, 0);
        assertEquals(-0.1114235461366134, s.dLdw, TOL);
        assertEquals(0.11114235461366134, s.wNext, TOL); // the primer prints 0.001115
    }

    @Test
    void thePrimersXavierScenarioHasLoss0_0628() {
        NeuronStep s = NeuronStep.of(1, 0.5, 0.1, 1, 0.1, Activation.SIGMOID, Ids.loss("half_se"));
        assertEquals(0.6456563062257954, s.h, TOL);
        assertEquals(0.06277972665877364, s.loss, TOL); // the primer prints 0.0978
        assertEquals(-0.08106825284073778, s.dLdw, TOL);
        assertEquals(0.5081068252840738, s.wNext, TOL);
    }

    @Test
    void theChainRuleProductMatchesAFiniteDifferenceForEveryActivationAndLoss() {
        for (String act : new String[] {"sigmoid", "tanh", "relu", "leaky_relu:0.1", "linear"}) {
            for (String loss : new String[] {"half_se", "mse", "mae", "huber:0.5"}) {
                NeuronStep s = NeuronStep.of(0.7, 0.3, -0.2, 1.4, 0.1, Ids.activation(act), Ids.loss(loss));
                double eps = 1e-6;
                double up = NeuronStep.of(0.7, 0.3 + eps, -0.2, 1.4, 0.1, Ids.activation(act), Ids.loss(loss)).loss;
                double down = NeuronStep.of(0.7, 0.3 - eps, -0.2, 1.4, 0.1, Ids.activation(act), Ids.loss(loss)).loss;
                assertEquals((up - down) / (2 * eps), s.dLdw, 1e-7, act + " " + loss);
            }
        }
    }
}
