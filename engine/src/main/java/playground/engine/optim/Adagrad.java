package playground.engine.optim;

import playground.engine.text.Numbers;

/**
 * Adagrad, as Keras computes it: G ← G + g², w ← w − η·g / √(G + ε), with G starting at the initial accumulator
 * value (Keras's default 0.1). Each weight's rate shrinks with the sum of its squared gradients, so rarely updated
 * weights keep larger steps.
 *
 * <p>The primer's form ({@code eps_outside}, version 1's with G starting at 0): w ← w − η·g / (√G + ε).
 */
public final class Adagrad extends Optimizer {
    /** Keras's {@code Adagrad()} learning rate (TensorFlow.js's string 'adagrad' gives 0.01). */
    public static final double DEFAULT_LEARNING_RATE = 0.001;
    public static final double DEFAULT_EPSILON = 1e-7;
    public static final double DEFAULT_INITIAL_ACCUMULATOR = 0.1;
    public final double epsilon;
    public final double initialAccumulator;
    /** ε added to the root, not under it: the primer's form. */
    public final boolean epsilonOutside;

    public Adagrad(double learningRate, double initialAccumulator, boolean epsilonOutside) {
        super(learningRate);
        if (!(initialAccumulator >= 0) || Double.isInfinite(initialAccumulator)) {
            throw new IllegalArgumentException("Adagrad's initial accumulator must be >= 0, was " + Numbers.format(initialAccumulator));
        }
        this.epsilon = DEFAULT_EPSILON;
        this.initialAccumulator = initialAccumulator;
        this.epsilonOutside = epsilonOutside;
    }

    public Adagrad(double learningRate) {
        this(learningRate, DEFAULT_INITIAL_ACCUMULATOR, false);
    }

    @Override
    public String id() {
        return "adagrad" + (initialAccumulator == DEFAULT_INITIAL_ACCUMULATOR && !epsilonOutside ? "" : ":" + Numbers.format(initialAccumulator))
                + (epsilonOutside ? ":eps_outside" : "");
    }

    @Override
    protected int stateVectors() {
        return 1;
    }

    @Override
    protected double initialState(int vector) {
        return initialAccumulator;
    }

    @Override
    protected void update(double[] w, double[] g, double[][] s, double lr, long t) {
        double[] acc = s[0];
        for (int i = 0; i < w.length; i++) {
            acc[i] += g[i] * g[i];
            w[i] -= epsilonOutside ? lr * g[i] / (Math.sqrt(acc[i]) + epsilon) : lr * g[i] / Math.sqrt(acc[i] + epsilon);
        }
    }
}
