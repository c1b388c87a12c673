package playground.engine.optim;

import playground.engine.text.Numbers;

/**
 * Adam, as Keras computes it: m ← m + (g − m)·(1−β1), v ← v + (g² − v)·(1−β2), α = η·√(1−β2^t)/(1−β1^t),
 * w ← w − α·m/(√v + ε) — the bias correction folded into the rate, ε on the uncorrected √v (the paper's "ε̂" form,
 * just before its Section 2.1). Momentum plus RMSprop, with the correction that makes the first steps the right size.
 *
 * <p>The paper's Algorithm 1 ({@code paper}, version 1's, and TensorFlow.js's): m̂ = m/(1−β1^t), v̂ = v/(1−β2^t),
 * w ← w − η·m̂/(√v̂ + ε). The two agree as ε → 0; Keras's ε is the paper's times √(1−β2^t) (about 31.6× smaller at
 * t = 1 with β2 = 0.999). β^t is a running product, not {@code Math.pow}, so it is the same on every runtime.
 */
public final class Adam extends Optimizer {
    /** Keras's {@code Adam()} learning rate. */
    public static final double DEFAULT_LEARNING_RATE = 0.001;
    public static final double DEFAULT_BETA1 = 0.9;
    public static final double DEFAULT_BETA2 = 0.999;
    public static final double DEFAULT_EPSILON = 1e-7;
    public final double beta1;
    public final double beta2;
    public final double epsilon;
    /** ε added to the bias-corrected √v̂: the paper's Algorithm 1, TensorFlow.js's form. */
    public final boolean paper;
    private double beta1Power = 1;
    private double beta2Power = 1;
    private long powersAt;

    public Adam(double learningRate, double beta1, double beta2, double epsilon, boolean paper) {
        super(learningRate);
        checkBeta("Adam β1", beta1);
        checkBeta("Adam β2", beta2);
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("Adam ε must be positive, was " + Numbers.format(epsilon));
        }
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.paper = paper;
    }

    public Adam(double learningRate) {
        this(learningRate, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON, false);
    }

    @Override
    public String id() {
        boolean betas = beta1 != DEFAULT_BETA1 || beta2 != DEFAULT_BETA2 || paper;
        return "adam" + (betas ? ":" + Numbers.format(beta1) + ":" + Numbers.format(beta2) : "") + (paper ? ":paper" : "");
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
        if (paper) {
            for (int i = 0; i < w.length; i++) {
                double gi = g[i];
                m[i] = beta1 * m[i] + (1 - beta1) * gi;
                v[i] = beta2 * v[i] + (1 - beta2) * gi * gi;
                // m̂ first, then × η: TeaVM's JavaScript printer drops the parentheses of "η * (m / c1)" (see DMath).
                w[i] -= m[i] / c1 * lr / (Math.sqrt(v[i] / c2) + epsilon);
            }
            return;
        }
        double alpha = lr * Math.sqrt(c2) / c1;
        for (int i = 0; i < w.length; i++) {
            double gi = g[i];
            // Keras's m + (g − m)·(1−β1), written (…) + m for TeaVM's JavaScript printer (see DMath)
            m[i] = (gi - m[i]) * (1 - beta1) + m[i];
            v[i] = (gi * gi - v[i]) * (1 - beta2) + v[i];
            w[i] -= m[i] * alpha / (Math.sqrt(v[i]) + epsilon);
        }
    }
}
