package playground.engine.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import playground.engine.text.Numbers;

/**
 * The facts a view's "Try this" states, computed here for the view's default settings, so the sentence cannot drift
 * from what the picture shows; a JUnit test pins each one. The sentences are built from the facts, never typed.
 */
public final class Claims {
    /** The steps over which the optimizers' claim counts reversals. */
    static final int TURN_STEPS = 50;

    private static String optimizersTryThis;
    /** The saddle race's length at the defaults, as the last count found it. */
    private static int saddleSteps;

    private Claims() {
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

    /** Each optimizer of the optimizers view at its defaults on the bowl: how often it reverses in 50 steps. */
    static List<Object[]> bowlReversals() {
        List<Object[]> out = new ArrayList<>();
        for (Map<String, Object> race : races("")) {
            out.add(new Object[] {race.get("name"), reversals(nums(race.get("ys")), TURN_STEPS)});
        }
        return out;
    }

    /** The optimizers that, from the saddle's default start, are below −1 (off the ridge, going down) at the last step. */
    static List<String> saddleEscapes() {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> race : races("surface=saddle")) {
            double[] losses = nums(race.get("losses"));
            saddleSteps = Math.max(saddleSteps, losses.length - 1);
            if (((Double) race.get("divergedAt")) < 0 && losses[losses.length - 1] < -1) {
                out.add((String) race.get("name"));
            }
        }
        return out;
    }

    /** The optimizers view's "Try this", from the facts above (computed once: they depend on the defaults only). */
    public static synchronized String optimizersTryThis() {
        if (optimizersTryThis == null) {
            List<Object[]> turns = bowlReversals();
            StringBuilder others = new StringBuilder();
            for (int i = 1; i < turns.size(); i++) {
                others.append(i == 1 ? "" : i == turns.size() - 1 ? " and " : ", ").append(turns.get(i)[0]).append(' ')
                        .append(turns.get(i)[1]);
            }
            List<String> escaped = saddleEscapes();
            optimizersTryThis = "On the ill-conditioned bowl, plain SGD at η = " + Numbers.format(Learn.SGD_RATE)
                    + " zig-zags across the valley: it changes direction " + turns.get(0)[1] + " times in the first "
                    + TURN_STEPS + " steps (" + others + "). On the saddle, starting almost on the ridge (y = 0.02), "
                    + (escaped.isEmpty() ? "none has" : escaped.size() == turns.size() ? "every one has"
                            : String.join(", ", escaped) + (escaped.size() == 1 ? " has" : " have"))
                    + " escaped below −1 after " + saddleSteps + " steps. Click or drag on the map to move the start.";
        }
        return optimizersTryThis;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> races(String query) {
        return (List<Map<String, Object>>) (List<?>) Learn.optimizers(new Learn.Settings(query)).get("races");
    }

    private static double[] nums(Object list) {
        List<?> l = (List<?>) list;
        double[] a = new double[l.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = (Double) l.get(i);
        }
        return a;
    }
}
