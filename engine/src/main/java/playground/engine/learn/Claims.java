package playground.engine.learn;

import java.util.ArrayList;
import java.util.List;
import playground.engine.text.Numbers;

/**
 * The facts a view's "Try this" states, computed here for the view's default settings, so the sentence cannot drift
 * from what the picture shows; a JUnit test pins each one. The sentences are built from the facts, never typed.
 */
public final class Claims {
    /** The steps over which the optimizers' claim counts reversals. */
    static final int TURN_STEPS = 50;

    private Claims() {
    }

    /** The sentences, computed on first use (they depend on the defaults only, so once is enough). */
    private static final class Computed {
        static final String OPTIMIZERS = optimizersSentence();
        static final String LEARNING_RATE = learningRateSentence();
    }

    /** The optimizers view's "Try this". */
    public static String optimizers() {
        return Computed.OPTIMIZERS;
    }

    /** The learning-rate view's "Try this". */
    public static String learningRate() {
        return Computed.LEARNING_RATE;
    }

    /**
     * How often a path reverses across the y direction (the bowl's steep one) in its first {@code steps} steps: steps
     * whose y-move has the opposite sign of the one before.
     */
    static int reversals(double[] ys, int steps) {
        int turns = 0;
        for (int t = 2; t <= steps && t < ys.length; t++) {
            if ((ys[t] - ys[t - 1]) * (ys[t - 1] - ys[t - 2]) < 0) {
                turns++;
            }
        }
        return turns;
    }

    /** Each optimizer of the optimizers view at its defaults on the bowl, in its order: how often it reverses in 50 steps. */
    static int[] bowlReversals() {
        List<Race> races = Learn.optimizerRaces(new Learn.Settings(""), Surface.BOWL);
        int[] out = new int[races.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = reversals(races.get(i).ys, TURN_STEPS);
        }
        return out;
    }

    /** The saddle's level the claim calls escaped: below it, a path has left the ridge and is going down. */
    static final double ESCAPED_BELOW = -1;

    /** The races on the saddle from its default start, at the defaults. */
    static List<Race> saddleRaces() {
        return Learn.optimizerRaces(new Learn.Settings(""), Surface.SADDLE);
    }

    /** Which of {@code races} ended below {@link #ESCAPED_BELOW} without diverging, by name. */
    static List<String> escaped(List<Race> races) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < races.size(); i++) {
            Race r = races.get(i);
            if (r.divergedAt < 0 && r.losses[r.losses.length - 1] < ESCAPED_BELOW) {
                out.add(Learn.OPTIMIZER_NAMES.get(i));
            }
        }
        return out;
    }

    private static String optimizersSentence() {
        int[] turns = bowlReversals();
        StringBuilder others = new StringBuilder();
        for (int i = 1; i < turns.length; i++) {
            others.append(i == 1 ? "" : i == turns.length - 1 ? " and " : ", ").append(Learn.OPTIMIZER_NAMES.get(i)).append(' ')
                    .append(turns[i]);
        }
        List<Race> saddle = saddleRaces();
        List<String> escaped = escaped(saddle);
        int steps = saddle.get(0).losses.length - 1;
        return "At the default settings, on the ill-conditioned bowl plain SGD at η = " + Numbers.format(Learn.SGD_RATE)
                + " zig-zags across the valley: it changes direction " + turns[0] + " times in the first " + TURN_STEPS
                + " steps (" + others + "). On the saddle, starting almost on the ridge (y = " + Numbers.format(Surface.SADDLE.startY)
                + "), " + (escaped.isEmpty() ? "none has" : escaped.size() == saddle.size() ? "every one has"
                        : String.join(", ", escaped) + (escaped.size() == 1 ? " has" : " have"))
                + " escaped below −" + Numbers.format(-ESCAPED_BELOW) + " after " + steps + " steps. Click or drag on the map to move the start.";
    }

    /** The learning-rate view's races at its defaults: small, good, large, and the large rate decayed. */
    @SuppressWarnings("unchecked")
    static List<java.util.Map<String, Object>> rateRaces() {
        return (List<java.util.Map<String, Object>>) (List<?>) Learn.learningRate(new Learn.Settings("")).get("races");
    }

    /**
     * The large rate's last loss as a multiple of its start; the same for its decayed run; and the decayed run's highest
     * loss as a multiple of its start.
     */
    static double[] largeRateGrowth() {
        List<java.util.Map<String, Object>> races = rateRaces();
        List<?> decayed = (List<?>) races.get(3).get("losses");
        double peak = 0;
        for (Object l : decayed) {
            peak = Math.max(peak, (Double) l);
        }
        return new double[] {lossRatio(races.get(2)), lossRatio(races.get(3)), peak / (Double) decayed.get(0)};
    }

    private static double lossRatio(java.util.Map<String, Object> race) {
        List<?> losses = (List<?>) race.get("losses");
        return (Double) losses.get(losses.size() - 1) / (Double) losses.get(0);
    }

    private static String learningRateSentence() {
        double large = Learn.RATES[2];
        double steep = Surface.BOWL.curvatures()[1];
        double above = Math.abs(Surface.BOWL.stepFactors(large)[1]);
        double below = Math.abs(Surface.BOWL.stepFactors(0.099)[1]);
        double[] growth = largeRateGrowth();
        java.util.Map<String, Object> largeRace = rateRaces().get(2);
        int steps = ((List<?>) largeRace.get("losses")).size() - 1;
        // the race stops a run whose loss passes a thousand times its start; say which happened
        String slowly = (Double) largeRace.get("divergedAt") >= 0
                ? "it takes " + steps + " steps to pass a thousand times its start (" + Numbers.significant(growth[0], 3) + "×), where the run stops"
                : "after " + steps + " steps it is " + Numbers.significant(growth[0], 3) + " times its start";
        playground.engine.optim.LrSchedule drive = playground.engine.spec.Ids.schedule(Learn.DRIVE + ":" + Learn.STEP_DECAY);
        return "At the defaults, the large rate η = " + Numbers.format(large) + " is just above 2/" + Numbers.format(steep)
                + " = " + Numbers.format(2 / steep) + ": each step multiplies the distance across the bowl by |1 − ηλ| = "
                + Numbers.significant(above, 3) + ", so the loss (its square, mostly) grows about " + Numbers.significant(above * above, 3)
                + "-fold a step — slowly: " + slowly + ". Lower it from " + Numbers.format(large) + " to 0.099 (factor " + Numbers.significant(below, 3)
                + ") and it converges. The decayed run starts at the same rate and multiplies it by " + Numbers.format(drive.rate)
                + " every " + drive.period + " steps: it grows at first, to " + Numbers.significant(growth[2], 3)
                + " times its start, then the rate " + Numbers.significant(large * drive.rate, 3) + " is below " + Numbers.format(2 / steep)
                + " and it converges, ending at " + Numbers.significant(growth[1], 3) + " times its start.";
    }
}
