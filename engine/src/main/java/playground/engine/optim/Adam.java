package playground.engine.optim;

import playground.engine.text.Numbers;

/**
 * Adam: m ← β1·m + (1−β1)·g, v ← β2·v + (1−β2)·g², m̂ = m/(1−β1^t), v̂ = v/(1−β2^t), w ← w − η·m̂/(√v̂ + ε).
 * Momentum plus RMSprop, with the bias correction that makes the first steps the right size. β^t is a running
 * product, not {@code Math.pow}, so it is the same on every runtime.
 */
public final class Adam extends Optimizer {
    public static final double DEFAULT_BETA1 = 0.9;
    public static final double DEFAULT_BETA2 = 0.999;
    public static final double DEFAULT_EPSILON = 1e-7;
    public final double beta1;
    public final double beta2;
    public final double epsilon;
    private double beta1Power = 1;
    private double beta2Power = 1;
    private long powersAt;

    public Adam(double learningRate, double beta1, double beta2, double epsilon) {
        super(learningRate);
        checkBeta("Adam β1", beta1);
        checkBeta("Adam β2", beta2);
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("Adam ε must be positive, was " + playground.engine.text.Numbers.format(epsilon));
        }
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    public Adam(double learningRate) {
        this(learningRate, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON);
    }

    @Override
    public String id() {
        return beta1 == DEFAULT_BETA1 && beta2 == DEFAULT_BETA2 ? "adam" : "adam:" + Numbers.format(beta1) + ":" + Numbers.format(beta2);
    }

    @Override
    protected int stateVectors() {
        return 2;
    }

    @Override
    protected void update(double[] w, double[] g, double[][] s, double lr, long t) {
        if (powersAt != t) { // once per step, shared by every tensor
            beta1Power *= beta1;
            beta2Power *= beta2;
            powersAt = t;
        }
        double c1 = 1 - beta1Power;
        double c2 = 1 - beta2Power;
        double[] m = s[0];
        double[] v = s[1];
        for (int i = 0; i < w.length; i++) {
            double gi = g[i];
            m[i] = beta1 * m[i] + (1 - beta1) * gi;
            v[i] = beta2 * v[i] + (1 - beta2) * gi * gi;
            // m̂ first, then × η: TeaVM's JavaScript printer drops the parentheses of "η * (m / c1)" (see DMath).
            w[i] -= m[i] / c1 * lr / (Math.sqrt(v[i] / c2) + epsilon);
        }
    }
}
