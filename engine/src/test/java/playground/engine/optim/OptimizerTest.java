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

    @Test
    void momentumAveragesGradients() {
        // v1 = 0.1·0.5 = 0.05 → w = 1 − 0.005 = 0.995; v2 = 0.9·0.05 + 0.05 = 0.095 → w = 0.995 − 0.0095 = 0.9855
        double[] w = steps(new Momentum(0.1, 0.9, false), 2);
        assertEquals(0.9855, w[0], 1e-15);
        // second weight: v1 = −0.01, v2 = −0.019 → w = −2 + 0.001 + 0.0019 = −1.9971
        assertEquals(-1.9971, w[1], 1e-15);
    }

    @Test
    void nesterovLooksAhead() {
        // step 1: v = 0.05, look-ahead 0.9·0.05 + 0.1·0.5 = 0.095 → w = 1 − 0.0095 = 0.9905
        double[] w = steps(new Momentum(0.1, 0.9, true), 1);
        assertEquals(0.9905, w[0], 1e-15);
    }

    @Test
    void adagradDividesByTheRootOfTheSumOfSquares() {
        // G1 = 0.25 → w = 1 − 0.1·0.5/(0.5 + ε); G2 = 0.5 → w −= 0.1·0.5/(√0.5 + ε)
        double[] w = steps(new Adagrad(0.1), 2);
        double w1 = 1 - 0.05 / (0.5 + EPS);
        assertEquals(w1 - 0.05 / (0.7071067811865476 + EPS), w[0], 1e-15);
        assertEquals(0.829289352, w[0], 1e-9); // 0.90000002 − 0.07071067
    }

    @Test
    void rmspropDividesByTheRootOfAMovingMeanOfSquares() {
        // v1 = 0.1·0.25 = 0.025, √v1 = 0.15811388300841897 → w = 1 − 0.05/(0.158113883 + ε) = 0.68377224…
        double[] w = steps(new RmsProp(0.1, 0.9), 1);
        assertEquals(1 - 0.05 / (0.15811388300841897 + EPS), w[0], 1e-15);
        assertEquals(0.683772433, w[0], 1e-8);
    }

    @Test
    void adamsBiasCorrectionMakesTheFirstStepsTheSizeOfTheRate() {
        // t=1: m = 0.05, v = 0.00025; m̂ = 0.5, v̂ = 0.25 → w = 1 − 0.1·0.5/(0.5 + ε)
        // t=2: m = 0.095, v = 0.00049975; m̂ = 0.095/0.19 = 0.5, v̂ = 0.00049975/0.001999 = 0.25 → the same step again
        double[] w = steps(new Adam(0.1), 2);
        double step = 0.1 * 0.5 / (0.5 + EPS);
        assertEquals(1 - step - step, w[0], 1e-13);
        assertEquals(-2 + 0.1 * 0.1 / (0.1 + EPS) * 2, w[1], 1e-13);
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
