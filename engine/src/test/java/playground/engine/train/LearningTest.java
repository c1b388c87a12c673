package playground.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import playground.engine.data.Dataset;
import playground.engine.data.Synthetic;
import playground.engine.experiment.Experiment;
import playground.engine.experiment.ExperimentResult;
import playground.engine.loss.BinaryCrossEntropy;
import playground.engine.loss.MeanSquaredError;
import playground.engine.math.Rng;
import playground.engine.nn.Network;
import playground.engine.optim.Adam;
import playground.engine.optim.Sgd;
import playground.engine.spec.LayerSpec;
import playground.engine.spec.ModelSpec;
import playground.engine.spec.Presets;

/** Networks actually learn: stated tasks reach a stated loss within a stated number of epochs. */
class LearningTest {
    @Test
    void aSmallNetworkLearnsXorWithin100Epochs() {
        Dataset d = Synthetic.xor(200, 0.0, 1);
        Network net = new ModelSpec(2, LayerSpec.parseList("dense:8:tanh,dense:8:tanh,dense:1:sigmoid")).build(3);
        History h = new TrainingRun(net, new BinaryCrossEntropy(), new Adam(0.03), d.x, d.y, d.rows, 16, 100,
                new Rng(5)).run();
        assertFalse(h.diverged());
        assertTrue(h.lastLoss() < 0.1, "BCE after 100 epochs: " + h.lastLoss());
        double[] p = net.predict(d.x, d.rows);
        int correct = 0;
        for (int i = 0; i < d.rows; i++) {
            correct += (p[i] > 0.5) == (d.y[i] > 0.5) ? 1 : 0;
        }
        assertTrue(correct >= 196, "XOR accuracy " + correct + "/200");
    }

    @Test
    void aNoisyRegressionReachesTheNoiseFloorWithin50Epochs() {
        double noise = 0.1;
        Dataset d = Synthetic.plane(400, noise, 2);
        Network net = new ModelSpec(2, LayerSpec.parseList("dense:16:relu:he_normal,dense:1")).build(4);
        History h = new TrainingRun(net, new MeanSquaredError(), new Adam(0.01), d.x, d.y, d.rows, 32, 50,
                new Rng(6)).run();
        // the irreducible error is noise² = 0.01; a fit within 50% of it is a real fit
        assertTrue(h.lastLoss() < 1.5 * noise * noise, "MSE after 50 epochs: " + h.lastLoss());
        assertTrue(h.loss().get(0) > 3 * h.lastLoss(), "the loss fell");
    }

    @Test
    void theInsuranceBlogModelTrainsWithBatchNormAndDropoutOnRegressionData() {
        Dataset d = Synthetic.gaussians(256, 0.0, 3);
        double[] x11 = new double[d.rows * 11];
        for (int i = 0; i < d.rows; i++) {
            for (int j = 0; j < 11; j++) {
                x11[i * 11 + j] = d.x[i * 2 + j % 2] * (j + 1) / 11.0;
            }
        }
        Network net = Presets.insuranceBlogModel().build(7);
        History h = new TrainingRun(net, new MeanSquaredError(), new Adam(0.01), x11, d.y, d.rows, 32, 30,
                new Rng(8)).run();
        assertEquals(30, h.epochs());
        assertTrue(h.lastLoss() < h.loss().get(0), "loss fell from " + h.loss().get(0) + " to " + h.lastLoss());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "circle|dense:16:tanh,dense:16:tanh|0.95",
        "xor|dense:16:tanh,dense:16:tanh|0.95",
        "clusters|dense:16:tanh,dense:16:tanh|0.95",
        "clusters3|dense:16:tanh,dense:16:tanh|0.9",
        "spiral|dense:32:relu,dense:32:relu,dense:32:relu|0.9", // small tanh nets stay near chance here for hundreds of epochs
    })
    void everySyntheticClassificationSetIsLearnedThroughTheWholePipeline(String data, String layers, double accuracy) {
        playground.engine.spec.ExperimentSpec spec = playground.engine.spec.ExperimentSpec.defaults().withAll(java.util.List.of(
                "data=" + data, "layers=" + layers, "epochs=300", "lr=0.01", "noise=0.1", "n=400"));
        ExperimentResult r = Experiment.runToEnd(spec,
                playground.engine.data.Synthetic.table(data, 400, 0.1, 1), null, java.util.List.of());
        assertTrue(r.test.get("accuracy") >= accuracy, data + " test accuracy " + r.test.get("accuracy"));
    }

    @Test
    void aDivergingLearningRateStopsWithAMessageNamingTheEpoch() {
        Dataset d = Synthetic.plane(64, 0.1, 2);
        Network net = new ModelSpec(2, LayerSpec.parseList("dense:8:relu,dense:1")).build(1);
        TrainingRun run = new TrainingRun(net, new MeanSquaredError(), new Sgd(50), d.x, d.y, d.rows, 8, 100,
                new Rng(1));
        History h = run.run();
        assertTrue(h.diverged());
        assertTrue(h.epochs() < 100);
        assertTrue(h.stopMessage().startsWith("Training diverged in epoch " + (h.epochs() + 1) + " (batch "),
                h.stopMessage());
        assertTrue(h.stopMessage().endsWith("Try a smaller learning rate than 50."), h.stopMessage());
        assertTrue(run.finished());
        assertFalse(run.stepBatch(), "a diverged run does not go on");
    }

    @Test
    void stepsCanBeTakenOneBatchOrOneEpochAtATime() {
        Dataset d = Synthetic.plane(50, 0.1, 2);
        Network net = new ModelSpec(2, LayerSpec.parseList("dense:4:tanh,dense:1")).build(1);
        TrainingRun run = new TrainingRun(net, new MeanSquaredError(), new Adam(0.01), d.x, d.y, d.rows, 20, 3,
                new Rng(1));
        assertFalse(run.stepBatch()); // rows 0–19
        assertFalse(run.stepBatch()); // rows 20–39
        assertTrue(run.stepBatch());  // rows 40–49: the epoch ends
        assertEquals(1, run.epoch());
        run.stepEpoch();
        assertEquals(2, run.epoch());
        run.run();
        assertEquals(3, run.history().epochs());
        assertTrue(run.finished());
    }
}
