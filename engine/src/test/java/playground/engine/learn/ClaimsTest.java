package playground.engine.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import playground.engine.text.Numbers;

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
        int[] turns = Claims.bowlReversals();
        assertEquals("SGD", Learn.OPTIMIZER_NAMES.get(0));
        assertEquals(Claims.TURN_STEPS - 1, turns[0]);
        String sentence = Claims.optimizers();
        assertTrue(sentence.startsWith("At the default settings"), sentence);
        assertTrue(sentence.contains("plain SGD at η = 0.09 zig-zags across the valley: it changes direction 49 times in the first 50 steps"),
                sentence);
        for (int i = 1; i < turns.length; i++) {
            String name = Learn.OPTIMIZER_NAMES.get(i);
            assertTrue(sentence.contains(name + " " + turns[i]), name + " is counted in: " + sentence);
            assertTrue(turns[i] < 49, name + " zig-zags less than SGD");
        }
    }

    @Test
    void theSaddleSentenceNamesExactlyTheOptimizersThatEndBelowMinusOne() {
        // SGD's y grows by 1 + 2η a step on x² − y²: 0.02 · 1.18^100 ≈ 3.1e5, far below −1 and still on the scale
        Race sgd = Race.run(Surface.SADDLE, "sgd", Learn.SGD_RATE, Surface.SADDLE.startX, Surface.SADDLE.startY, 100);
        assertEquals(0.02 * Math.pow(1 + 2 * Learn.SGD_RATE, 100), sgd.ys[100], 1e-6 * sgd.ys[100]);
        List<String> escaped = Claims.escaped(Claims.saddleRaces());
        assertTrue(escaped.contains("SGD"), escaped.toString());
        // each racer run here from its id and default rate, independently of the view's settings parser
        String[] ids = {"sgd", "momentum:0.9", "momentum:0.9:ema", "adagrad", "rmsprop:0.9", "adam:0.9:0.999"};
        assertEquals(ids.length, Learn.OPTIMIZER_RATES.length);
        for (int i = 0; i < ids.length; i++) {
            Race r = Race.run(Surface.SADDLE, ids[i], Learn.OPTIMIZER_RATES[i], Surface.SADDLE.startX, Surface.SADDLE.startY, 100);
            boolean below = r.divergedAt < 0 && r.losses[100] < -1;
            assertEquals(below, escaped.contains(Learn.OPTIMIZER_NAMES.get(i)), ids[i] + " ends at " + r.losses[r.losses.length - 1]);
        }
        String sentence = Claims.optimizers();
        assertTrue(sentence.contains(escaped.size() == ids.length ? "every one has escaped" : String.join(", ", escaped)), sentence);
        assertTrue(sentence.contains("(y = 0.02)"), sentence);
    }

    @Test
    void theLargeRateGrowsByOnePointOneAStepAndItsDecayedRunConverges() {
        // on ½(x² + 20y²) SGD multiplies y by 1 − 20η: at 0.105 that is −1.1, at 0.099 it is −0.98
        assertEquals(0.105, Learn.RATES[2]);
        assertEquals(-1.1, Surface.BOWL.stepFactors(0.105)[1], 1e-12);
        assertEquals(-0.98, Surface.BOWL.stepFactors(0.099)[1], 1e-12);
        double[] growth = Claims.largeRateGrowth();
        // the large run alone, by the closed form: x shrinks by 1 − η, y grows by 1.1 a step until the loss passes 1000×
        double x0 = Surface.BOWL.startX;
        double y0 = Surface.BOWL.startY;
        double start = 0.5 * (x0 * x0 + 20 * y0 * y0);
        int t = 0;
        double loss = start;
        while (loss <= 1e3 * start) {
            t++;
            double x = x0 * Math.pow(1 - 0.105, t);
            double y = y0 * Math.pow(-1.1, t);
            loss = 0.5 * (x * x + 20 * y * y);
        }
        assertEquals(loss / start, growth[0], 1e-9 * growth[0]);
        assertTrue(growth[1] < 1e-3, "decayed: the rate is 0.0525 after 25 steps, below 2/20, and the loss falls: " + growth[1]);
        assertTrue(growth[2] > 50, "but it grows first, 1.21-fold a step for 25 steps: " + growth[2]);
        String sentence = Claims.learningRate();
        assertTrue(sentence.startsWith("At the defaults"), sentence);
        assertTrue(sentence.contains("|1 − ηλ| = 1.1,"), sentence);
        assertTrue(sentence.contains("1.21-fold"), sentence);
        assertTrue(sentence.contains("it takes " + t + " steps to pass a thousand times its start"), sentence);
        assertTrue(sentence.contains("from 0.105 to 0.099 (factor 0.98)"), sentence);
        assertTrue(sentence.contains("multiplies it by 0.5 every 25 steps"), sentence);
        assertTrue(sentence.contains("ending at " + Numbers.significant(growth[1], 3) + " times its start"), sentence);
    }
}
