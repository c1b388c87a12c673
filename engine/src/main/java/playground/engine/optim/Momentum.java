package playground.engine.optim;

import playground.engine.text.Numbers;

/**
 * Gradient descent with momentum, as Keras's {@code SGD(momentum=β)} computes it: m ← β·m − η·g, w ← w + m; with
 * Nesterov's look-ahead w ← w + β·m − η·g (with the updated m). The rate of each step goes into m, so a schedule
 * lowers only the steps still to come.
 *
 * <p>The primer's exponential-moving-average form ({@code ema}, version 1's): v ← β·v + (1−β)·g, w ← w − η·v
 * (Nesterov: w ← w − η·(β·v + (1−β)·g)). At a constant rate it is Keras's form at the rate η·(1−β): both take the
 * same steps, m = −η·(1−β)·v.
 */
public final class Momentum extends Optimizer {
    public static final double DEFAULT_BETA = 0.9;
    public final double beta;
    public final boolean nesterov;
    /** The primer's moving-average form instead of Keras's. */
    public final boolean ema;

    public Momentum(double learningRate, double beta, boolean nesterov, boolean ema) {
        super(learningRate);
        checkBeta("momentum β", beta);
        this.beta = beta;
        this.nesterov = nesterov;
        this.ema = ema;
    }

    public Momentum(double learningRate, double beta, boolean nesterov) {
        this(learningRate, beta, nesterov, false);
    }

    @Override
    public String id() {
        return (nesterov ? "nesterov" : "momentum") + (beta == DEFAULT_BETA && !ema ? "" : ":" + Numbers.format(beta))
                + (ema ? ":ema" : "");
    }

    @Override
    protected int stateVectors() {
        return 1;
    }

    @Override
    protected void update(double[] w, double[] g, double[][] s, double lr, long t) {
        double[] m = s[0];
        if (ema) {
            for (int i = 0; i < w.length; i++) {
                m[i] = beta * m[i] + (1 - beta) * g[i];
                double step = nesterov ? beta * m[i] + (1 - beta) * g[i] : m[i];
                w[i] -= lr * step;
            }
            return;
        }
        for (int i = 0; i < w.length; i++) {
            m[i] = m[i] * beta - g[i] * lr;
            // Keras adds (β·m − η·g) to w; written as (…) + w, since TeaVM's JavaScript printer would drop the
            // parentheses of w + (…) (see DMath)
            w[i] = nesterov ? m[i] * beta - g[i] * lr + w[i] : w[i] + m[i];
        }
    }
}
