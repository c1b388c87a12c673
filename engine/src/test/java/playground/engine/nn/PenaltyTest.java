package playground.engine.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import playground.engine.activation.Activation;
import playground.engine.loss.MeanSquaredError;
import playground.engine.math.Rng;
import org.junit.jupiter.api.Test;

/**
 * Weight regularization as Keras's kernel_regularizer: the penalty's own gradient against finite differences of the
 * whole objective (loss + penalty) at weights away from 0 (|w| is not differentiable there), the kernels of every
 * Dense layer (output and residual projection included) and nothing else.
 */
class PenaltyTest {
    /** A network with a residual projection (5 → 3), a BatchNorm and an output layer; weights moved off 0. */
    private static Network network(Penalty p) {
        Network n = new Network(5, List.of(
                new Dense(4, Activation.TANH, Init.GLOROT_UNIFORM, Init.randomNormal(0.1)),
                new Residual(List.of(new Dense(3, Activation.RELU, Init.HE_NORMAL, Init.randomNormal(0.1)), new BatchNorm())),
                new Dense(2, Activation.LINEAR, Init.GLOROT_NORMAL, Init.randomNormal(0.1))), new Rng(4)).withPenalty(p);
        for (Param q : n.params()) {
            for (int i = 0; i < q.size(); i++) {
                q.value[i] += q.value[i] >= 0 ? 0.05 : -0.05; // |w| ≥ 0.05: the check's ±1e-5 never crosses 0
            }
        }
        return n;
    }

    @ParameterizedTest
    @CsvSource({"0.03, 0", "0, 0.05", "0.02, 0.07"})
    void theLossWithItsPenaltyMatchesFiniteDifferencesForEveryTrainableParameter(double l1, double l2) {
        Network n = network(new Penalty(l1, l2));
        Rng rng = new Rng(9);
        double[] x = GradCheck.randoms(rng, 6 * 5, 1);
        double[] y = GradCheck.randoms(rng, 6 * 2, 1);
        MeanSquaredError mse = new MeanSquaredError();
        n.computeGradients(x, y, 6, mse);
        Supplier<Double> objective = () -> {
            // training mode, as computeGradients: BatchNorm normalizes by the batch, whose statistics it also updates;
            // the loss's value does not depend on the moving statistics, so the differences see the same function
            double[] out = n.forward(x, 6, true);
            return mse.value(out, y, 6, 2) + n.penalty();
        };
        int checked = 0;
        for (Param p : n.params()) {
            if (!p.trainable()) {
                continue;
            }
            double[] analytic = p.grad.clone();
            GradCheck.assertClose("reg l1=" + l1 + " l2=" + l2 + " d/d" + p.name, analytic, GradCheck.numeric(p.value, objective));
            checked++;
        }
        assertTrue(checked >= 8, "kernels, biases, γ and β: " + checked);
    }

    @Test
    void thePenaltyCountsTheKernelsOfEveryDenseLayerAndNothingElse() {
        Network n = network(new Penalty(0.5, 0.25));
        double abs = 0;
        double squares = 0;
        int kernels = 0;
        for (Param p : n.params()) {
            if (p.name.equals("kernel")) {
                kernels++;
                for (double w : p.value) {
                    abs += Math.abs(w);
                    squares += w * w;
                }
            }
        }
        assertEquals(4, kernels, "three Dense layers and the residual projection");
        assertEquals(0.5 * abs + 0.25 * squares, n.penalty(), 1e-12);
        assertEquals(0, new Penalty(0, 0).value(n.params()));
    }

    @Test
    void atZeroTheL1GradientIsZeroAsTensorFlowsSign() {
        Param k = new Param("kernel", new int[] {3}, true);
        k.value[0] = 0;
        k.value[1] = 2;
        k.value[2] = -3;
        new Penalty(0.1, 0.01).addGradient(List.of(k));
        assertEquals(0, k.grad[0]);
        assertEquals(0.1 + 2 * 0.01 * 2, k.grad[1], 1e-15);
        assertEquals(-0.1 + 2 * 0.01 * -3, k.grad[2], 1e-15);
    }
}
