package playground.web.learn;

import playground.web.charts.Plots;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;
import playground.web.dom.Browser;
import playground.web.dom.Dom;

/**
 * An optimizer race on a 2-D surface: the paths drawn up to a step that Play, Step and Reset move, on one map (the
 * optimizers view) or one map per racer (the learning-rate view), with the loss of each racer against the step.
 */
public final class Race {
    /** One racer: its path, losses, label and where it diverged (0: it did not). */
    public static final class Racer {
        final double[] xs;
        final double[] ys;
        final double[] losses;
        final String label;
        final double divergedAt;
        final String mapId;

        public Racer(Map<String, Object> r, String label, String mapId) {
            this.xs = Data.nums(r.get("xs"));
            this.ys = Data.nums(r.get("ys"));
            this.losses = Data.nums(r.get("losses"));
            this.label = label;
            this.divergedAt = Data.num(r.get("divergedAt"));
            this.mapId = mapId;
        }
    }

    private Map<String, Object> data;
    private List<Racer> racers = new ArrayList<>();
    private int shown = -1;
    private int maxSteps;
    private int timer = -1;
    private Plots.Contour contour;
    private final String racerColumn;

    /** racerColumn: the race table's first heading, what tells the racers apart ("optimizer", "rate"). */
    public Race(String racerColumn) {
        this.racerColumn = racerColumn;
    }

    /** Wires Play, Step and Reset. */
    public void controls() {
        Dom.onClick("#race-play", e -> {
            if (timer >= 0) {
                stop();
                return;
            }
            Dom.text("#race-play", "Pause");
            timer = every(30, () -> {
                if (shown >= maxSteps) {
                    stop();
                    return;
                }
                shown = Math.min(maxSteps, shown + Math.max(1, (int) Math.round(maxSteps / 100.0)));
                draw(data, racers);
            });
        });
        Dom.onClick("#race-step", e -> {
            shown = Math.min(maxSteps, shown + 1);
            draw(data, racers);
        });
        Dom.onClick("#race-reset", e -> {
            stop();
            shown = 0;
            draw(data, racers);
        });
    }

    /** Stops playing (and forgets the step shown, when the view is left). */
    public void stop() {
        if (timer >= 0) {
            cancel(timer);
            timer = -1;
        }
        HTMLElement b = Dom.document().querySelector("#race-play");
        if (b != null) {
            b.setTextContent("Play");
        }
    }

    public void reset() {
        stop();
        shown = -1;
    }

    /** The surface's coordinates of a point of the one map (null before it is drawn). */
    public double[] toData(double cx, double cy) {
        return contour == null ? null : contour.toData(cx, cy);
    }

    public void draw(Map<String, Object> data, List<Racer> racers) {
        this.data = data;
        this.racers = racers;
        maxSteps = 0;
        for (Racer r : racers) {
            maxSteps = Math.max(maxSteps, r.xs.length - 1);
        }
        if (shown < 0 || shown > maxSteps) {
            shown = maxSteps;
        }
        int n = (int) Data.num(data.get("size"));
        double[] box = Data.nums(data.get("box"));
        double[] grid = Data.nums(data.get("grid"));
        HTMLElement one = Dom.document().querySelector("#contour");
        if (one != null) {
            List<Plots.Path> paths = new ArrayList<>();
            for (Racer r : racers) {
                paths.add(new Plots.Path(r.xs, r.ys, shown, null, null));
            }
            contour = Plots.contour(one, n, box, grid, paths, 360, new double[] {racers.get(0).xs[0], racers.get(0).ys[0]});
            Dom.style(one, "max-width", "360px"); // its pixels' size at most; narrower with its panel (width 100%)
        } else {
            for (int k = 0; k < racers.size(); k++) {
                Racer r = racers.get(k);
                Plots.contour(Dom.find("#contour-" + r.mapId), n, box, grid, List.of(new Plots.Path(r.xs, r.ys, shown,
                        Plots.PALETTE[k], Plots.DASHES[k])), 240, new double[] {r.xs[0], r.ys[0]});
            }
        }
        List<Plots.Series> legend = new ArrayList<>();
        List<Plots.Series> losses = new ArrayList<>();
        // Measured from the surface's true minimum, so the log axis shows how far from the answer each racer is; the
        // saddle has no minimum (it falls without bound), so there the loss itself is drawn on a linear axis.
        boolean fromMinimum = data.get("minimum") != null;
        double low = fromMinimum ? Data.num(data.get("minimum")) : 0;
        for (Racer r : racers) {
            legend.add(new Plots.Series(r.xs, r.ys, r.label));
            int upto = Math.min(shown + 1, r.losses.length);
            double[] steps = new double[upto];
            double[] above = new double[upto];
            for (int i = 0; i < upto; i++) {
                steps[i] = i;
                above[i] = fromMinimum ? Math.max(r.losses[i] - low, 1e-12) : r.losses[i];
            }
            losses.add(new Plots.Series(steps, above, r.label));
        }
        Ui.replace("#race-legend", Plots.legend(legend));
        HTMLElement c = ((HTMLElement) Dom.find("#race-table").getParentNode()).querySelector("canvas.plot");
        Plots.Options o = new Plots.Options().labels("step", fromMinimum
                ? "loss − true minimum (" + Ui.num(low) + ")" : "loss (the saddle has no minimum)");
        o.yLog = fromMinimum;
        o.width = Ui.plotWidth(c);
        o.xRange = new double[] {0, Math.max(1, maxSteps)};
        Plots.line(c, losses, o);
        Dom.text("#race-scale", fromMinimum
                ? "Log scale: the loss minus the surface's true minimum, " + Ui.num(low) + "."
                : "Linear scale: the saddle has no minimum (x² − y² falls without bound), so this is the loss itself.");
        Dom.text("#race-shown", "step " + shown + " of " + maxSteps);
        List<Object[]> rows = new ArrayList<>();
        for (Racer r : racers) {
            int i = Math.min(shown, r.xs.length - 1);
            rows.add(new Object[] {r.label, r.losses[i], "(" + Ui.num(r.xs[i]) + ", " + Ui.num(r.ys[i]) + ")",
                r.divergedAt > 0 ? "at step " + Ui.num(r.divergedAt) : "no"});
        }
        Ui.replace("#race-table", Ui.table(new String[] {racerColumn, "loss at step " + shown, "position", "diverged"}, rows));
    }

    /** Play, Step, Reset and the step shown, as both race views lay them out. */
    public static HTMLElement buttons() {
        return Ui.row(Ui.button("race-play", "Play", false), Ui.button("race-step", "Step", true),
                Ui.button("race-reset", "Reset", true), Ui.el("output", "id", "race-shown", "aria-live", "polite"));
    }

    @JSBody(params = {"ms", "task"}, script = "return setInterval(function() { task(); }, ms);")
    private static native int every(int ms, Browser.Listener task);

    @JSBody(params = "id", script = "clearInterval(id);")
    private static native void cancel(int id);
}
