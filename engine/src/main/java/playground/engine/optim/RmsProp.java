package playground.engine.optim;

import playground.engine.text.Numbers;

/**
 * RMSprop, as Keras computes it: v ← ρ·v + (1−ρ)·g², w ← w − η·g / √(v + ε). Like Adagrad, but the
 * squared-gradient memory fades, so the rate does not shrink forever. Keras's options: {@code centered} divides by
 * the variance instead, √(v − ḡ² + ε) with ḡ ← ρ·ḡ + (1−ρ)·g; {@code momentum} μ > 0 keeps a velocity
 * u ← μ·u + η·g/√(…) and steps w ← w − u.
 *
 * <p>The primer's form ({@code eps_outside}, version 1's): w ← w − η·g / (√v + ε), neither centred nor with momentum.
 */
public final class RmsProp extends Optimizer {
    /** Keras's {@code RMSprop()} learning rate. */
    public static final double DEFAULT_LEARNING_RATE = 0.001;
    public static final double DEFAULT_BETA = 0.9;
    public static final double DEFAULT_EPSILON = 1e-7;
    public final double beta;
    public final double momentum;
    public final boolean centered;
    /** ε added to the root, not under it: the primer's form. */
    public final boolean epsilonOutside;
    public final double epsilon;

    public RmsProp(double learningRate, double beta, double momentum, boolean centered, boolean epsilonOutside) {
        super(learningRate);
        checkBeta("RMSprop ρ", beta);
        checkBeta("RMSprop momentum", momentum);
        if (epsilonOutside && (centered || momentum != 0)) {
            throw new IllegalArgumentException("RMSprop's eps_outside form (version 1's) has neither centered nor momentum");
        }
        this.beta = beta;
        this.momentum = momentum;
        this.centered = centered;
        this.epsilonOutside = epsilonOutside;
        this.epsilon = DEFAULT_EPSILON;
    }

    public RmsProp(double learningRate, double beta) {
        this(learningRate, beta, 0, false, false);
    }

    @Override
    public String id() {
        String numbers = momentum != 0 ? ":" + Numbers.format(beta) + ":" + Numbers.format(momentum)
                : beta != DEFAULT_BETA || epsilonOutside ? ":" + Numbers.format(beta) : "";
        return "rmsprop" + numbers + (centered ? ":centered" : "") + (epsilonOutside ? ":eps_outside" : "");
    }

    @Override
    protected int stateVectors() {
        return 3; // v, ḡ (centered), u (momentum); the last two stay 0 unless used
    }

    @Override
    protected void update(double[] w, double[] g, double[][] s, double lr, long t) {
        double[] v = s[0];
        if (epsilonOutside) {
            for (int i = 0; i < w.length; i++) {
                v[i] = beta * v[i] + (1 - beta) * g[i] * g[i];
                w[i] -= lr * g[i] / (Math.sqrt(v[i]) + epsilon);
            }
            return;
        }
        double[] mean = s[1];
        double[] u = s[2];
        for (int i = 0; i < w.length; i++) {
            double gi = g[i];
            // Keras's order: ρ·v + (1−ρ)·g², the square first (written g²·(1−ρ): see DMath on a * (b * c))
            v[i] = beta * v[i] + gi * gi * (1 - beta);
            double denominator;
            if (centered) {
                mean[i] = beta * mean[i] + (1 - beta) * gi;
                denominator = v[i] - mean[i] * mean[i] + epsilon;
            } else {
                denominator = v[i] + epsilon;
            }
            double increment = lr * gi / Math.sqrt(denominator);
            if (momentum > 0) {
                u[i] = momentum * u[i] + increment;
                w[i] -= u[i];
            } else {
                w[i] -= increment;
            }
        }
    }
}
