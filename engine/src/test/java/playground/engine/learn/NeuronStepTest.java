package playground.engine.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void theNudgeCheckMeasuresTheChainRulesSlopeWithin1e6ForEveryActivationAndLoss() {
        for (String act : new String[] {"sigmoid", "tanh", "relu", "leaky_relu:0.1", "linear"}) {
            for (String loss : new String[] {"half_se", "mse", "mae", "huber:0.5"}) {
                NeuronStep s = NeuronStep.of(0.7, 0.3, -0.2, 1.4, 0.1, Ids.activation(act), Ids.loss(loss));
                assertEquals(s.dLdw, s.nudgeW, 1e-6, act + " " + loss);
                assertEquals(s.dLdb, s.nudgeB, 1e-6, act + " " + loss);
            }
        }
        NeuronStep poor = NeuronStep.of(1, 0.1, 0.1, 1, 0.1, Activation.SIGMOID, Ids.loss("bce"));
        assertEquals(poor.dLdw, poor.nudgeW, 1e-6);
    }

    @Test
    void reluWithBinaryCrossEntropyIsWarnedAboutAndTheSigmoidIsNot() {
        NeuronStep relu = NeuronStep.of(1, 0.5, 0.6, 1, 0.1, Ids.activation("relu"), Ids.loss("bce"));
        java.util.List<Object> w = Learn.neuronWarnings(Ids.activation("relu"), Ids.loss("bce"), 1, relu.h);
        assertEquals(1, w.size());
        assertTrue(((String) w.get(0)).startsWith("Binary cross-entropy reads h as a probability, so it needs outputs between 0 and 1; relu"
                + " does not keep them there (h = 1.1 now"), (String) w.get(0));
        assertEquals(java.util.List.of(), Learn.neuronWarnings(Activation.SIGMOID, Ids.loss("bce"), 1, 0.6));
        assertEquals(java.util.List.of(), Learn.neuronWarnings(Ids.activation("relu"), Ids.loss("half_se"), 1, 1.1));
    }
}
