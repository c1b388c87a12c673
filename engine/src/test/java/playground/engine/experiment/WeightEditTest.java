package playground.engine.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import playground.engine.data.Synthetic;
import playground.engine.nn.Dense;
import playground.engine.session.Session;
import playground.engine.spec.ExperimentSpec;

/** Weights set by hand: refused when absurd, logged where the run was, and replayed bit for bit. */
class WeightEditTest {
    private static final String QUERY = "v=1&data=xor&layers=dense:4:tanh,dense:3:tanh&epochs=6&batch=50&seed=4";

    private static Experiment fresh() {
        ExperimentSpec s = ExperimentSpec.fromQuery(QUERY).spec;
        return Experiment.prepare(s, Synthetic.table("xor", 400, 0.1, 1), null, List.of());
    }

    private static double[] kernels(Experiment e) {
        List<Double> all = new java.util.ArrayList<>();
        for (playground.engine.nn.Param p : e.network.params()) {
            for (double v : p.value) {
                all.add(v);
            }
        }
        return all.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The run's loss, val_loss and accuracy per epoch (Double.equals: bit for bit). */
    private static List<List<Double>> log(Experiment e) {
        return List.of(e.run.history().series("loss"), e.run.history().series("val_loss"), e.run.history().series("accuracy"));
    }

    @Test
    void aReplayedLogOfEditsReproducesTheRunBitForBit() {
        Experiment a = fresh();
        a.setWeight(1, 0, 2, -1.5); // before training
        a.run.stepEpoch();
        a.run.stepEpoch();
        a.run.stepBatch();
        a.setWeight(2, 3, 1, 0.75); // mid-epoch, after a batch
        a.run.stepEpoch();
        a.setWeight(3, 2, 0, 2.0); // the output layer, at an epoch's end
        a.train();
        a.setWeight(1, 1, 1, 0.125); // after the last epoch
        assertEquals(4, a.edits().size());
        assertEquals(new Experiment.WeightEdit(2, 1, 2, 3, 1, 0.75), a.edits().get(1));

        Experiment b = fresh();
        b.replay(a.edits());
        b.train();
        assertEquals(log(a), log(b));
        assertArrayEquals(kernels(a), kernels(b), "every weight, bit for bit");
        assertEquals(a.edits(), b.edits(), "the replay logs the same edits");

        Experiment plain = fresh();
        plain.train();
        assertNotEquals(log(plain), log(a), "the edits changed the run");
    }

    @Test
    void aNanInfiniteAbsurdOrMissingWeightIsRefusedAndNothingChanges() {
        Experiment e = fresh();
        double[] before = kernels(e);
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, 1e9}) {
            assertThrows(IllegalArgumentException.class, () -> e.setWeight(1, 0, 0, bad));
        }
        IllegalArgumentException m = assertThrows(IllegalArgumentException.class, () -> e.setWeight(1, 2, 0, 1));
        assertTrue(m.getMessage().contains("2 × 4"), m.getMessage());
        assertThrows(IllegalArgumentException.class, () -> e.setWeight(4, 0, 0, 1));
        assertArrayEquals(before, kernels(e));
        assertTrue(e.edits().isEmpty());
        Dense first = (Dense) e.network.layers().get(0);
        e.setWeight(1, 1, 3, -0.5);
        assertEquals(-0.5, first.kernel().value[1 * 4 + 3]);
    }

    @Test
    void theSessionSetsWeightsRefusesWithTheKeyWeightAndReplaysASavedLog() {
        Session s = new Session();
        s.prepare(QUERY);
        assertTrue(s.setWeight(1, 0, 0, "1e9").contains("\"rejected\":{\"key\":\"weight\""));
        assertTrue(s.setWeight(1, 0, 0, "abc").contains("is not a number"));
        String ok = s.setWeight(1, 0, 0, "0.5");
        assertTrue(ok.startsWith("{\"edits\":[{\"epoch\":0,\"batch\":0,\"layer\":1,\"row\":0,\"unit\":0,\"value\":0.5}"), ok);
        String log = s.edits();
        Session other = new Session();
        other.prepare(QUERY);
        assertEquals("{\"edits\":1}", other.replayEdits(log));
        assertEquals(log, other.edits());
        assertTrue(other.replayEdits("[{\"epoch\":\"x\"}]").contains("cannot be replayed"));
        String bad = "[{\"epoch\":0,\"batch\":0,\"layer\":1,\"row\":0,\"unit\":0,\"value\":0.25},"
                + "{\"epoch\":1,\"batch\":0,\"layer\":9,\"row\":0,\"unit\":0,\"value\":1}]";
        Session third = new Session();
        third.prepare(QUERY);
        assertTrue(third.replayEdits(bad).contains("edit 2"), "a bad entry refuses the whole log");
        assertEquals("[]", third.edits(), "and nothing of it was applied");
        assertFalse(third.step("epoch").contains("\"error\""), "the experiment still trains");
    }
}
