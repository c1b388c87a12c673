package playground.engine.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimsTest {
    @Test
    void reversalsCountTheStepsThatChangeDirection() {
        assertEquals(0, Claims.reversals(new double[] {3, 2, 1, 0}, 3));
        assertEquals(2, Claims.reversals(new double[] {0, 1, 0, 1}, 3));
        assertEquals(1, Claims.reversals(new double[] {0, 1, 0, 1}, 2), "only the first steps count");
        assertEquals(0, Claims.reversals(new double[] {2, 0, 0, 0}, 3), "landing on the floor is no reversal");
    }

    @Test
    void plainSgdAtItsDefaultRateZigZagsEveryStepAcrossTheBowl() {
        // on the bowl ½(x² + 20y²) a step of SGD multiplies y by 1 − 20η: at η = 0.09 that is −0.8, a reversal every step
        double eta = Learn.SGD_RATE;
        assertEquals(-0.8, 1 - 20 * eta, 1e-12);
        double[] ys = new double[Claims.TURN_STEPS + 1];
        ys[0] = Surface.BOWL.startY;
        for (int t = 1; t < ys.length; t++) {
            ys[t] = ys[t - 1] * (1 - 20 * eta);
        }
        assertEquals(Claims.TURN_STEPS - 1, Claims.reversals(ys, Claims.TURN_STEPS));
        List<Object[]> turns = Claims.bowlReversals();
        assertEquals("SGD", turns.get(0)[0]);
        assertEquals(Claims.TURN_STEPS - 1, turns.get(0)[1]);
        String sentence = Claims.optimizersTryThis();
        assertTrue(sentence.contains("plain SGD at η = 0.09 zig-zags across the valley: it changes direction 49 times in the first 50 steps"),
                sentence);
        for (Object[] t : turns.subList(1, turns.size())) {
            assertTrue(sentence.contains(t[0] + " " + t[1]), t[0] + " is counted in: " + sentence);
            assertTrue((Integer) t[1] < 49, t[0] + " zig-zags less than SGD");
        }
    }

    @Test
    void theSaddleSentenceNamesExactlyTheOptimizersThatEndBelowMinusOne() {
        // SGD's y grows by 1 + 2η a step on x² − y²: 0.02 · 1.18^100 ≈ 3.1e5, far below −1 and still on the scale
        Race sgd = Race.run(Surface.SADDLE, "sgd", Learn.SGD_RATE, Surface.SADDLE.startX, Surface.SADDLE.startY, 100);
        assertEquals(0.02 * Math.pow(1 + 2 * Learn.SGD_RATE, 100), sgd.ys[100], 1e-6 * sgd.ys[100]);
        List<String> escaped = Claims.saddleEscapes();
        assertTrue(escaped.contains("SGD"), escaped.toString());
        String[][] racers = {{"sgd", "0.09"}, {"momentum:0.9", "0.005"}, {"momentum:0.9:ema", "0.05"}, {"adagrad", "0.5"},
            {"rmsprop:0.9", "0.05"}, {"adam:0.9:0.999", "0.1"}};
        for (int i = 0; i < racers.length; i++) {
            Race r = Race.run(Surface.SADDLE, racers[i][0], Double.parseDouble(racers[i][1]), -1.8, 0.02, 100);
            boolean below = r.divergedAt < 0 && r.losses[100] < -1;
            assertEquals(below, escaped.contains(Learn.OPTIMIZER_NAMES.get(i)), racers[i][0] + " ends at " + r.losses[r.losses.length - 1]);
        }
        assertTrue(Claims.optimizersTryThis().contains(escaped.size() == racers.length ? "every one has escaped" : String.join(", ", escaped)),
                Claims.optimizersTryThis());
    }
}
