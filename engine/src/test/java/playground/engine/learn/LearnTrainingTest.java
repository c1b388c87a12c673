package playground.engine.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import playground.engine.activation.Activation;
import playground.engine.math.Rng;
import playground.engine.nn.Dense;
import playground.engine.nn.Init;
import playground.engine.nn.Layer;
import playground.engine.nn.Network;
import playground.engine.session.Session;
import playground.engine.text.Json;

class LearnTrainingTest {
    @Test
    void aUnitIsDeadWhenItsOutputIsZeroOnEveryRow() {
        List<Layer> layers = List.of(new Dense(4, Activation.RELU, Init.ZEROS, Init.constant(-1)),
                new Dense(3, Activation.RELU, Init.ZEROS, Init.constant(1)), new Dense(2, Activation.TANH, Init.ZEROS, Init.ZEROS));
        Network net = new Network(2, layers, new Rng(1));
        Dense second = (Dense) net.layers().get(1);
        second.bias().value[2] = -1; // one of three units never fires
        double[] x = {1, 2, -3, 4, 0.5, -1};
        assertArrayEquals(new double[] {1.0, 1.0 / 3}, LearnTraining.deadShares(net, x, 3), 1e-15);
    }

    @Test
    void leakyLayersAreCountedByTheirUnitsSwitchedOffOnEveryRow() {
        List<Layer> layers = List.of(new Dense(2, Activation.leakyRelu(0.2), Init.ZEROS, Init.constant(1)),
                new Dense(1, Activation.TANH, Init.ZEROS, Init.ZEROS));
        Network net = new Network(2, layers, new Rng(1));
        ((Dense) net.layers().get(0)).bias().value[1] = -0.5; // z = −0.5 on every row: output −0.1, switched off
        assertArrayEquals(new double[] {0.5}, LearnTraining.deadShares(net, new double[] {1, 2, 3, 4}, 2), 1e-15);
    }

    @Test
    void theCurvesRunLogsEveryEpochsValidationLossWithoutThePenaltyKerasAddsToValLoss() {
        Map<String, Object> m = json(new Session().learnTrain("curves", "v=2&data=circle&n=60&val=0.3&epochs=5&reg=l2:0.01", ""));
        List<?> epochs = (List<?>) m.get("epochs");
        assertEquals(5, epochs.size());
        for (Object o : epochs) {
            Map<?, ?> e = (Map<?, ?>) o;
            double penalty = (Double) e.get("val_loss") - (Double) e.get("val_data");
            assertTrue(penalty > 0 && penalty < 1, "the L2 penalty, 0.01·Σw²: " + penalty);
        }
        Map<String, Object> plain = json(new Session().learnTrain("curves", "v=2&data=circle&n=60&val=0.3&epochs=5", ""));
        Map<?, ?> last = (Map<?, ?>) ((List<?>) plain.get("epochs")).get(4);
        assertEquals((Double) last.get("val_loss"), (Double) last.get("val_data"), 0);
        assertTrue(json(new Session().learnTrain("curves", "v=2&data=circle&val=0&epochs=5", "")).get("error").toString()
                .contains("needs validation rows"));
    }

    @Test
    void theLeakyTwinOfALayerListMakesOnlyTheReluActivationsLeaky() {
        assertEquals("dense:32:leaky_relu:0.2,dropout:0.1,dense:8:leaky_relu:0.2:he_normal,dense:4:tanh,dense:2:leaky_relu:0.3",
                DeadUnits.leaky("dense:32:relu,dropout:0.1,dense:8:relu:he_normal,dense:4:tanh,dense:2:leaky_relu:0.3", "0.2"));
        assertEquals("", DeadUnits.leaky("", "0.2"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String s) {
        return (Map<String, Object>) Json.parse(s);
    }

    @Test
    void aTooLargeRateKillsReluUnitsDuringTraining() {
        Session session = new Session();
        Map<String, Object> m = json(session.learnTrain("dead-relu",
                "v=1&data=spiral&layers=dense:32:relu,dense:32:relu&opt=sgd&lr=2&epochs=10", ""));
        List<?> epochs = (List<?>) m.get("epochs");
        assertEquals(2, ((List<?>) m.get("layers")).size());
        assertTrue(epochs.size() >= 2 && epochs.size() <= 11, "epoch 0 and every trained epoch: " + epochs.size());
        List<?> first = (List<?>) ((Map<?, ?>) epochs.get(0)).get("dead");
        List<?> last = (List<?>) ((Map<?, ?>) epochs.get(epochs.size() - 1)).get("dead");
        double before = (Double) first.get(0) + (Double) first.get(1);
        double after = (Double) last.get(0) + (Double) last.get(1);
        assertTrue(after > before + 0.2, "dead share grew from " + before + " to " + after);
        Map<String, Object> gentle = json(session.learnTrain("dead-relu",
                "v=1&data=spiral&layers=dense:32:relu,dense:32:relu&opt=adam&lr=0.001&epochs=10", ""));
        List<?> ge = (List<?>) gentle.get("epochs");
        List<?> gl = (List<?>) ((Map<?, ?>) ge.get(ge.size() - 1)).get("dead");
        assertTrue((Double) gl.get(0) + (Double) gl.get(1) < after, "a gentle rate kills fewer");
    }

    @Test
    void theRangeTestGrowsTheRateExponentiallyStopsWhenTheLossExplodesAndSuggestsARate() {
        Session session = new Session();
        Map<String, Object> m = json(session.learnTrain("range-test", "v=1&data=circle&layers=dense:16:relu&opt=sgd&batch=16",
                "0.0001:100:300"));
        List<?> rates = (List<?>) m.get("rates");
        assertEquals(0.0001, (Double) rates.get(0), 1e-15);
        double ratio = (Double) rates.get(1) / (Double) rates.get(0);
        assertEquals(Math.pow(1e6, 1.0 / 299), ratio, 1e-9);
        assertEquals(true, m.get("stoppedEarly"), "a rate of 100 makes the loss explode");
        double suggested = (Double) m.get("suggested");
        assertTrue(suggested > 0.0001 && suggested <= (Double) m.get("minimumAt"), "suggested " + suggested + ", minimum at " + m.get("minimumAt"));
        assertTrue(json(session.learnTrain("range-test", "v=1&data=circle", "1:0.1:100")).get("error").toString().contains("0 < min < max"));
    }
}
