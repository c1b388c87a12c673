package playground.engine.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import playground.engine.data.Synthetic;
import playground.engine.nn.Param;
import playground.engine.spec.ExperimentSpec;

/** Starting weights the spec cannot derive: a remix trains on from a run's weights, exactly, on every read-back. */
class StartWeightsTest {
    // BatchNorm: its moving statistics are part of the start; a residual block: its inner layers are too
    private static final String QUERY = "v=1&data=spiral&layers=dense:6:tanh,bn,res(dense:6:relu),dense:4:tanh&epochs=8&batch=25&seed=3";

    private static Experiment fresh(String changes) {
        ExperimentSpec s = ExperimentSpec.fromQuery(QUERY + changes).spec;
        return Experiment.prepare(s, Synthetic.table("spiral", 300, 0.1, 2), null, List.of());
    }

    private static long[] bits(Experiment e) {
        List<Long> all = new ArrayList<>();
        for (Param p : e.network.params()) {
            for (double v : p.value) {
                all.add(Double.doubleToRawLongBits(v));
            }
        }
        return all.stream().mapToLong(Long::longValue).toArray();
    }

    @Test
    void aRemixStartsFromTheTrainedWeightsBitForBitAndTrainsTheSameEveryTime() {
        Experiment a = fresh("");
        a.train();
        String saved = StartWeights.of(a.network).toJson();

        Experiment b = fresh("&lr=0.003&epochs=5"); // the remix: other settings, the trained weights as its start
        b.startFrom(StartWeights.parse(saved));
        assertArrayEquals(bits(a), bits(b), "every tensor, moving statistics included, as the run ended");
        b.train();
        Experiment c = fresh("&lr=0.003&epochs=5");
        c.startFrom(StartWeights.parse(saved));
        c.train();
        assertEquals(b.run.history().series("loss"), c.run.history().series("loss"));
        assertArrayEquals(bits(b), bits(c));
        assertTrue(b.run.history().series("loss").get(0) < a.run.history().series("loss").get(0),
                "it trains on from where the first run ended, not from scratch");
    }

    @Test
    void hexValuesReadBackToTheSameBitsAndPlainNumbersAreReadToo() {
        Experiment a = fresh("");
        a.network.params().get(0).value[0] = -0.0;
        a.network.params().get(0).value[1] = Double.MIN_VALUE;
        a.network.params().get(0).value[2] = 0.1 + 0.2;
        StartWeights w = StartWeights.of(a.network);
        assertTrue(w.sameBits(StartWeights.parse(w.toJson())));
        String plain = w.toJson().replaceFirst("\"0x8000000000000000\"", "-0.5");
        assertEquals(-0.5, StartWeights.parse(plain).tensors().get(0).values()[0]);
    }

    @Test
    void aStartThatDoesNotFitTheNetworkIsRefusedAndChangesNothing() {
        String other = StartWeights.of(fresh("&layers=dense:5:tanh").network).toJson();
        Experiment b = fresh("");
        long[] before = bits(b);
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> b.startFrom(StartWeights.parse(other)));
        assertEquals("the starting weights have 4 tensors and this network has 12: its layers differ", x.getMessage());
        String narrower = StartWeights.of(fresh("&layers=dense:5:tanh,bn,res(dense:5:relu),dense:4:tanh").network).toJson();
        x = assertThrows(IllegalArgumentException.class, () -> b.startFrom(StartWeights.parse(narrower)));
        assertEquals("starting weight tensor 1 is layer 0 kernel [2, 5], and this network's is layer 0 kernel [2, 6]", x.getMessage());
        assertArrayEquals(before, bits(b));
        assertEquals(null, b.start());
    }

    @Test
    void garbledOrNonFiniteStartsSayWhatIsWrong() {
        String good = StartWeights.of(fresh("").network).toJson();
        assertEquals("starting weights are a JSON object with a list \"params\"",
                assertThrows(IllegalArgumentException.class, () -> StartWeights.parse("[1, 2]")).getMessage());
        String hex = good.substring(good.indexOf("\"0x"), good.indexOf('"', good.indexOf("\"0x") + 1) + 1);
        assertEquals("starting weight tensor 1: '0xzz' is not a number (values are numbers or \"0x\" and up to 16 hex digits)",
                assertThrows(IllegalArgumentException.class, () -> StartWeights.parse(good.replaceFirst(hex, "\"0xzz\""))).getMessage());
        assertEquals("starting weight tensor 1: \"values\" must be a list of 12 numbers (its shape is [2, 6])",
                assertThrows(IllegalArgumentException.class, () -> StartWeights.parse(good.replaceFirst(hex + ",", ""))).getMessage());
        assertEquals("starting weight tensor 1 (kernel) holds Infinity: every weight must be a finite number",
                assertThrows(IllegalArgumentException.class, () -> StartWeights.parse(good.replaceFirst(hex, "\"0x7ff0000000000000\"")))
                        .getMessage());
        assertEquals("starting weight tensor 1 has an unknown field 'bits' (fields: layer, name, shape, values)",
                assertThrows(IllegalArgumentException.class, () -> StartWeights.parse(good.replaceFirst("\\{\"layer\"", "{\"bits\":1,\"layer\"")))
                        .getMessage());
    }

    @Test
    void aStartComesBeforeTrainingAndBeforeAnyWeightSetByHand() {
        StartWeights w = StartWeights.of(fresh("").network);
        Experiment trained = fresh("");
        trained.run.stepBatch();
        assertThrows(IllegalArgumentException.class, () -> trained.startFrom(w));
        Experiment edited = fresh("");
        edited.setWeight(1, 0, 0, 0.5);
        assertThrows(IllegalArgumentException.class, () -> edited.startFrom(w));
        assertFalse(edited.start() != null);
    }
}
