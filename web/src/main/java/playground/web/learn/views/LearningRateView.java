package playground.web.learn.views;

import playground.web.charts.Plots;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;
import playground.web.dom.Dom;
import playground.web.learn.Choices;
import playground.web.learn.Data;
import playground.web.learn.LearnPage;
import playground.web.learn.Params;
import playground.web.learn.Race;
import playground.web.learn.Ui;
import playground.web.learn.View;
import playground.web.page.Status;
import playground.web.protocol.Kind;

/** Three learning rates on one surface, decay schedules, and a learning-rate range test on a real dataset. */
public final class LearningRateView extends View {
    /** The runs, each on its own map: three constant rates, then the large one lowered by the chosen schedule. */
    private static final String[] RUNS = {"small", "good", "large", "decayed"};
    private final Race race = new Race("rate");

    public LearningRateView() {
        super("lr", "The learning rate",
                "The learning rate scales every step. Too small and training crawls; too large and each step overshoots the "
                        + "minimum by more than it corrects, so the loss grows without bound — on the bowl, plain gradient descent "
                        + "diverges once η exceeds 2 divided by the steepest curvature (here 2/20 = 0.1). Decay schedules start large "
                        + "and shrink the rate as training goes on: the fourth run is the large rate again, driven by one of them.",
                // the engine's sentence (Claims.learningRate) replaces this once its numbers arrive
                "Lower the large rate from 0.105 to 0.099 and back, then change the schedule that drives the decayed run.");
    }

    @Override
    public Map<String, String> pageKeys() {
        return ordered("rt_data", "iris", "rt_opt", "sgd", "rt_min", "0.0001", "rt_max", "10", "rt_steps", "300");
    }

    /** A start is a point on one surface's map: a new surface starts from its own. */
    @Override
    public List<String> resetBy(String key) {
        return key.equals("surface") ? List.of("x0", "y0") : List.of();
    }

    @Override
    public void build(HTMLElement root) {
        race.reset();
        root.appendChild(Ui.row(Ui.select("surface", "surface", Choices.of(Choices.SURFACES)),
                Ui.number("lr_small", "small η"), Ui.number("lr_good", "good η"), Ui.number("lr_large", "large η"),
                Ui.number("steps", "steps", "1", "2000", "1"),
                Ui.select("drive", "decayed run's schedule", Choices.of("time", "time decay", "step", "step decay", "exp", "exponential"))));
        root.appendChild(Race.buttons());
        HTMLElement panels = Ui.el("div", "class", "panels");
        for (String k : RUNS) {
            panels.appendChild(Ui.panel((k.equals("decayed") ? "large rate, decayed" : k + " rate") + " (lighter is lower)", Ui.el("canvas", "id", "contour-" + k, "class", "map",
                    "role", "img", "aria-label", "Contour map with the path of the " + k + " rate"),
                    Ui.el("p", "id", "verdict-" + k, "class", "note")));
        }
        panels.appendChild(Ui.wide(Ui.panel("Loss against steps", Ui.canvas("Loss against the step for the four runs"), Ui.el("p", "id", "race-scale", "class", "note"),
                Ui.el("div", "id", "race-legend"), Ui.scroll("race-table", "The race, step by step"))));
        root.appendChild(panels);
        root.appendChild(Ui.row(Ui.number("base", "base rate"), Ui.number("time", "time decay d"),
                Ui.input("step", "step decay factor:period", "text", null, null, null),
                Ui.input("exp", "exponential factor:period", "text", null, null, null)));
        root.appendChild(Ui.panel("Decay schedules over 100 steps", Ui.canvas("The learning rate of each schedule against the step"),
                Ui.el("div", "id", "schedule-legend")));
        root.appendChild(Ui.panel("A learning-rate range test on a real dataset",
                Ui.el("p", "class", "note", "text", "One mini-batch step per rate, the rate growing exponentially; the loss is smoothed. "
                        + "The suggested rate is where the loss falls fastest, before it blows up."),
                Ui.row(LearnPage.current().datasetControl("rt_data", false),
                        Ui.select("rt_opt", "optimizer", Choices.of("sgd", "SGD", "momentum", "momentum", "adam", "Adam")),
                        Ui.number("rt_min", "from η"), Ui.number("rt_max", "to η"), Ui.number("rt_steps", "steps", "10", "5000", "10"),
                        Ui.button("run-range", "Run the range test", false)),
                Ui.hiddenUntilRun(Ui.canvas("Smoothed loss against the learning rate, log-log")), Ui.el("div", "id", "range-legend"),
                Ui.el("p", "id", "range-result", "aria-live", "polite")));
        Dom.onClick("#run-range", e -> runRangeTest());
        race.controls();
    }

    @Override
    public void update(Map<String, Object> data) {
        List<Map<String, Object>> races = Data.maps(data.get("races"));
        List<Race.Racer> racers = new ArrayList<>();
        for (Map<String, Object> r : races) {
            String name = r.get("schedule") != null ? "decayed " + r.get("schedule") + " from η = " + Ui.num(Data.num(r.get("rate")))
                    : r.get("label") + " η = " + Ui.num(Data.num(r.get("rate")));
            racers.add(new Race.Racer(r, name, (String) r.get("label")));
        }
        race.draw(data, racers);
        for (Map<String, Object> r : races) {
            double[] losses = Data.nums(r.get("losses"));
            double divergedAt = Data.num(r.get("divergedAt"));
            Dom.text("#verdict-" + r.get("label"), "η = " + Ui.num(Data.num(r.get("rate"))) + scheduled(r) + ": " + (divergedAt > 0
                    ? "diverged at step " + Ui.num(divergedAt) + "."
                    : "loss " + Ui.num(losses[losses.length - 1]) + " after " + (losses.length - 1) + " steps.") + growth(r));
        }
        HTMLElement c = Dom.document().querySelectorAll("canvas.plot").get(1);
        List<Plots.Series> series = new ArrayList<>();
        for (Map<String, Object> s : Data.maps(data.get("schedules"))) {
            double[] rates = Data.nums(s.get("rates"));
            double[] steps = new double[rates.length];
            for (int i = 0; i < steps.length; i++) {
                steps[i] = i;
            }
            series.add(new Plots.Series(steps, rates, (String) s.get("id")));
        }
        Plots.Options o = new Plots.Options().labels("step", "learning rate");
        o.width = Ui.plotWidth(c);
        Plots.line(c, series, o);
        Ui.replace("#schedule-legend", Plots.legend(series));
    }

    /** The decayed run's schedule and the rate it had fallen to by the last step. */
    private static String scheduled(Map<String, Object> r) {
        if (r.get("schedule") == null) {
            return "";
        }
        double[] rates = Data.nums(r.get("rates"));
        return ", lowered by " + r.get("schedule") + " to " + Ui.num(rates[rates.length - 1]) + " at the last step";
    }

    /**
     * Why a rate converges or diverges on a quadratic: each step multiplies the distance to the minimum along each axis
     * (the Hessian's eigenvectors here) by |1 − ηλ|, λ that axis's curvature. Where λ is negative (the saddle's y) the
     * distance from the ridge grows at any rate: that is the way down, the loss falls.
     */
    private static String growth(Map<String, Object> r) {
        if (r.get("factors") == null) {
            return "";
        }
        double[] f = Data.nums(r.get("factors"));
        double[] lambda = Data.nums(r.get("curvatures"));
        String[] axes = {"x", "y"};
        StringBuilder sb = new StringBuilder(" Each step multiplies the distance");
        for (int i = 0; i < f.length; i++) {
            double g = Math.abs(f[i]);
            sb.append(i == 0 ? " " : "; ").append("along ").append(axes[i]).append(" (λ = ").append(Ui.num(lambda[i]))
                    .append(") by |1 − ηλ| = ").append(Ui.num(g)).append(": ")
                    .append(lambda[i] < 0 ? "it grows — downhill, the escape, the loss falls"
                            : g > 1 ? "it grows" : g == 1 ? "it stays" : "it shrinks");
        }
        return sb.append('.').toString();
    }

    private void runRangeTest() {
        LearnPage page = LearnPage.current();
        Params p = page.params();
        page.trainView(Dom.find("#run-range"), (done, failed) -> page.ensureData(p.get("rt_data"), () -> {
            String query = LearnPage.specQuery("data", p.get("rt_data"), "layers", "dense:32:relu,dense:32:relu",
                    "opt", p.get("rt_opt"), "batch", "32");
            String extra = p.get("rt_min") + ":" + p.get("rt_max") + ":" + p.get("rt_steps");
            page.engine().request(Kind.LEARN_TRAIN, new Object[] {"range-test", query, extra}, (result, ms) -> {
                Map<String, Object> r = Data.map(result);
                HTMLElement panel = (HTMLElement) Dom.find("#run-range").getParentNode().getParentNode();
                HTMLElement c = panel.querySelector("canvas.plot");
                c.setHidden(false);
                double[] rates = Data.nums(r.get("rates"));
                double[] xs = new double[rates.length];
                for (int i = 0; i < xs.length; i++) {
                    xs[i] = Math.log10(rates[i]);
                }
                double[] smoothed = Data.nums(r.get("smoothed"));
                List<Plots.Series> series = new ArrayList<>();
                series.add(new Plots.Series(xs, Data.nums(r.get("losses")), "loss of each step").color("#bbbbbb").dash());
                series.add(new Plots.Series(xs, smoothed, "smoothed loss"));
                double suggested = Data.num(r.get("suggested"));
                if (r.get("suggested") != null && suggested != 0) {
                    double y = Double.NaN;
                    double lowest = Double.POSITIVE_INFINITY;
                    for (int i = 0; i < rates.length; i++) {
                        if (rates[i] == suggested && Double.isNaN(y)) {
                            y = smoothed[i];
                        }
                        lowest = Math.min(lowest, smoothed[i]);
                    }
                    series.add(new Plots.Series(new double[] {Math.log10(suggested)}, new double[] {Double.isNaN(y) ? lowest : y},
                            "suggested rate").points(6).color("#d55e00"));
                }
                Plots.Options o = new Plots.Options().labels("log₁₀ learning rate", "loss");
                o.yLog = true;
                o.width = Ui.plotWidth(c);
                Plots.line(c, series, o);
                Ui.replace("#range-legend", Plots.legend(series));
                Dom.text("#range-result", "Suggested learning rate: " + Ui.num(r.get("suggested") == null ? null : suggested)
                        + " (the smoothed loss is lowest at " + Ui.num(Data.num(r.get("minimumAt")))
                        + (Boolean.TRUE.equals(r.get("stoppedEarly"))
                                ? "; stopped after " + Ui.num(Data.num(r.get("steps"))) + " steps when the loss blew up)." : ")."));
                Dom.publish("range", "done");
                Status.show("Range test done.");
                done.run();
            }, failed);
        }, failed));
    }

    @Override
    public void leave() {
        race.reset();
    }
}
