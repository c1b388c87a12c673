package playground.engine.optim;

import java.util.ArrayList;
import java.util.List;
import playground.engine.nn.Param;

/**
 * Updates trainable parameters from their gradients. Subclasses implement one rule for one parameter tensor; the
 * base class keeps the step counter, the learning rate (which callbacks such as reduce-on-plateau may lower) and
 * the decay schedule, and allocates each rule's state once.
 */
public abstract class Optimizer {
    private double learningRate;
    private LrSchedule schedule = LrSchedule.CONSTANT;
    private long steps;
    private final List<double[][]> state = new ArrayList<>();

    protected Optimizer(double learningRate) {
        setLearningRate(learningRate);
    }

    /** The id the spec and the CLI use: "sgd", "adam", ... */
    public abstract String id();

    /** How many state vectors the rule keeps per parameter (momentum: 1, Adam: 2). */
    protected abstract int stateVectors();

    /** The value state vector {@code vector} starts at (Adagrad's accumulator: its initial value); 0 for most. */
    protected double initialState(int vector) {
        return 0;
    }

    /** Applies the rule to one tensor: w −= f(g, state) with the effective rate {@code lr}. */
    protected abstract void update(double[] w, double[] g, double[][] s, double lr, long t);

    public final double learningRate() {
        return learningRate;
    }

    /** The base rate; the schedule's factor is applied on top of it. */
    public final void setLearningRate(double rate) {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("learning rate must be a positive number, was " + playground.engine.text.Numbers.format(rate));
        }
        learningRate = rate;
    }

    public final LrSchedule schedule() {
        return schedule;
    }

    public final Optimizer withSchedule(LrSchedule s) {
        schedule = s;
        return this;
    }

    /** The rate the next step will use. */
    public final double currentRate() {
        return learningRate * schedule.factor(steps);
    }

    public final long steps() {
        return steps;
    }

    /** One update of every trainable parameter in {@code params} (always the same list, in the same order). */
    public final void step(List<Param> params) {
        double lr = currentRate();
        steps++;
        int slot = 0;
        for (Param p : params) {
            if (!p.trainable()) {
                continue;
            }
            if (slot == state.size()) {
                double[][] s = new double[stateVectors()][];
                for (int i = 0; i < s.length; i++) {
                    s[i] = new double[p.size()];
                    if (initialState(i) != 0) {
                        java.util.Arrays.fill(s[i], initialState(i));
                    }
                }
                state.add(s);
            }
            update(p.value, p.grad, state.get(slot), lr, steps);
            slot++;
        }
    }

    static void checkBeta(String name, double beta) {
        if (!(beta >= 0 && beta < 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1), was " + playground.engine.text.Numbers.format(beta));
        }
    }
}
