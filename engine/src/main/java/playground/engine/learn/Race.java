package playground.engine.learn;

import java.util.List;
import playground.engine.nn.Param;
import playground.engine.optim.LrSchedule;
import playground.engine.optim.Optimizer;
import playground.engine.spec.Ids;

/**
 * An optimizer (the engine's own, from its id: "sgd", "momentum:0.9", "adam:0.9:0.999", …) walking a
 * {@link Surface} from a start point: the path, the loss at every step, and the step at which it diverged, if it did.
 */
public final class Race {
    public final String optimizer;
    public final double rate;
    public final double[] xs;
    public final double[] ys;
    public final double[] losses;
    /** The first step whose loss is not finite or grew to a thousand times the start's (or position beyond 1e6), or −1. */
    public final int divergedAt;

    private Race(String optimizer, double rate, double[] xs, double[] ys, double[] losses, int divergedAt) {
        this.optimizer = optimizer;
        this.rate = rate;
        this.xs = xs;
        this.ys = ys;
        this.losses = losses;
        this.divergedAt = divergedAt;
    }

    public static Race run(Surface s, String optimizerId, double rate, double x0, double y0, int steps) {
        return run(s, optimizerId, rate, LrSchedule.CONSTANT, x0, y0, steps);
    }

    /** The same, the rate decayed by {@code schedule} as the step count grows (step t uses rate · factor(t)). */
    public static Race run(Surface s, String optimizerId, double rate, LrSchedule schedule, double x0, double y0, int steps) {
        Optimizer opt = Ids.optimizer(optimizerId, rate).withSchedule(schedule);
        Param p = new Param("xy", new int[] {2}, true);
        p.value[0] = x0;
        p.value[1] = y0;
        List<Param> params = List.of(p);
        double[] xs = new double[steps + 1];
        double[] ys = new double[steps + 1];
        double[] losses = new double[steps + 1];
        xs[0] = x0;
        ys[0] = y0;
        losses[0] = s.value(x0, y0);
        int diverged = -1;
        int n = steps;
        for (int t = 1; t <= steps; t++) {
            double[] g = s.gradient(p.value[0], p.value[1]);
            p.grad[0] = g[0];
            p.grad[1] = g[1];
            opt.step(params);
            xs[t] = p.value[0];
            ys[t] = p.value[1];
            losses[t] = s.value(xs[t], ys[t]);
            // diverged: not a number any more, far off the map, or the loss grown to a thousand times its start
            // (a loss that falls without bound, escaping down the saddle, is not divergence)
            if (!Double.isFinite(losses[t]) || Math.abs(xs[t]) > 1e6 || Math.abs(ys[t]) > 1e6
                    || losses[t] > 1e3 * Math.max(Math.abs(losses[0]), 1e-3)) {
                diverged = t;
                n = t;
                break;
            }
        }
        return new Race(optimizerId, rate, trim(xs, n + 1), trim(ys, n + 1), trim(losses, n + 1), diverged);
    }

    private static double[] trim(double[] a, int n) {
        if (n == a.length) {
            return a;
        }
        double[] out = new double[n];
        System.arraycopy(a, 0, out, 0, n);
        return out;
    }
}
