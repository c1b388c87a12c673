package playground.engine.optim;

import playground.engine.text.Numbers;

/**
 * Gradient descent with momentum, in the primer's exponential-moving-average form: v ← β·v + (1−β)·g,
 * w ← w − η·v. (Keras writes v ← β·v − η·g, w ← w + v; the two differ only by a factor (1−β) in η.) With
 * Nesterov's look-ahead the step uses β·v + (1−β)·g instead of v.
 */
public final class Momentum extends Optimizer {
    public static final double DEFAULT_BETA = 0.9;
    public final double beta;
    public final boolean nesterov;

    public Momentum(double learningRate, double beta, boolean nesterov) {
        super(learningRate);
        checkBeta("momentum β", beta);
        this.beta = beta;
        this.nesterov = nesterov;
    }

    @Override
    public String id() {
        return (nesterov ? "nesterov" : "momentum") + (beta == DEFAULT_BETA ? "" : ":" + Numbers.format(beta));
    }

    @Override
    protected int stateVectors() {
        return 1;
    }

    @Override
    protected void update(double[] w, double[] g, double[][] s, double lr, long t) {
        double[] v = s[0];
        for (int i = 0; i < w.length; i++) {
            v[i] = beta * v[i] + (1 - beta) * g[i];
            double step = nesterov ? beta * v[i] + (1 - beta) * g[i] : v[i];
            w[i] -= lr * step;
        }
    }
}
