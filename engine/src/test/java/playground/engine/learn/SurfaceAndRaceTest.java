package playground.engine.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SurfaceAndRaceTest {
    @Test
    void everySurfaceGradientMatchesFiniteDifferences() {
        double[][] points = {{0.3, -0.7}, {-1.2, 0.4}, {1.5, 1.1}, {-0.2, -1.9}};
        for (Surface s : Surface.values()) {
            for (double[] p : points) {
                double e = 1e-6;
                double[] g = s.gradient(p[0], p[1]);
                double gx = (s.value(p[0] + e, p[1]) - s.value(p[0] - e, p[1])) / (2 * e);
                double gy = (s.value(p[0], p[1] + e) - s.value(p[0], p[1] - e)) / (2 * e);
                assertEquals(gx, g[0], 1e-5 * Math.max(1, Math.abs(gx)), s + " ∂x at " + p[0] + "," + p[1]);
                assertEquals(gy, g[1], 1e-5 * Math.max(1, Math.abs(gy)), s + " ∂y at " + p[0] + "," + p[1]);
            }
        }
    }

    @Test
    void firstStepsMatchTheUpdateRulesByHand() {
        Surface s = Surface.BOWL; // gradient (x, 20y)
        double x0 = -3.5;
        double y0 = 2.5;
        double gx = x0;
        double gy = 20 * y0;
        Race sgd = Race.run(s, "sgd", 0.01, x0, y0, 2);
        assertEquals(x0 - 0.01 * gx, sgd.xs[1], 1e-15);
        assertEquals(y0 - 0.01 * gy, sgd.ys[1], 1e-15);
        // momentum as Keras computes it: m = −ηg, w += m on the first step; then m = βm − ηg
        Race momentum = Race.run(s, "momentum:0.9", 0.1, x0, y0, 2);
        assertEquals(x0 - 0.1 * gx, momentum.xs[1], 1e-15);
        double mx = -0.1 * gx;
        double x1 = x0 + mx;
        assertEquals(x1 + (0.9 * mx - 0.1 * x1), momentum.xs[2], 1e-12);
        // the primer's EMA form: v = (1 − β)g on the first step
        Race ema = Race.run(s, "momentum:0.9:ema", 0.1, x0, y0, 2);
        assertEquals(x0 - 0.1 * 0.1 * gx, ema.xs[1], 1e-15);
        double vx = 0.1 * gx;
        double e1 = x0 - 0.1 * vx;
        assertEquals(e1 - 0.1 * (0.9 * vx + 0.1 * e1), ema.xs[2], 1e-12);
        // Adagrad as Keras: the accumulator starts at 0.1, w −= η g / √(0.1 + g² + ε) on the first step
        Race adagrad = Race.run(s, "adagrad", 0.5, x0, y0, 1);
        assertEquals(x0 - 0.5 * gx / Math.sqrt(0.1 + gx * gx + 1e-7), adagrad.xs[1], 1e-12);
        // RMSprop (β = 0.9): s = 0.1 g²
        Race rms = Race.run(s, "rmsprop", 0.01, x0, y0, 1);
        assertEquals(y0 - 0.01 * gy / Math.sqrt(0.1 * gy * gy + 1e-7), rms.ys[1], 1e-12);
        // Adam: bias correction makes the first step η·g/(|g| + ε/√(1 − β2)) (Keras's ε on the uncorrected √v)
        Race adam = Race.run(s, "adam", 0.1, x0, y0, 1);
        assertEquals(x0 - 0.1 * gx / (Math.abs(gx) + 1e-7 / Math.sqrt(0.001)), adam.xs[1], 1e-13);
        assertEquals(y0 - 0.1 * gy / (Math.abs(gy) + 1e-7 / Math.sqrt(0.001)), adam.ys[1], 1e-13);
    }

    @Test
    void escapingDownTheSaddleIsNotDivergenceAndTheTwoMinimaStayAboveZero() {
        Race escape = Race.run(Surface.SADDLE, "adam", 0.1, -1.8, 0.02, 60);
        assertEquals(-1, escape.divergedAt);
        assertTrue(escape.losses[60] < -1, "it escaped: " + escape.losses[60]);
        for (double x = -3; x <= 3; x += 0.01) {
            assertTrue(Surface.TWO_MINIMA.value(x, 0) > 0.06, "f(" + x + ")");
        }
    }

    @Test
    void aTooLargeRateDivergesAndIsReportedNotHidden() {
        Race r = Race.run(Surface.BOWL, "sgd", 0.11, -3.5, 2.5, 2000); // 1 − 0.11·20 = −1.2: |·| > 1 across the valley
        assertTrue(r.divergedAt > 0, "diverged at " + r.divergedAt);
        assertEquals(r.divergedAt + 1, r.xs.length);
        Race good = Race.run(Surface.BOWL, "sgd", 0.05, -3.5, 2.5, 300);
        assertEquals(-1, good.divergedAt);
        assertTrue(good.losses[300] < 1e-3 * good.losses[0]);
    }

    @Test
    void theTrueMinimumIsWhereTheGradientVanishesAndNoPointOfAFineScanIsLower() {
        for (Surface s : Surface.values()) {
            double min = s.minimum();
            if (s == Surface.SADDLE) {
                assertTrue(Double.isNaN(min), "the saddle has none");
                continue;
            }
            double lowest = Double.POSITIVE_INFINITY;
            for (double x = s.xMin; x <= s.xMax; x += 0.001) {
                for (double y = s.yMin; y <= s.yMax; y += 0.01) {
                    lowest = Math.min(lowest, s.value(x, y));
                }
            }
            assertTrue(min <= lowest, s + ": " + min + " above the scan's " + lowest);
            assertEquals(lowest, min, 1e-4, s + ": the scan comes within its resolution");
        }
        // the two wells' global minimum, independently of the engine's Newton iteration: the lowest root of
        // f'(x) = x³ − 2x + 0.3 = 0 by Viète's trigonometric form for t³ + pt + q with p = −2, q = 0.3
        double p = -2;
        double q = 0.3;
        double x = 2 * Math.sqrt(-p / 3) * Math.cos(Math.acos(3 * q / (2 * p) * Math.sqrt(-3 / p)) / 3 - 2 * Math.PI * 2 / 3);
        assertEquals(0, x * x * x - 2 * x + 0.3, 1e-12);
        assertTrue(x < -1.4 && x > -1.6, "the global well's root: " + x);
        assertEquals(0, Surface.TWO_MINIMA.gradient(x, 0)[0], 1e-12);
        assertEquals(Surface.TWO_MINIMA.value(x, 0), Surface.TWO_MINIMA.minimum(), 1e-15);
    }

    @Test
    void justAboveTheThresholdTheDistanceAcrossTheBowlGrowsByOneMinusRateTimesCurvatureEachStep() {
        double rate = 0.105; // the view's large rate: |1 − 0.105·20| = 1.1
        Race r = Race.run(Surface.BOWL, "sgd", rate, -3.5, 2.5, 40);
        assertEquals(20, Surface.BOWL.curvatures()[1]);
        for (int t = 1; t < r.ys.length; t++) {
            assertEquals(Math.abs(1 - rate * 20), Math.abs(r.ys[t] / r.ys[t - 1]), 1e-12, "step " + t);
        }
        assertTrue(r.divergedAt > 30, "slow growth: 1.1 per step takes " + r.divergedAt + " steps to leave the map's scale");
    }

    @Test
    void stepFactorsAreOneMinusRateTimesEachCurvatureWhereTheHessianIsConstant() {
        assertEquals(1 - 0.05 * 1, Surface.BOWL.stepFactors(0.05)[0], 1e-15);
        assertEquals(1 - 0.05 * 20, Surface.BOWL.stepFactors(0.05)[1], 1e-15);
        // x² − y²: the Hessian is diag(2, −2), so y grows by 1 + 2η a step, the escape
        assertEquals(1 + 2 * 0.1, Surface.SADDLE.stepFactors(0.1)[1], 1e-15);
        assertEquals(1 - 2 * 0.1, Surface.SADDLE.stepFactors(0.1)[0], 1e-15);
        assertEquals(null, Surface.ROSENBROCK.stepFactors(0.1), "curved valleys have no single factor");
        // and a real run takes exactly those factors: y_t / y_{t−1} on the bowl
        Race r = Race.run(Surface.BOWL, "sgd", 0.05, 1, 1, 3);
        assertEquals(Surface.BOWL.stepFactors(0.05)[0], r.xs[1] / r.xs[0], 1e-15);
    }

    @Test
    void aScheduledRaceTakesEachStepAtTheScheduledRate() {
        // step decay 0.5 every 2 steps on the bowl: x is multiplied by 1 − η_t with η_t = 0.1, 0.1, 0.05, 0.05, 0.025
        Race r = Race.run(Surface.BOWL, "sgd", 0.1, playground.engine.spec.Ids.schedule("step:0.5:2"), 1, 0, 5);
        double[] rates = {0.1, 0.1, 0.05, 0.05, 0.025};
        double x = 1;
        for (int t = 0; t < rates.length; t++) {
            x *= 1 - rates[t];
            assertEquals(x, r.xs[t + 1], 1e-15, "step " + (t + 1));
        }
    }
}
