package playground.engine.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import playground.engine.spec.Ids;

class CurvesTest {
    @Test
    void huberIsQuadraticInsideDeltaAndLinearOutside() {
        double[][] c = Curves.regressionLoss(Ids.loss("huber:1"), -3, 3, 121); // step 0.05
        assertEquals(0.5 * 0.5 * 0.5, c[1][70], 1e-12); // e = 0.5
        assertEquals(1 * (2 - 0.5), c[1][100], 1e-12); // e = 2
        assertEquals(1, c[2][120], 1e-12); // gradient clipped at δ
        double[][] mse = Curves.regressionLoss(Ids.loss("mse"), -3, 3, 121);
        assertEquals(4, mse[1][100], 1e-12);
        assertEquals(4, mse[2][100], 1e-12);
    }

    @Test
    void crossEntropyIsMinusLogOfTheTrueClassProbability() {
        double[][] c = Curves.crossEntropy(0.1, 0.9, 9);
        for (int i = 0; i < 9; i++) {
            assertEquals(-Math.log(c[0][i]), c[1][i], 1e-9);
            assertEquals(-Math.log(c[0][i]), c[2][i], 1e-9);
        }
    }

    @Test
    void activationsAndDerivativesAtKnownPoints() {
        double[][] leaky = Curves.activation(Ids.activation("leaky_relu:0.2"), -5, 5, 11);
        assertEquals(-1, leaky[1][0], 1e-12);
        assertEquals(0.2, leaky[2][0], 1e-12);
        assertEquals(5, leaky[1][10], 1e-12);
        double[][] sig = Curves.activation(Ids.activation("sigmoid"), -5, 5, 11);
        assertEquals(0.5, sig[1][5], 1e-15);
        assertEquals(0.25, sig[2][5], 1e-15);
    }

    @Test
    void anOutlierPullsTheSquaredErrorFitMoreThanTheAbsoluteOrHuberFit() {
        double[][] pts = Curves.fitPoints(12);
        double mse = Curves.fitLine(pts, Ids.loss("mse"))[0];
        double mae = Curves.fitLine(pts, Ids.loss("mae"))[0];
        double huber = Curves.fitLine(pts, Ids.loss("huber:1"))[0];
        assertTrue(Math.abs(mse - 2) > Math.abs(huber - 2) && Math.abs(huber - 2) > Math.abs(mae - 2) - 0.05,
                "slopes mse " + mse + ", huber " + huber + ", mae " + mae);
        double[] clean = Curves.fitLine(Curves.fitPoints(2 * 0.9 + 1), Ids.loss("mse"));
        assertEquals(2, clean[0], 0.2);
        assertEquals(1, clean[1], 0.1);
    }

    private static double meanAbsolute(double[][] pts, double a, double c) {
        double e = 0;
        for (int k = 0; k < pts[0].length; k++) {
            e += Math.abs(pts[1][k] - a * pts[0][k] - c);
        }
        return e / pts[0].length;
    }

    @Test
    void theAbsoluteErrorFitSettlesOnTheExactLeastAbsoluteDeviationsLine() {
        for (double outlier : new double[] {8, 3, -5, 15}) {
            double[][] pts = Curves.fitPoints(outlier);
            double[] exact = Curves.leastAbsoluteLine(pts);
            double[] fit = Curves.fitLine(pts, Ids.loss("mae"));
            assertEquals(exact[2], meanAbsolute(pts, fit[0], fit[1]), 1e-6, "outlier " + outlier);
            assertEquals(exact[0], fit[0], 1e-6, "slope, outlier " + outlier);
            assertEquals(exact[1], fit[1], 1e-6, "intercept, outlier " + outlier);
        }
    }

    /** The least-squares line {slope, intercept}, in closed form. */
    static double[] leastSquares(double[][] pts) {
        int n = pts[0].length;
        double mx = 0;
        double my = 0;
        for (int k = 0; k < n; k++) {
            mx += pts[0][k] / n;
            my += pts[1][k] / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int k = 0; k < n; k++) {
            sxy += (pts[0][k] - mx) * (pts[1][k] - my);
            sxx += (pts[0][k] - mx) * (pts[0][k] - mx);
        }
        return new double[] {sxy / sxx, my - sxy / sxx * mx};
    }

    @Test
    void theSquaredErrorFitIsTheLeastSquaresLine() {
        double[][] pts = Curves.fitPoints(8);
        double[] exact = leastSquares(pts);
        double[] fit = Curves.fitLine(pts, Ids.loss("mse"));
        assertEquals(exact[0], fit[0], 1e-6);
        assertEquals(exact[1], fit[1], 1e-6);
    }
}
