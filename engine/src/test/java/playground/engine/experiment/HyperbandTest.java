package playground.engine.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import playground.engine.data.Synthetic;
import playground.engine.data.Table;
import playground.engine.spec.ExperimentSpec;

/**
 * Hyperband's tables as Keras Tuner computes them. Each expected table was printed by Python 3 running the formulas
 * of keras_tuner's HyperbandOracle (_get_num_brackets, _get_size, _get_epochs) for that pair, brackets from the
 * most aggressive down, each round as size×epochs. 27, 81 and 243 at factor 3 and 125 at factor 5 are powers of
 * the factor, where a ceil of log(max)/log(factor) decides the table: Python gives exactly 3.0 and 4.0 for 27 and 81,
 * but 4.999999999999999 for 243 and 3.0000000000000004 for 125, one ulp off the whole number.
 */
class HyperbandTest {
    private static void table(int maxEpochs, int factor, String expected) {
        assertEquals(expected, new Hyperband(maxEpochs, factor).table(), maxEpochs + " epochs, factor " + factor);
    }

    @Test
    void powersOfTheFactorMatchKerasTunersTables() {
        table(27, 3, "b3: 27×1 9×3 3×9 1×27; b2: 12×3 4×9 2×27; b1: 6×9 2×27; b0: 4×27");
        table(81, 3, "b4: 81×1 27×3 9×9 3×27 1×81; b3: 34×3 12×9 4×27 2×81; b2: 15×9 5×27 2×81; b1: 8×27 3×81; b0: 5×81");
        table(243, 3, "b5: 243×1 81×3 27×9 9×27 3×81 1×243; b4: 98×3 33×9 11×27 4×81 2×243; b3: 41×9 14×27 5×81 2×243; "
                + "b2: 18×27 6×81 2×243; b1: 9×81 3×243; b0: 6×243");
        table(9, 3, "b2: 9×1 3×3 1×9; b1: 5×3 2×9; b0: 3×9");
        table(8, 2, "b3: 8×1 4×2 2×4 1×8; b2: 6×2 3×4 2×8; b1: 4×4 2×8; b0: 4×8");
        table(16, 2, "b4: 16×1 8×2 4×4 2×8 1×16; b3: 10×2 5×4 3×8 2×16; b2: 7×4 4×8 2×16; b1: 5×8 3×16; b0: 5×16");
        table(64, 4, "b3: 64×1 16×4 4×16 1×64; b2: 22×4 6×16 2×64; b1: 8×16 2×64; b0: 4×64");
        table(125, 5, "b3: 125×1 25×5 5×25 1×125; b2: 34×5 7×25 2×125; b1: 10×25 2×125; b0: 4×125");
    }

    @Test
    void otherBudgetsMatchKerasTunersTables() {
        table(100, 3, "b4: 98×2 33×4 11×12 4×34 2×100; b3: 41×4 14×12 5×34 2×100; b2: 18×12 6×34 2×100; b1: 9×34 3×100; b0: 6×100");
        table(10, 3, "b2: 12×2 4×4 2×10; b1: 6×4 2×10; b0: 4×10");
        table(30, 4, "b2: 22×2 6×8 2×30; b1: 8×8 2×30; b0: 4×30");
        table(50, 2, "b5: 38×2 19×4 10×7 5×13 3×25 2×50; b4: 23×4 12×7 6×13 3×25 2×50; b3: 14×7 7×13 4×25 2×50; "
                + "b2: 10×13 5×25 3×50; b1: 7×25 4×50; b0: 7×50");
        table(1, 3, "b0: 1×1");
        table(2, 3, "b0: 2×2");
    }

    @Test
    void aFactorBelowTwoIsRefusedAsInKerasTuner() {
        assertThrows(IllegalArgumentException.class, () -> new Hyperband(27, 1));
        assertThrows(IllegalArgumentException.class, () -> new Hyperband(0, 3));
    }

    /** A score per trial without training: the schedule alone. */
    private static Trial.Result scored(Trial t, double score) {
        return new Trial.Result(t, null, score, null, null);
    }

    @Test
    void eachRoundContinuesTheBestOfTheRoundBeforeWithItsBudget() {
        Search s = Search.hyperband(Grid.parse("lr=1e-4..1e-1:log"), ExperimentSpec.defaults(), 9, 3, 1, 5, "val_loss");
        List<String> rounds = new ArrayList<>();
        for (List<Trial> round = s.nextRound(); !round.isEmpty(); round = s.nextRound()) {
            StringBuilder sb = new StringBuilder();
            for (Trial t : round) {
                sb.append(sb.length() == 0 ? "" : " ").append(t.id).append(t.parent >= 0 ? "<" + t.parent : "")
                        .append('@').append(t.initialEpoch).append('-').append(t.epochs);
                assertEquals(t.epochs - t.initialEpoch, t.spec.integer("epochs"));
                if (t.parent >= 0) {
                    assertEquals(s.results().get(t.parent).trial.spec.with("epochs", "1"), t.spec.with("epochs", "1"), "the parent's point");
                }
            }
            rounds.add("b" + round.get(0).bracket + "r" + round.get(0).round + ": " + sb);
            for (Trial t : round) {
                s.report(scored(t, t.id % 4 == 1 ? Double.NaN : 100 - t.id)); // later trials score better; some NaN
            }
        }
        // bracket 2: 9 trials of 1 epoch, the best 3 go on to 3 epochs, the best of those to 9; NaN-scored trials
        // (1, 5) are never promoted; then bracket 1 (5 trials to 3 epochs, 2 of them to 9) and bracket 0 (3 to 9)
        assertEquals(List.of(
                "b2r0: 0@0-1 1@0-1 2@0-1 3@0-1 4@0-1 5@0-1 6@0-1 7@0-1 8@0-1",
                "b2r1: 9<8@1-3 10<7@1-3 11<6@1-3",
                "b2r2: 12<11@3-9",
                "b1r0: 13@0-3 14@0-3 15@0-3 16@0-3 17@0-3",
                "b1r1: 18<16@3-9 19<15@3-9",
                "b0r0: 20@0-9 21@0-9 22@0-9"), rounds);
        // 23 trials; epochs 9·1 + 3·2 + 1·6 (bracket 2) + 5·3 + 2·6 (bracket 1) + 3·9 (bracket 0)
        assertEquals(List.of(23, 75), List.of(s.plannedTrialsAndEpochs()[0], s.plannedTrialsAndEpochs()[1]));
    }

    @Test
    void aSmallSpaceRunsOutOfNewPointsAndTheSearchEndsEarly() {
        Search s = Search.random(Grid.parse("opt=sgd,adam"), ExperimentSpec.defaults(), 10, 1, "val_loss");
        assertEquals(2, s.nextRound().size());
        Search h = Search.hyperband(Grid.parse("opt=sgd,adam"), ExperimentSpec.defaults(), 3, 3, 1, 1, "val_loss");
        List<Trial> first = h.nextRound();
        assertEquals(2, first.size(), "bracket 1 wants 3 fresh points, and the space has 2");
        for (Trial t : first) {
            h.report(scored(t, t.id));
        }
        assertEquals(1, h.nextRound().size(), "its round 1 still runs");
    }

    @Test
    void aPromotedTrialStartsFromItsParentsBestEpochWeightsAndTrainsOnlyTheRest() {
        Table table = Synthetic.table("circle", 120, 0.1, 1);
        ExperimentSpec base = ExperimentSpec.fromQuery("data=circle&n=120&layers=dense:6:tanh&opt=adam&batch=10&val=0.3&test=0.2").spec;
        Search s = Search.hyperband(Grid.parse("lr=0.01..0.1:log"), base, 3, 3, 1, 2, "val_loss");
        List<Trial> first = s.nextRound();
        assertEquals(3, first.size(), "bracket 1, round 0: 3 trials of 1 epoch");
        for (Trial t : first) {
            Trial.Result r = t.run(table, null, null, "val_loss");
            assertEquals(1, r.result.history().epochs());
            s.report(r);
        }
        List<Trial> second = s.nextRound();
        assertEquals(1, second.size());
        Trial promoted = second.get(0);
        Trial.Result parent = s.results().get(promoted.parent);
        Experiment e = Experiment.prepare(promoted.spec, table, null, List.of());
        e.startFrom(s.weightsOf(promoted.parent));
        assertTrue(StartWeights.of(e.network).sameBits(parent.weights), "starts where the parent's best epoch left off");
        Trial.Result r = promoted.run(table, null, s.weightsOf(promoted.parent), "val_loss");
        assertEquals(2, r.result.history().epochs(), "3 epochs in all, 1 of them already trained");
        for (Trial.Result other : s.results()) {
            assertTrue(parent.score <= other.score, "the best of round 0 goes on");
        }
        s.report(r);
        assertEquals(2, s.nextRound().size(), "bracket 0: 2 trials of 3 epochs");
        assertEquals(null, s.weightsOf(promoted.parent), "weights no round can promote from any more are let go");
        assertTrue(s.weightsOf(promoted.id) != null);
    }
}
