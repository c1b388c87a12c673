package playground.engine.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import playground.engine.activation.Activation;
import playground.engine.math.Rng;
import playground.engine.spec.Ids;

class InitTest {
    private static final int FAN_IN = 200;
    private static final int FAN_OUT = 300;
    private static final int N = FAN_IN * FAN_OUT; // 60,000 draws

    @ParameterizedTest(name = "{0}: σ = {1}")
    @CsvSource({
        // scheme, expected σ (normal) or a/√3 (uniform), expected uniform limit a (0 for normal), truncation cut (0: none)
        "random_normal,             0.05,                 0, 0",   // Keras's RandomNormal default, plain
        "random_normal:1,           1.0,                  0, 0",   // the primer's np.random.randn (version 1's default)
        "lecun_normal,              0.07071067811865475,  0, 0.16077448",   // √(1/200), cut at 2σ/0.87962566
        "glorot_normal,             0.06324555320336758,  0, 0.14380106",   // √(2/500)
        "he_normal,                 0.1,                  0, 0.22736945",   // √(2/200)
        "lecun_normal:untruncated,  0.07071067811865475,  0, 0",
        "glorot_normal:untruncated, 0.06324555320336758,  0, 0",
        "he_normal:untruncated,     0.1,                  0, 0",
        "lecun_uniform,   0.07071067811865475,  0.12247448713915890, 0", // a = √(3/200)
        "glorot_uniform,  0.06324555320336758,  0.10954451150103322, 0", // a = √(6/500)
        "he_uniform,      0.1,                  0.17320508075688773, 0", // a = √(6/200)
    })
    void samplesHaveTheSchemesMeanVarianceAndBounds(String id, double sigma, double limit, double cut) {
        Init init = Ids.init(id);
        assertEquals(sigma, init.stddev(FAN_IN, FAN_OUT), 1e-15);
        assertEquals(limit, init.uniformLimit(FAN_IN, FAN_OUT), 1e-15);
        double[] w = new double[N];
        init.fill(w, FAN_IN, FAN_OUT, new Rng(2024));
        double mean = 0;
        double max = 0;
        for (double v : w) {
            mean += v;
            max = Math.max(max, Math.abs(v));
        }
        mean /= N;
        double var = 0;
        for (double v : w) {
            var += (v - mean) * (v - mean);
        }
        var /= N - 1;
        // standard error of the mean is σ/√N ≈ 0.004σ; of the variance ≈ σ²·√(2/N) ≈ 0.006σ² (normal) — allow 5 SE
        assertEquals(0, mean, 5 * sigma / Math.sqrt(N), id + " mean");
        assertEquals(sigma * sigma, var, 0.03 * sigma * sigma, id + " variance");
        if (limit > 0) {
            assertTrue(max < limit, id + ": a sample reached the limit");
            assertTrue(max > 0.999 * limit, id + ": samples do not spread to the limit");
        } else if (cut > 0) {
            // Keras's truncated normal: nothing beyond 2 of its standard deviations σ/0.87962566, and right up to it
            assertEquals(cut, 2 * sigma / Init.TRUNCATED_STDDEV, 1e-8);
            assertTrue(max <= cut, id + ": a sample beyond the cut");
            assertTrue(max > 0.999 * cut, id + ": samples do not reach the cut");
        } else {
            assertTrue(max > 3.5 * sigma, id + ": a normal sample of 60,000 has tails beyond 3.5σ");
        }
    }

    @Test
    void theTruncationConstantIsTheStddevOfAStandardNormalCutAtTwo() {
        // Var(Z | |Z| < 2) = 1 − 2·2·φ(2)/P(|Z| < 2), with φ(2) = e^−2/√(2π) and P(|Z| < 2) = 0.9544997361036416
        double phi2 = Math.exp(-2) / Math.sqrt(2 * Math.PI);
        assertEquals(Math.sqrt(1 - 4 * phi2 / 0.9544997361036416), Init.TRUNCATED_STDDEV, 1e-15);
    }

    @Test
    void constantsAndZerosFillExactly() {
        double[] w = new double[5];
        Init.constant(0.1).fill(w, 1, 1, new Rng(1));
        for (double v : w) {
            assertEquals(0.1, v, 0);
        }
        Init.ZEROS.fill(w, 1, 1, new Rng(1));
        for (double v : w) {
            assertEquals(0, v, 0);
        }
    }

    @Test
    void denseUsesTheSelectedBiasInitializer() {
        Dense d = new Dense(3, Activation.RELU, Init.HE_NORMAL, Init.constant(0.01));
        d.build(4, new Rng(1));
        for (double b : d.bias().value) {
            assertEquals(0.01, b, 0);
        }
    }
}
