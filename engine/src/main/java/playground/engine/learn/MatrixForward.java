package playground.engine.learn;

import java.util.ArrayList;
import java.util.List;
import playground.engine.activation.Activation;
import playground.engine.math.Rng;
import playground.engine.nn.Dense;
import playground.engine.nn.Init;
import playground.engine.nn.Layer;
import playground.engine.nn.Network;

/**
 * The forward pass two ways: the primer's element-wise sums z_u = Σ_j W[u][j]·a[j] + b[u], written out term by term,
 * and the engine's own Dense layers (which compute a·K + b with Keras's kernel K = Wᵀ, inputs × units). Both from the
 * same weights, so the view can show they are one computation, number for number.
 */
public final class MatrixForward {
    /** One layer: W (units × inputs, the primer's orientation), b, its input a, each product W[u][j]·a[j], z and h. */
    public static final class LayerPass {
        public final String activation;
        public final double[][] w;
        public final double[] b;
        public final double[] input;
        public final double[][] terms;
        public final double[] z;
        public final double[] h;
        /** The engine's Dense layer's output for the same input, and its largest difference from {@link #h}. */
        public final double[] engineH;
        public final double difference;

        LayerPass(Activation f, double[][] w, double[] b, double[] input, double[] engineH) {
            this.activation = f.id();
            this.w = w;
            this.b = b;
            this.input = input;
            int units = w.length;
            terms = new double[units][input.length];
            z = new double[units];
            h = new double[units];
            double diff = 0;
            for (int u = 0; u < units; u++) {
                double sum = 0;
                for (int j = 0; j < input.length; j++) {
                    terms[u][j] = w[u][j] * input[j];
                    sum += terms[u][j];
                }
                z[u] = sum + b[u];
                h[u] = f.value(z[u]);
                diff = Math.max(diff, Math.abs(h[u] - engineH[u]));
            }
            this.engineH = engineH;
            this.difference = diff;
        }
    }

    private MatrixForward() {
    }

    /** Mazur's 2-2-2 sigmoid network (his weights and biases) at the input {@code x}. */
    public static List<LayerPass> mazur(double[] x) {
        double[] w = SmallNetwork.WEIGHTS; // w₁ i₁→h₁, w₂ i₂→h₁, w₃ i₁→h₂, w₄ i₂→h₂, then h→o the same way
        return run(x, List.of(new double[][] {{w[0], w[1]}, {w[2], w[3]}}, new double[][] {{w[4], w[5]}, {w[6], w[7]}}),
                List.of(new double[] {SmallNetwork.B1, SmallNetwork.B1}, new double[] {SmallNetwork.B2, SmallNetwork.B2}),
                List.of(Activation.SIGMOID, Activation.SIGMOID));
    }

    /**
     * A 3-4-2 network: Glorot-uniform weights, as Keras draws them, and biases drawn uniformly from ±0.5 (Keras starts
     * them at 0; drawn here so b is visible in the sums); hidden activation {@code f}, sigmoid outputs.
     */
    public static List<LayerPass> random(double[] x, Activation f, long seed) {
        Rng rng = new Rng(seed);
        int[] sizes = {3, 4, 2};
        List<double[][]> ws = new ArrayList<>();
        List<double[]> bs = new ArrayList<>();
        for (int l = 1; l < sizes.length; l++) {
            double[] k = new double[sizes[l - 1] * sizes[l]];
            Init.GLOROT_UNIFORM.fill(k, sizes[l - 1], sizes[l], rng);
            double[][] w = new double[sizes[l]][sizes[l - 1]];
            for (int u = 0; u < sizes[l]; u++) {
                for (int j = 0; j < sizes[l - 1]; j++) {
                    w[u][j] = k[j * sizes[l] + u];
                }
            }
            double[] b = new double[sizes[l]];
            for (int u = 0; u < b.length; u++) {
                b[u] = rng.uniform(-0.5, 0.5);
            }
            ws.add(w);
            bs.add(b);
        }
        return run(x, ws, bs, List.of(f, Activation.SIGMOID));
    }

    private static List<LayerPass> run(double[] x, List<double[][]> ws, List<double[]> bs, List<Activation> fs) {
        List<Layer> layers = new ArrayList<>();
        for (int l = 0; l < ws.size(); l++) {
            layers.add(new Dense(ws.get(l).length, fs.get(l), Init.ZEROS, Init.ZEROS));
        }
        Network net = new Network(x.length, layers, new Rng(1));
        for (int l = 0; l < ws.size(); l++) {
            Dense d = (Dense) net.layers().get(l);
            double[][] w = ws.get(l);
            for (int u = 0; u < w.length; u++) {
                for (int j = 0; j < w[u].length; j++) {
                    d.kernel().value[j * w.length + u] = w[u][j]; // K = Wᵀ: input j → unit u
                }
                d.bias().value[u] = bs.get(l)[u];
            }
        }
        List<double[]> outs = net.trace(x, 1);
        List<LayerPass> out = new ArrayList<>();
        double[] a = x;
        for (int l = 0; l < ws.size(); l++) {
            LayerPass p = new LayerPass(fs.get(l), ws.get(l), bs.get(l), a, outs.get(l).clone());
            out.add(p);
            a = p.h;
        }
        return out;
    }
}
