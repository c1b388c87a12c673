package playground.engine.nn;

import static playground.engine.nn.GradCheck.checkLayer;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import playground.engine.activation.Activation;
import playground.engine.math.Rng;
import playground.engine.spec.Ids;

class LayerGradientTest {
    private static final Runnable NOTHING = () -> { };

    @ParameterizedTest
    @ValueSource(strings = {"linear", "sigmoid", "tanh", "relu", "leaky_relu", "leaky_relu:0.2", "softmax"})
    void denseGradientsMatchFiniteDifferencesForEveryActivation(String activation) {
        Dense dense = new Dense(5, Ids.activation(activation), Init.GLOROT_NORMAL, Init.randomNormal(0.1));
        dense.build(4, new Rng(3));
        checkLayer("Dense/" + activation, dense, 4, 6, 11, NOTHING);
    }

    @Test
    void batchNormInTrainingModeMatchesFiniteDifferences() {
        BatchNorm bn = new BatchNorm();
        bn.build(5, new Rng(1));
        randomize(bn, 2);
        checkLayer("BatchNorm(training)", bn, 5, 7, 12, NOTHING);
    }

    @Test
    void batchNormInInferenceModeMatchesFiniteDifferences() {
        BatchNorm bn = new BatchNorm();
        bn.build(3, new Rng(1));
        randomize(bn, 4);
        double[] x = GradCheck.randoms(new Rng(5), 4 * 3, 1);
        double[] r = GradCheck.randoms(new Rng(6), 4 * 3, 1);
        java.util.function.Supplier<Double> f = () -> {
            double[] y = bn.forward(x, 4, false);
            double s = 0;
            for (int i = 0; i < 12; i++) {
                s += y[i] * r[i];
            }
            return s;
        };
        f.get();
        double[] gx = bn.backward(r, 4).clone();
        GradCheck.assertClose("BatchNorm(inference) dL/dx", gx, GradCheck.numeric(x, f));
    }

    @Test
    void layerNormMatchesFiniteDifferences() {
        LayerNorm ln = new LayerNorm();
        ln.build(6, new Rng(1));
        randomize(ln, 3);
        checkLayer("LayerNorm", ln, 6, 4, 13, NOTHING);
    }

    @Test
    void dropoutWithAFixedMaskMatchesFiniteDifferences() {
        Dropout d = new Dropout(0.4);
        d.build(5, new Rng(1));
        checkLayer("Dropout", d, 5, 4, 14, () -> d.reseed(99));
    }

    @Test
    void residualBlockWithIdentitySkipMatchesFiniteDifferences() {
        Residual res = new Residual(List.of(
                new Dense(4, Activation.TANH, Init.HE_NORMAL, Init.randomNormal(0.1)),
                new LayerNorm(),
                new Dense(4, Activation.LINEAR, Init.GLOROT_UNIFORM, Init.randomNormal(0.1))));
        res.build(4, new Rng(2));
        checkLayer("Residual(identity)", res, 4, 5, 15, NOTHING);
    }

    @Test
    void residualBlockWithProjectionAndBatchNormMatchesFiniteDifferences() {
        Residual res = new Residual(List.of(
                new Dense(6, Activation.SIGMOID, Init.GLOROT_NORMAL, Init.randomNormal(0.1)),
                new BatchNorm(),
                new Dense(3, Activation.TANH, Init.LECUN_NORMAL, Init.randomNormal(0.1))));
        res.build(5, new Rng(3));
        randomize(res.projection(), 8); // its bias starts at zero; make the check see a non-trivial one
        checkLayer("Residual(projection)", res, 5, 6, 16, NOTHING);
    }

    /** Moves γ and β away from 1 and 0 so the check cannot pass by symmetry. */
    private static void randomize(Layer layer, long seed) {
        Rng rng = new Rng(seed);
        for (Param p : layer.params()) {
            if (p.trainable()) {
                for (int i = 0; i < p.size(); i++) {
                    p.value[i] += 0.3 * rng.nextGaussian();
                }
            }
        }
    }
}
