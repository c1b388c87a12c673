package playground.engine.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import playground.engine.nn.Param;

/**
 * Each rule against its first steps worked out by hand: w = (1, −2), a constant gradient g = (0.5, −0.1),
 * η = 0.1. Expected values are written as the arithmetic of the update rule, not computed by the code under test.
 */
class OptimizerTest {
    private static final double EPS = 1e-7;

    private static Param param() {
        Param p = new Param("w", new int[] {2}, true);
        p.value[0] = 1;
        p.value[1] = -2;
        p.grad[0] = 0.5;
        p.grad[1] = -0.1;
        return p;
    }

    private static double[] steps(Optimizer opt, int n) {
        Param p = param();
        for (int i = 0; i < n; i++) {
            opt.step(List.of(p));
        }
        return p.value;
    }

    @Test
    void sgdSubtractsRateTimesGradient() {
        double[] w = steps(new Sgd(0.1), 2);
        assertEquals(1 - 0.05 - 0.05, w[0], 1e-15);    // 0.9
        assertEquals(-2 + 0.01 + 0.01, w[1], 1e-15);   // −1.98
    }

    /** Steps on the loss w²/2 (gradient = w), as the Keras and TensorFlow docstrings' examples do. */
    private static double onHalfSquare(Optimizer opt, double w0, int n) {
        Param p = new Param("w", new int[] {1}, true);
        p.value[0] = w0;
        for (int i = 0; i < n; i++) {
            p.grad[0] = p.value[0];
            opt.step(List.of(p));
        }
        return p.value[0];
    }

    @Test
    void kerasMomentumStepsAsTheSgdDocstringSays() {
        // tf.keras SGD(learning_rate=0.1, momentum=0.9) on var²/2 from 1.0: first step 0.1, second 0.18 (its docstring)
        double w1 = onHalfSquare(new Momentum(0.1, 0.9, false), 1, 1);
        double w2 = onHalfSquare(new Momentum(0.1, 0.9, false), 1, 2);
        assertEquals(0.1, 1 - w1, 1e-15);
        assertEquals(0.18, w1 - w2, 1e-15);
    }

    @Test
    void kerasMomentumKeepsEachStepsOwnRateUnderASchedule() {
        // Keras: m ← β·m − η_t·g, w ← w + m, with η_t = 0.1/(1 + t): 0.1, 0.05, 0.0333…
        Optimizer opt = new Momentum(0.1, 0.9, false).withSchedule(LrSchedule.timeBased(1));
        double[] w = steps(opt, 3);
        double m1 = -0.1 * 0.5;
        double m2 = 0.9 * m1 - 0.05 * 0.5;
        double m3 = 0.9 * m2 - 0.1 / 3 * 0.5;
        assertEquals(1 + m1 + m2 + m3, w[0], 1e-15);
        // TensorFlow.js's a ← β·a + g, w ← w − η_t·a applies today's rate to all the past: 0.057 further here
        double tfjs = 1 - 0.1 * 0.5 - 0.05 * 0.95 - 0.1 / 3 * 1.355;
        assertEquals(0.057, tfjs - w[0], 1e-6);
    }

    @Test
    void kerasNesterovAddsTheLookAheadOfTheUpdatedMomentum() {
        // m = −η·g = −0.05; w ← w + β·m − η·g = 1 − 0.045 − 0.05 = 0.905; step 2: m = −0.045 − 0.05 = −0.095,
        // w ← 0.905 − 0.0855 − 0.05 = 0.7695
        assertEquals(0.905, steps(new Momentum(0.1, 0.9, true), 1)[0], 1e-15);
        assertEquals(0.7695, steps(new Momentum(0.1, 0.9, true), 2)[0], 1e-15);
    }

    @Test
    void thePrimersEmaMomentumAveragesGradients() {
        // v1 = 0.1·0.5 = 0.05 → w = 1 − 0.005 = 0.995; v2 = 0.9·0.05 + 0.05 = 0.095 → w = 0.995 − 0.0095 = 0.9855
        double[] w = steps(new Momentum(0.1, 0.9, false, true), 2);
        assertEquals(0.9855, w[0], 1e-15);
        assertEquals(-1.9971, w[1], 1e-15); // v1 = −0.01, v2 = −0.019 → w = −2 + 0.001 + 0.0019
        // Nesterov: v = 0.05, look-ahead 0.9·0.05 + 0.1·0.5 = 0.095 → w = 1 − 0.0095 = 0.9905
        assertEquals(0.9905, steps(new Momentum(0.1, 0.9, true, true), 1)[0], 1e-15);
    }

    @Test
    void theEmaFormAtRateEtaIsKerasAtEtaTimesOneMinusBeta() {
        for (boolean nesterov : new boolean[] {false, true}) {
            double ema = onHalfSquare(new Momentum(0.5, 0.9, nesterov, true), 3, 40);
            double keras = onHalfSquare(new Momentum(0.5 * (1 - 0.9), 0.9, nesterov, false), 3, 40);
            assertEquals(ema, keras, 1e-13);
        }
    }

    @Test
    void kerasAdagradStartsItsAccumulatorAt0point1AndPutsEpsilonUnderTheRoot() {
        // G0 = 0.1; G1 = 0.35 → w = 1 − 0.1·0.5/√(0.35 + ε); G2 = 0.6 → w −= 0.05/√(0.6 + ε)
        double[] w = steps(new Adagrad(0.1), 2);
        assertEquals(1 - 0.05 / Math.sqrt(0.35 + EPS) - 0.05 / Math.sqrt(0.6 + EPS), w[0], 1e-15);
        assertEquals(0.850935, w[0], 1e-6); // 1 − 0.0845154 − 0.0645497
    }

    @Test
    void thePrimersAdagradStartsAt0WithEpsilonOutsideTheRoot() {
        // G1 = 0.25 → w = 1 − 0.1·0.5/(0.5 + ε); G2 = 0.5 → w −= 0.1·0.5/(√0.5 + ε)
        double[] w = steps(new Adagrad(0.1, 0, true), 2);
        double w1 = 1 - 0.05 / (0.5 + EPS);
        assertEquals(w1 - 0.05 / (0.7071067811865476 + EPS), w[0], 1e-15);
        assertEquals(0.829289352, w[0], 1e-9);
    }

    @Test
    void kerasRmspropStepsAsItsDocstringSays() {
        // keras.optimizers.RMSprop(learning_rate=0.1) on var²/2 from 10.0: one step gives 9.683772 (its docstring)
        assertEquals(9.683772, onHalfSquare(new RmsProp(0.1, 0.9), 10, 1), 1e-6);
        // v = 0.1·0.25 = 0.025 → w = 1 − 0.05/√(0.025 + ε)
        assertEquals(1 - 0.05 / Math.sqrt(0.025 + EPS), steps(new RmsProp(0.1, 0.9), 1)[0], 1e-15);
    }

    @Test
    void kerasCenteredRmspropDividesByTheVariance() {
        // v = 0.025, ḡ = 0.05 → √(0.025 − 0.0025 + ε) → w = 1 − 0.05/√0.0225001
        double[] w = steps(new RmsProp(0.1, 0.9, 0, true, false), 1);
        assertEquals(1 - 0.05 / Math.sqrt(0.025 - 0.0025 + EPS), w[0], 1e-15);
    }

    @Test
    void kerasRmspropMomentumAccumulatesTheIncrements() {
        // inc1 = 0.05/√(0.025 + ε), u1 = inc1; v2 = 0.0475, inc2 = 0.05/√(0.0475 + ε), u2 = 0.5·u1 + inc2
        double[] w = steps(new RmsProp(0.1, 0.9, 0.5, false, false), 2);
        double inc1 = 0.05 / Math.sqrt(0.025 + EPS);
        double inc2 = 0.05 / Math.sqrt(0.0475 + EPS);
        assertEquals(1 - inc1 - (0.5 * inc1 + inc2), w[0], 1e-15);
    }

    @Test
    void thePrimersRmspropPutsEpsilonOutsideTheRoot() {
        double[] w = steps(new RmsProp(0.1, 0.9, 0, false, true), 1);
        assertEquals(1 - 0.05 / (0.15811388300841897 + EPS), w[0], 1e-15);
        assertEquals(0.683772433, w[0], 1e-8);
        assertThrows(IllegalArgumentException.class, () -> new RmsProp(0.1, 0.9, 0.5, false, true));
    }

    @Test
    void kerasAdamFoldsTheBiasCorrectionIntoTheRate() {
        // Adam(learning_rate=0.1) on var²/2 from 10.0: one step gives 9.9 (TensorFlow's docstring)
        assertEquals(9.9, onHalfSquare(new Adam(0.1), 10, 1), 1e-6);
        // t=1: m = 0.05, v = 0.00025, α = 0.1·√0.001/0.1 → w = 1 − α·0.05/(√0.00025 + ε)
        // t=2: m = 0.095, v = 0.00049975, α = 0.1·√(1 − 0.999²)/(1 − 0.9²) → w −= α·0.095/(√0.00049975 + ε)
        double[] w = steps(new Adam(0.1), 2);
        double a1 = 0.1 * Math.sqrt(0.001) / 0.1;
        double a2 = 0.1 * Math.sqrt(1 - 0.999 * 0.999) / (1 - 0.9 * 0.9);
        assertEquals(1 - a1 * 0.05 / (Math.sqrt(0.00025) + EPS) - a2 * 0.095 / (Math.sqrt(0.00049975) + EPS), w[0], 1e-15);
    }

    @Test
    void thePapersAdamPutsEpsilonOnTheCorrectedRoot() {
        // t=1: m = 0.05, v = 0.00025; m̂ = 0.5, v̂ = 0.25 → w = 1 − 0.1·0.5/(0.5 + ε)
        // t=2: m = 0.095, v = 0.00049975; m̂ = 0.095/0.19 = 0.5, v̂ = 0.00049975/0.001999 = 0.25 → the same step again
        double[] w = steps(new Adam(0.1, 0.9, 0.999, EPS, true), 2);
        double step = 0.1 * 0.5 / (0.5 + EPS);
        assertEquals(1 - step - step, w[0], 1e-13);
        assertEquals(-2 + 0.1 * 0.1 / (0.1 + EPS) * 2, w[1], 1e-13);
        // Keras's ε is the paper's times √(1 − β2^t): at t = 1 the two differ in the 8th digit here
        double keras = steps(new Adam(0.1), 1)[0];
        assertEquals(1 - 0.05 / (0.5 + EPS / Math.sqrt(0.001)), keras, 1e-15);
    }

    @Test
    void timeBasedDecayLowersTheRateEveryStep() {
        // η_t = 0.1/(1 + 0.5t): 0.1, 0.0666…, 0.05 → w = 1 − 0.5·(0.1 + 0.1/1.5 + 0.05)
        Optimizer sgd = new Sgd(0.1).withSchedule(LrSchedule.timeBased(0.5));
        double[] w = steps(sgd, 3);
        assertEquals(1 - 0.5 * (0.1 + 0.1 / 1.5 + 0.05), w[0], 1e-15);
        assertEquals(0.1 / 2.5, sgd.currentRate(), 1e-15);
    }

    @Test
    void stepAndExponentialDecayFollowTheirFormulas() {
        assertEquals(0.25, LrSchedule.step(0.5, 10).factor(25), 0);
        assertEquals(1, LrSchedule.step(0.5, 10).factor(9), 0);
        assertEquals(Math.pow(0.96, 0.5), LrSchedule.exponential(0.96, 100).factor(50), 1e-15);
    }

    @Test
    void nonTrainableParametersAreLeftAlone() {
        Param frozen = new Param("moving_mean", new int[] {1}, false);
        frozen.value[0] = 3;
        Param p = param();
        new Adam(0.1).step(List.of(frozen, p));
        assertEquals(3, frozen.value[0], 0);
    }

    @Test
    void aNonPositiveRateIsRejectedWithAMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Sgd(0));
        assertEquals("learning rate must be a positive number, was 0", e.getMessage());
    }
}
