package playground.engine.optim;

/**
 * Adagrad: G ← G + g², w ← w − η·g / (√G + ε). Each weight's rate shrinks with the sum of its squared gradients,
 * so rarely updated weights keep larger steps.
 */
public final class Adagrad extends Optimizer {
    public static final double DEFAULT_EPSILON = 1e-7;
    public final double epsilon;

    public Adagrad(double learningRate) {
        super(learningRate);
        this.epsilon = DEFAULT_EPSILON;
    }

    @Override
    public String id() {
        return "adagrad";
    }

    @Override
    protected int stateVectors() {
        return 1;
    }

    @Override
    protected void update(double[] w, double[] g, double[][] s, double lr, long t) {
        double[] acc = s[0];
        for (int i = 0; i < w.length; i++) {
            acc[i] += g[i] * g[i];
            w[i] -= lr * g[i] / (Math.sqrt(acc[i]) + epsilon);
        }
    }
}
