package playground.engine.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import playground.engine.activation.Activation;
import playground.engine.data.Column;
import playground.engine.data.Features;
import playground.engine.data.Synthetic;
import playground.engine.data.Table;
import playground.engine.loss.MeanSquaredError;
import playground.engine.math.Rng;
import playground.engine.nn.Dense;
import playground.engine.nn.Init;
import playground.engine.nn.Network;
import playground.engine.nn.Param;
import playground.engine.nn.Penalty;
import playground.engine.optim.Sgd;
import playground.engine.spec.ExperimentSpec;

/** TensorFlow Playground's input features and Keras's kernel regularizers, through the whole pipeline. */
class FeaturesAndRegularizationTest {
    private static ExperimentSpec spec(String query) {
        return ExperimentSpec.fromQuery(query).spec;
    }

    private static Experiment on(String query) {
        ExperimentSpec s = spec(query);
        return Experiment.prepare(s, Synthetic.table(s.get("data"), s.integer("n"), s.number("noise"), s.seed("data_seed")),
                null, List.of());
    }

    @Test
    void eachFeatureHasItsValueAtAKnownPoint() {
        double[] expected = {2, -3, 4, 9, -6, 0.9092974268256817, -0.1411200080598672}; // sin 2, sin −3
        Features.Feature[] all = Features.Feature.values();
        for (int i = 0; i < all.length; i++) {
            assertEquals(expected[i], all[i].at(2, -3), 1e-15, all[i].id);
        }
    }

    @Test
    void theInputsAreTheChosenFeaturesOfTheRawCoordinatesAndTheSummaryFollows() {
        Experiment e = on("v=1&data=circle&features=x1,x2,x1x2,sinx1,sinx2");
        assertEquals(List.of("x1", "x2", "x1x2", "sinx1", "sinx2"), e.features);
        assertEquals(5, e.network.inputSize());
        int r = e.split.train[0];
        double x1 = e.table.column("x1").numbers[r];
        double x2 = e.table.column("x2").numbers[r];
        assertEquals(x1 * x2, e.table.column("x1x2").numbers[r], 0, "made before any scaling");
        assertEquals(2, on("v=1&data=circle&features=x1sq,x2sq").network.inputSize());
    }

    @Test
    void featuresOnATableThatIsNotAPlaneSayWhy() {
        Table t = new Table(List.of(Column.numeric("age", new double[] {20, 30, 40, 50}),
                Column.numeric("bmi", new double[] {20, 25, 30, 35}), Column.numeric("charges", new double[] {1, 2, 3, 4})));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Experiment.prepare(spec("v=1&data=mine&features=x1sq"), t, null, List.of()));
        assertTrue(e.getMessage().contains("setting 'features'") && e.getMessage().contains("not a 2-D set"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ExperimentSpec.defaults().with("features", "x3"), "an unknown feature");
        assertThrows(IllegalArgumentException.class, () -> ExperimentSpec.defaults().with("features", "x1,x1"));
    }

    @Test
    void theCircleIsLinearlySeparableInTheSquaresOfItsCoordinates() {
        Experiment e = on("v=1&data=circle&features=x1sq,x2sq&layers=dense:1:tanh&opt=adam&lr=0.1&epochs=300&seed=1");
        e.train();
        double accuracy = e.evaluate().test.get("accuracy");
        assertTrue(accuracy >= 0.95, "test accuracy " + accuracy);
    }

    /** One SGD step by hand, as Keras computes it: loss = MSE + 0.1·w², gradient 2·0.1·w added to the kernel's. */
    @Test
    void anL2StepMatchesTheHandComputedKerasUpdate() {
        Network n = new Network(1, List.of(new Dense(1, Activation.LINEAR, Init.constant(0.5), Init.ZEROS)), new Rng(1))
                .withPenalty(new Penalty(0, 0.1));
        // x = [1, 2], y = [1, 3]: predictions [0.5, 1], MSE = (0.25 + 4)/2 = 2.125, penalty 0.1·0.25 = 0.025
        double loss = n.computeGradients(new double[] {1, 2}, new double[] {1, 3}, 2, new MeanSquaredError());
        assertEquals(2.15, loss, 1e-15);
        Param kernel = n.params().get(0);
        assertEquals(-4.5 + 0.1, kernel.grad[0], 1e-15); // (2/2)·((0.5−1)·1 + (1−3)·2) + 2·0.1·0.5
        assertEquals(-2.5, n.params().get(1).grad[0], 1e-15, "the bias is not regularized");
        new Sgd(0.1).step(n.params());
        assertEquals(0.94, kernel.value[0], 1e-15);
        assertEquals(0.25, n.params().get(1).value[0], 1e-15);
    }

    @Test
    void thePenaltyIsInTheLossAndTheValidationLossAsInKeras() {
        Experiment plain = on("v=1&data=xor&epochs=1&seed=3");
        Experiment l2 = on("v=1&data=xor&epochs=1&seed=3&reg=l2:0.5");
        double penalty = l2.network.penalty();
        assertTrue(penalty > 0.1, "penalty " + penalty);
        // before any step both networks are the same: the first batch's loss differs by the penalty exactly
        double[] x = plain.preprocessor.transform(plain.table, plain.split.val);
        double withPenalty = l2.network.evaluate(x, l2.targets(l2.split.val), l2.split.val.length, l2.loss());
        double without = plain.network.evaluate(x, plain.targets(plain.split.val), plain.split.val.length, plain.loss());
        assertEquals(without + penalty, withPenalty, 1e-12);
        l2.train();
        List<Double> val = l2.run.history().series("val_loss");
        double[] xv = l2.preprocessor.transform(l2.table, l2.split.val);
        double data = l2.loss().value(l2.network.forward(xv, l2.split.val.length, false), l2.targets(l2.split.val),
                l2.split.val.length, 2);
        assertEquals(data + l2.network.penalty(), val.get(0), 1e-12, "val_loss = the data loss + the penalty");
    }

    /** Dataset circle, rate 0.003 for both, seed 1, 300 epochs of SGD at lr 0.1: L1 drives weights to 0, L2 shrinks them. */
    @Test
    void atEqualRatesL1LeavesMoreKernelWeightsNearZeroThanL2() {
        String base = "v=1&data=circle&layers=dense:8:tanh,dense:8:tanh&opt=sgd&lr=0.1&epochs=300&seed=1&reg=";
        int l1 = nearZero(base + "l1:0.003");
        int l2 = nearZero(base + "l2:0.003");
        assertTrue(l1 > l2, "kernel weights with |w| < 1e-3: L1 " + l1 + ", L2 " + l2);
    }

    private static int nearZero(String query) {
        Experiment e = on(query);
        e.train();
        int n = 0;
        for (Param p : e.network.params()) {
            if (p.name.equals("kernel")) {
                for (double w : p.value) {
                    n += Math.abs(w) < 1e-3 ? 1 : 0;
                }
            }
        }
        return n;
    }
}
