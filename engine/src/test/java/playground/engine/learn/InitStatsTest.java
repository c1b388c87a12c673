package playground.engine.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import playground.engine.spec.Ids;

class InitStatsTest {
    @Test
    void weightsHaveTheSchemesStandardDeviation() {
        int width = 256;
        for (String id : new String[] {"lecun_normal", "glorot_uniform", "he_normal", "he_uniform"}) {
            List<InitStats.LayerStats> layers = InitStats.run(Ids.init(id), Ids.activation("relu"), 3, width, 5);
            double expected = Ids.init(id).stddev(width, width);
            for (InitStats.LayerStats l : layers) {
                assertEquals(expected, l.weightStd, 0.02 * expected, id);
                int total = 0;
                for (int c : l.weightHistogram) {
                    total += c;
                }
                assertEquals(width * width, total);
            }
        }
    }

    @Test
    void heKeepsReluSignalsAliveWhileSmallWeightsVanishAndUnitNormalSaturatesTanh() {
        List<InitStats.LayerStats> he = InitStats.run(Ids.init("he_normal"), Ids.activation("relu"), 20, 128, 3);
        double ratio = he.get(19).activationStd / he.get(0).activationStd;
        assertTrue(ratio > 0.3 && ratio < 3, "He + ReLU keeps the scale over 20 layers: " + ratio);
        assertEquals(0, he.get(0).stuckShare, 0.02, "the first layer sees every input: hardly a unit is dead");
        // (deeper layers do lose units even with He: their inputs grow alike from row to row, so a unit's sign is
        // the same on every row — the counts show it, up to a third of a layer at depth 20 and width 128)

        List<InitStats.LayerStats> small = InitStats.run(Ids.init("random_normal:0.01"), Ids.activation("tanh"), 10, 128, 3);
        assertTrue(small.get(9).activationStd < 1e-6, "vanishing: " + small.get(9).activationStd);
        List<InitStats.LayerStats> glorot = InitStats.run(Ids.init("glorot_normal"), Ids.activation("tanh"), 10, 128, 3);
        assertTrue(small.get(0).gradientNorm < 1e-6 * glorot.get(0).gradientNorm,
                "the first layer learns nothing: " + small.get(0).gradientNorm + " against Glorot's " + glorot.get(0).gradientNorm);

        List<InitStats.LayerStats> big = InitStats.run(Ids.init("random_normal:1"), Ids.activation("tanh"), 10, 128, 3);
        assertTrue(big.get(5).stuckShare > 0.5, "σ = 1 saturates tanh: " + big.get(5).stuckShare);
    }
}
