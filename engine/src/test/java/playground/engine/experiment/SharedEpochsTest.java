package playground.engine.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import playground.engine.data.Synthetic;
import playground.engine.data.Table;
import playground.engine.spec.ExperimentSpec;

/**
 * A grid's runs that differ only in epochs, trained once to the longest cap, give every shorter run exactly what it
 * gives alone: each result's whole JSON (every epoch's numbers, the events, the metrics, the confusion matrix) is
 * compared as text, and the engine writes doubles in their shortest exact form, so equal text is equal bits.
 */
class SharedEpochsTest {
    private static void sharedEqualsSeparate(String base, String grid, Table table) {
        List<ExperimentSpec> points = Grid.parse(grid).expand(ExperimentSpec.fromQuery(base).spec);
        List<List<Integer>> groups = Grid.sameButEpochs(points);
        assertTrue(groups.size() < points.size(), "the grid has runs to share");
        Set<Integer> epochsRun = new HashSet<>();
        Set<String> kinds = new HashSet<>();
        for (List<Integer> group : groups) {
            List<ExperimentSpec> specs = new ArrayList<>();
            for (int i : group) {
                specs.add(points.get(i));
            }
            List<Experiment.Shared> shared = Experiment.runSharingEpochs(specs, table, null);
            for (int k = 0; k < specs.size(); k++) {
                ExperimentResult alone = Experiment.runToEnd(specs.get(k), table, null, List.of());
                assertNull(shared.get(k).error, specs.get(k).toQuery());
                assertEquals(alone.toJson(), shared.get(k).result.toJson(), specs.get(k).toQuery());
                epochsRun.add(alone.history().epochs());
                alone.history().events().forEach(e -> kinds.add(e.kind.name()));
                if (alone.history().diverged()) {
                    kinds.add("diverged run");
                } else if (alone.history().stoppedEarly()) {
                    kinds.add("early stop");
                }
            }
        }
        // the grid reaches every case the sharing must get right, so a mistake in any of them shows
        assertTrue(epochsRun.size() >= 4, "caps reached: " + epochsRun);
        assertTrue(kinds.containsAll(List.of("BEST", "RESTORED", "LR_REDUCED", "EARLY_STOP", "early stop")), kinds.toString());
    }

    @Test
    void regressionWithEveryCallbackGivesEachCapItsOwnResult() {
        sharedEqualsSeparate("data=plane&n=200&noise=0.3&layers=bn,dense:8:tanh,dropout:0.2,dense:8:relu&opt=adam&batch=16"
                        + "&ckpt=val_loss:restore&rlr=val_loss:0.5:2:1e-4&es=val_loss:4:0.0001:restore&val=0.2&test=0.2",
                "epochs=0,1,3,8,20,60;lr=0.03,0.3;decay=constant,step:0.5:40", table("plane", 200));
    }

    @Test
    void classificationWithVersionOnesEarlyStopAndADivergingRate() {
        sharedEqualsSeparate("v=1&data=circle&n=200&noise=0.1&layers=dense:6:tanh,dense:6:tanh&opt=sgd&batch=10"
                        + "&ckpt=val_loss&es=val_loss:3:0.001:restore:on_stop&rlr=val_loss:0.2:2:1e-5&val=0.2&test=0.2",
                "epochs=2,5,15,40;lr=0.1,30", table("circle", 200));
    }

    @Test
    void runsThatDifferInMoreThanEpochsAreNotShared() {
        List<ExperimentSpec> points = Grid.parse("epochs=5,10;lr=0.1,0.01").expand(ExperimentSpec.defaults());
        assertEquals(List.of(List.of(0, 2), List.of(1, 3)), Grid.sameButEpochs(points));
        assertThrows(IllegalArgumentException.class, () -> Experiment.runSharingEpochs(points, table("circle", 50), null));
    }

    private static Table table(String name, int rows) {
        return Synthetic.table(name, rows, 0.1, 1);
    }
}
