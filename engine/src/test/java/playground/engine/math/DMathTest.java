package playground.engine.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DMathTest {
    /** |a − b| in units of the last place of b. */
    private static double ulps(double a, double b) {
        return Math.abs(a - b) / Math.ulp(b);
    }

    @Test
    void expIsWithinTwoUlpsOfTheJdkOverItsWholeRange() {
        Rng rng = new Rng(1);
        for (int i = 0; i < 200_000; i++) {
            double x = rng.uniform(-700, 700);
            assertTrue(ulps(DMath.exp(x), StrictMath.exp(x)) <= 2, "exp(" + x + ")");
            double small = rng.uniform(-2, 2);
            assertTrue(ulps(DMath.exp(small), StrictMath.exp(small)) <= 2, "exp(" + small + ")");
        }
        assertEquals(1, DMath.exp(0), 0);
        assertEquals(Double.POSITIVE_INFINITY, DMath.exp(710), 0);
        assertEquals(0, DMath.exp(-746), 0);
        assertTrue(DMath.exp(-740) > 0, "subnormal results are not flushed to zero");
        assertTrue(Double.isNaN(DMath.exp(Double.NaN)));
    }

    @Test
    void logIsWithinTwoUlpsOfTheJdk() {
        Rng rng = new Rng(2);
        for (int i = 0; i < 200_000; i++) {
            double x = DMath.exp(rng.uniform(-700, 700));
            assertTrue(ulps(DMath.log(x), StrictMath.log(x)) <= 2, "log(" + x + ")");
            double near1 = 1 + rng.uniform(-0.3, 0.3);
            assertTrue(ulps(DMath.log(near1), StrictMath.log(near1)) <= 2, "log(" + near1 + ")");
        }
        assertEquals(0, DMath.log(1), 0);
        assertEquals(Double.NEGATIVE_INFINITY, DMath.log(0), 0);
        assertTrue(Double.isNaN(DMath.log(-1)));
        assertEquals(StrictMath.log(Double.MIN_VALUE), DMath.log(Double.MIN_VALUE), 1e-12);
    }

    @Test
    void tanhSigmoidAndLog1pAreAccurateIncludingNearZero() {
        Rng rng = new Rng(3);
        for (int i = 0; i < 100_000; i++) {
            double x = rng.uniform(-25, 25);
            assertTrue(ulps(DMath.tanh(x), StrictMath.tanh(x)) <= 4, "tanh(" + x + ")");
            double tiny = rng.uniform(-1e-3, 1e-3);
            assertTrue(ulps(DMath.tanh(tiny), StrictMath.tanh(tiny)) <= 4, "tanh(" + tiny + ")");
            assertTrue(ulps(DMath.log1p(tiny), StrictMath.log1p(tiny)) <= 4, "log1p(" + tiny + ")");
            assertTrue(ulps(DMath.expm1(tiny), StrictMath.expm1(tiny)) <= 4, "expm1(" + tiny + ")");
            double s = 1 / (1 + StrictMath.exp(-x));
            assertEquals(s, DMath.sigmoid(x), 4 * Math.ulp(s), "sigmoid(" + x + ")");
        }
        assertEquals(1, DMath.tanh(100), 0);
        assertEquals(-1, DMath.tanh(-100), 0);
        assertEquals(0, DMath.sigmoid(-1000), 0);
        assertEquals(1, DMath.sigmoid(1000), 0);
    }

    @Test
    void sinAndCosAreWithinTwoUlpsOfTheJdkAcrossSeveralTurns() {
        Rng rng = new Rng(5);
        for (int i = 0; i < 200_000; i++) {
            double x = rng.uniform(-100, 100);
            double s = DMath.sin(x);
            double c = DMath.cos(x);
            assertTrue(Math.abs(s - StrictMath.sin(x)) <= 2 * Math.ulp(1.0) + 2 * Math.ulp(StrictMath.sin(x)), "sin(" + x + ")");
            assertTrue(Math.abs(c - StrictMath.cos(x)) <= 2 * Math.ulp(1.0) + 2 * Math.ulp(StrictMath.cos(x)), "cos(" + x + ")");
        }
        assertEquals(0, DMath.sin(0), 0);
        assertEquals(1, DMath.cos(0), 0);
        assertTrue(Double.isNaN(DMath.sin(Double.POSITIVE_INFINITY)));
    }

    @Test
    void powIsExactForIntegerExponents() {
        assertEquals(0.125, DMath.pow(0.5, 3), 0);
        assertEquals(8, DMath.pow(0.5, -3), 0);
        assertEquals(Math.pow(0.96, 2.5), DMath.pow(0.96, 2.5), 1e-15);
    }
}
