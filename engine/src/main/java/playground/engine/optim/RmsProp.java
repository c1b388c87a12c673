package playground.engine.optim;

import playground.engine.text.Numbers;

/**
 * RMSprop: v ← β·v + (1−β)·g², w ← w − η·g / (√v + ε). Like Adagrad, but the squared-gradient memory fades, so
 * the rate does not shrink forever.
 */
public final class RmsProp extends Optimizer {
    public static final double DEFAULT_BETA = 0.9;
    public static final double DEFAULT_EPSILON = 1e-7;
    public final double beta;
    public final double epsilon;

    public RmsProp(double learningRate, double beta) {
        super(learningRate);
        checkBeta("RMSprop β", beta);
        this.beta = beta;
        this.epsilon = DEFAULT_EPSILON;
    }

    @Override
    public String id() {
        return "rmsprop" + (beta == DEFAULT_BETA ? "" : ":" + Numbers.format(beta));
    }

    @Override
    protected int stateVectors() {
        return 1;
    }

    @Override
    protected void update(double[] w, double[] g, double[][] s, double lr, long t) {
        double[] v = s[0];
        for (int i = 0; i < w.length; i++) {
            v[i] = beta * v[i] + (1 - beta) * g[i] * g[i];
            w[i] -= lr * g[i] / (Math.sqrt(v[i]) + epsilon);
        }
    }
}
