package playground.engine.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import playground.engine.loss.MeanSquaredError;
import playground.engine.math.Rng;
import playground.engine.nn.Network;
import playground.engine.optim.Adam;
import playground.engine.spec.Presets;

/** The hot loop (forward, loss, backward, optimizer step) allocates nothing once its buffers exist. */
class AllocationTest {
    @Test
    void aTrainingStepAllocatesNoArrays() {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Network net = Presets.insuranceBlogModel().build(1);
        Rng rng = new Rng(2);
        double[] x = new double[32 * 11];
        double[] y = new double[32];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextGaussian();
        }
        Adam adam = new Adam(0.001);
        MeanSquaredError mse = new MeanSquaredError();
        for (int i = 0; i < 200; i++) { // warm up: buffers, optimizer state, JIT
            net.computeGradients(x, y, 32, mse);
            adam.step(net.params());
        }
        long tid = Thread.currentThread().getId();
        long before = mx.getThreadAllocatedBytes(tid);
        int steps = 1000;
        for (int i = 0; i < steps; i++) {
            net.computeGradients(x, y, 32, mse);
            adam.step(net.params());
        }
        long perStep = (mx.getThreadAllocatedBytes(tid) - before) / steps;
        // One layer's output alone would be 32 × 100 × 8 = 25,600 bytes; iterators may remain if not scalar-replaced.
        assertTrue(perStep < 512, "a training step allocated " + perStep + " bytes");
    }
}
