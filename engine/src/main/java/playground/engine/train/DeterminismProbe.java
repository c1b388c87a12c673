package playground.engine.train;

import java.util.List;
import playground.engine.data.Dataset;
import playground.engine.data.Synthetic;
import playground.engine.loss.BinaryCrossEntropy;
import playground.engine.math.Rng;
import playground.engine.nn.Network;
import playground.engine.optim.Adam;
import playground.engine.spec.LayerSpec;
import playground.engine.spec.ModelSpec;

/**
 * A fixed, small but complete training run whose exact bits every runtime must reproduce: it exercises the PRNG,
 * the initializers, Dense, BatchNorm, Dropout, LayerNorm, a residual block, tanh/relu/sigmoid, binary cross-entropy
 * on logits and Adam. The JVM tests, the JavaScript build and the WebAssembly build each compute the fingerprint
 * and an end-to-end test compares them.
 */
public final class DeterminismProbe {
    private DeterminismProbe() {
    }

    /**
     * Trains for {@code epochs} epochs and returns the loss after each epoch as the hex of its IEEE bits, space
     * separated, followed by a hash of every final parameter bit.
     */
    public static String fingerprint(int epochs) {
        Dataset data = Synthetic.xor(64, 0.1, 7);
        ModelSpec spec = new ModelSpec(2, LayerSpec.parseList(
                "dense:8:tanh:he_normal,bn,dropout:0.1,res(dense:8:relu,ln),dense:1:sigmoid"));
        Network net = spec.build(42);
        TrainingRun run = new TrainingRun(net, new BinaryCrossEntropy(), new Adam(0.01), data.x, data.y, data.rows,
                16, epochs, new Rng(1));
        History h = run.run();
        StringBuilder sb = new StringBuilder();
        List<Double> loss = h.loss();
        for (double l : loss) {
            sb.append(Long.toHexString(Double.doubleToLongBits(l))).append(' ');
        }
        long hash = 1125899906842597L;
        for (double[] p : net.snapshot()) {
            for (double v : p) {
                hash = 31 * hash + Double.doubleToLongBits(v);
            }
        }
        return sb.append("params:").append(Long.toHexString(hash)).toString();
    }
}
