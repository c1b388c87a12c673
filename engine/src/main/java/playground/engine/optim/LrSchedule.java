package playground.engine.optim;

import playground.engine.math.DMath;
import playground.engine.text.Numbers;

/**
 * Learning-rate decay: the factor the base rate is multiplied by at a given optimizer step (counted from 0, one
 * step per mini-batch).
 */
public final class LrSchedule {
    public enum Kind { CONSTANT, TIME_BASED, STEP, EXPONENTIAL }

    public static final LrSchedule CONSTANT = new LrSchedule(Kind.CONSTANT, 0, 0);

    public final Kind kind;
    /** TIME_BASED: the decay d; STEP and EXPONENTIAL: the factor per period. */
    public final double rate;
    /** STEP and EXPONENTIAL: the period in steps. */
    public final int period;

    private LrSchedule(Kind kind, double rate, int period) {
        this.kind = kind;
        this.rate = rate;
        this.period = period;
    }

    /** η_t = η₀ / (1 + d·t), Keras's legacy {@code decay} argument. */
    public static LrSchedule timeBased(double decay) {
        if (!(decay >= 0)) {
            throw new IllegalArgumentException("decay must be >= 0, was " + playground.engine.text.Numbers.format(decay));
        }
        return new LrSchedule(Kind.TIME_BASED, decay, 0);
    }

    /** η_t = η₀ · factor^⌊t/period⌋: drops in stairs. */
    public static LrSchedule step(double factor, int period) {
        check(factor, period);
        return new LrSchedule(Kind.STEP, factor, period);
    }

    /** η_t = η₀ · factor^(t/period): a smooth exponential decay. */
    public static LrSchedule exponential(double factor, int period) {
        check(factor, period);
        return new LrSchedule(Kind.EXPONENTIAL, factor, period);
    }

    private static void check(double factor, int period) {
        if (!(factor > 0 && factor <= 1) || period < 1) {
            throw new IllegalArgumentException("decay factor must be in (0, 1] and period >= 1");
        }
    }

    public String id() {
        switch (kind) {
            case TIME_BASED:
                return "time:" + Numbers.format(rate);
            case STEP:
                return "step:" + Numbers.format(rate) + ":" + period;
            case EXPONENTIAL:
                return "exp:" + Numbers.format(rate) + ":" + period;
            default:
                return "constant";
        }
    }

    /** The multiplier of the base rate at step t (t = 0 for the first update). */
    public double factor(long t) {
        switch (kind) {
            case TIME_BASED:
                return 1 / (1 + rate * t);
            case STEP:
                return DMath.pow(rate, (double) (t / period));
            case EXPONENTIAL:
                return DMath.pow(rate, (double) t / period);
            default:
                return 1;
        }
    }
}
