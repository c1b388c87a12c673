package playground.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {
    @Test
    void regressionMetricsByHand() {
        // errors 1, −2, 0, 3 on targets 1, 2, 3, 4 (mean 2.5, SStot = 5)
        Map<String, Double> m = Metrics.regression(new double[] {2, 0, 3, 7}, new double[] {1, 2, 3, 4});
        assertEquals(1.5, m.get("mae"), 1e-15);
        assertEquals(3.5, m.get("mse"), 1e-15);
        assertEquals(Math.sqrt(3.5), m.get("rmse"), 1e-15);
        assertEquals(1 - 14 / 5.0, m.get("r2"), 1e-15);
    }

    @Test
    void classificationMetricsByHand() {
        // 3 classes; actual 0,0,1,2,2; predicted (argmax) 0,1,1,2,0
        double[] p = {
            0.7, 0.2, 0.1,
            0.3, 0.6, 0.1,
            0.1, 0.8, 0.1,
            0.2, 0.2, 0.6,
            0.5, 0.1, 0.4,
        };
        int[] actual = {0, 0, 1, 2, 2};
        Map<String, Double> m = Metrics.classification(p, actual, 3);
        assertEquals(0.6, m.get("accuracy"), 1e-15);
        // precision: class0 1/2, class1 1/2, class2 1/1 → 2/3; recall: 1/2, 1/1, 1/2 → 2/3
        assertEquals(2 / 3.0, m.get("precision"), 1e-15);
        assertEquals(2 / 3.0, m.get("recall"), 1e-15);
        double f0 = 2 * 0.5 * 0.5 / 1.0;
        double f1 = 2 * 0.5 * 1 / 1.5;
        double f2 = 2 * 1 * 0.5 / 1.5;
        assertEquals((f0 + f1 + f2) / 3, m.get("f1"), 1e-15);
        double logLoss = -(Math.log(0.7) + Math.log(0.3) + Math.log(0.8) + Math.log(0.6) + Math.log(0.4)) / 5;
        assertEquals(logLoss, m.get("log_loss"), 1e-12);
        assertArrayEquals(new int[] {1, 1, 0}, Metrics.confusion(new int[] {0, 1, 1, 2, 0}, actual, 3)[0]);
        assertArrayEquals(new int[] {1, 0, 1}, Metrics.confusion(new int[] {0, 1, 1, 2, 0}, actual, 3)[2]);
    }
}
