package playground.web.learn.views;

import playground.web.charts.Plots;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;
import playground.web.dom.Browser;
import playground.web.dom.Dom;
import playground.web.learn.Choices;
import playground.web.learn.Data;
import playground.web.learn.LearnPage;
import playground.web.learn.Params;
import playground.web.learn.Runs;
import playground.web.learn.Ui;
import playground.web.learn.View;
import playground.web.page.Status;

/**
 * Activations and their derivatives, and how many units of a real network are switched off (z ≤ 0 on every row)
 * before and while it trains: with ReLU they are dead, with leaky ReLU, trained beside it, they still learn.
 */
public final class ActivationsView extends View {
    /** The curves the engine sends, and how the legend names them. */
    private static final String[] CURVES = {"sigmoid", "tanh", "relu", "leaky_relu", "linear"};
    private static final double[] DASH = {6, 4};
    private static final double[] SOLID = {};

    public ActivationsView() {
        super("activations", "Activations",
                "An activation bends the sum a neuron computes; back-propagation multiplies by its derivative. Sigmoid and "
                        + "tanh flatten out at both ends, so their derivative — and the gradient through them — fades there. ReLU passes "
                        + "positive values unchanged and blocks negative ones, derivative 0; leaky ReLU lets a small slope α through, "
                        + "so a unit whose inputs are all negative still learns.",
                "Compare the derivatives' peaks, then train and count the dead units."); // the engine's counted sentence replaces it
    }

    /** The engine's two dead-unit runs for the current settings: the layers as given, and their leaky twin. */
    private List<String> deadRuns = List.of();

    @Override
    public void build(HTMLElement root) {
        LearnPage page = LearnPage.current();
        root.appendChild(Ui.row(Ui.select("act", "show", Choices.activations(null)),
                Ui.number("slope", "leaky slope", "0", "0.99", "0.01")));
        root.appendChild(Ui.panels(
                Ui.panel("The function and its derivative", Ui.el("canvas", "id", "act-plot", "class", "plot", "role", "img",
                        "aria-label", "The chosen activation and its derivative", "data-w", "520", "data-h", "280"),
                        Ui.el("div", "id", "act-legend")),
                Ui.panel("Values", Ui.el("div", "id", "act-table"))));
        root.appendChild(Ui.panel("Every derivative",
                Ui.el("p", "class", "note", "text", "The factor back-propagation multiplies by at each layer. Sigmoid's peaks at "
                        + "0.25, so ten sigmoid layers scale a gradient by at most 0.25¹⁰ ≈ 10⁻⁶; tanh's peaks at 1 but fades as fast "
                        + "away from 0; ReLU's is 1 or 0, and leaky ReLU's never drops below α."),
                Ui.el("canvas", "id", "deriv-plot", "class", "plot", "role", "img", "aria-label",
                        "The derivatives of sigmoid, tanh, ReLU, leaky ReLU and linear against z", "data-w", "520", "data-h", "240"),
                Ui.el("div", "id", "deriv-legend")));
        root.appendChild(Ui.panel("Dead units while training",
                Ui.el("p", "class", "note", "text", "A ReLU unit is dead when its z ≤ 0 on every training row: its output is 0 there "
                        + "and no gradient reaches its weights. Some are dead before the first step: when the inputs are all ≥ 0 (scaled "
                        + "into [0, 1]) and the biases start at 0, a first-layer unit whose weights are all negative has z ≤ 0 on every "
                        + "row; with 2 inputs that is 1 chance in 4, and later layers, fed ReLU outputs that are ≥ 0 too, lose units the "
                        + "same way. Dead is not forever: the unit's own weights are stuck, but the layers below it keep learning, so its "
                        + "inputs change and it can come back (a first-layer unit, fed the fixed data, comes back only by momentum). "
                        + "The button trains the network and, beside it, the same network with every ReLU made leaky (slope α): its "
                        + "units switched off still pass α times the gradient, so they keep learning."),
                Ui.row(page.datasetControl("dr_data", true), Ui.input("dr_layers", "hidden layers", "text", null, null, null),
                        Ui.select("dr_opt", "optimizer", Choices.of("sgd", "SGD", "adam", "Adam")),
                        Ui.number("dr_lr", "learning rate"), Ui.number("dr_epochs", "epochs", "1", "200", "1"),
                        Ui.number("dr_slope", "leaky twin's α", "0.01", "0.9", "0.01"),
                        Ui.button("run-dead", "Train both and count", false)),
                Ui.hiddenUntilRun(Ui.el("canvas", "id", "dead-plot", "class", "plot", "role", "img", "aria-label",
                        "Share of units switched off per layer after each epoch, ReLU solid and leaky dashed", "data-w", "520",
                        "data-h", "280")),
                Ui.el("div", "id", "dead-legend"), Ui.scroll("dead-table", "Units switched off per layer, ReLU and leaky")));
        Dom.onClick("#run-dead", e -> runDeadUnits());
    }

    @Override
    public void update(Map<String, Object> data) {
        List<String> runs = new ArrayList<>();
        for (Object q : Data.list(data.get("deadRuns"))) {
            runs.add((String) q);
        }
        deadRuns = runs;
        String act = LearnPage.current().params().get("act");
        String key = act.indexOf(':') >= 0 ? act.substring(0, act.indexOf(':')) : act;
        Map<String, Object> curves = Data.map(data.get("curves"));
        List<Object> curve = Data.list(curves.get(key));
        double[] zs = Data.nums(curve.get(0));
        double[] f = Data.nums(curve.get(1));
        double[] df = Data.nums(curve.get(2));
        List<Plots.Series> series = List.of(new Plots.Series(zs, f, key + "(z)"), new Plots.Series(zs, df, key + "′(z)"));
        HTMLElement c = Dom.find("#act-plot");
        Plots.Options o = new Plots.Options().labels("z", null);
        o.width = Ui.plotWidth(c);
        Plots.line(c, series, o);
        Ui.replace("#act-legend", Plots.legend(series));
        List<Object[]> rows = new ArrayList<>();
        for (int z : new int[] {-4, -2, -1, 0, 1, 2, 4}) {
            int i = (z + 5) * 20;
            rows.add(new Object[] {Ui.num(zs[i]), f[i], df[i]});
        }
        Ui.replace("#act-table", Ui.table(new String[] {"z", key + "(z)", "derivative"}, rows));
        List<Plots.Series> derivatives = new ArrayList<>();
        for (String name : CURVES) {
            List<Object> d = Data.list(curves.get(name));
            derivatives.add(new Plots.Series(Data.nums(d.get(0)), Data.nums(d.get(2)), name + "′(z)"));
        }
        HTMLElement dc = Dom.find("#deriv-plot");
        Plots.Options od = new Plots.Options().labels("z", "derivative");
        od.width = Ui.plotWidth(dc);
        od.height = Ui.plotHeight(dc);
        od.yRange = new double[] {-0.05, 1.1};
        Plots.line(dc, derivatives, od);
        Ui.replace("#deriv-legend", Plots.legend(derivatives));
    }

    private void runDeadUnits() {
        LearnPage page = LearnPage.current();
        Params p = page.params();
        List<String> queries = deadRuns;
        page.trainView(Dom.find("#run-dead"), (done, failed) -> page.ensureData(p.get("dr_data"), () -> Runs.train("dead-relu", queries,
                (results, ms) -> {
                    draw(results.get(0), results.get(1));
                    done.run();
                    for (Map<String, Object> r : results) {
                        if (Boolean.TRUE.equals(r.get("diverged"))) {
                            page.notices(List.of(r.get("message") + " The counts stop at the last finite epoch."));
                        }
                    }
                    Status.show("Trained " + (Data.maps(results.get(0).get("epochs")).size() - 1) + " epochs twice, ReLU and leaky.");
                }, failed), failed));
    }

    /** The chart (ReLU solid, leaky dashed, one colour per layer) and the table, epoch by epoch. */
    private static void draw(Map<String, Object> relu, Map<String, Object> leaky) {
        HTMLElement canvas = Dom.find("#dead-plot");
        canvas.setHidden(false);
        List<Plots.Series> series = new ArrayList<>();
        List<String> headers = new ArrayList<>(List.of("epoch", "loss (ReLU)", "loss (leaky)"));
        List<Map<String, Object>> runs = List.of(relu, leaky);
        for (int run = 0; run < 2; run++) {
            Map<String, Object> r = runs.get(run);
            List<Object> names = Data.list(r.get("layers"));
            List<Map<String, Object>> epochs = Data.maps(r.get("epochs"));
            double[] xs = new double[epochs.size()];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = Data.num(epochs.get(i).get("epoch"));
            }
            for (int k = 0; k < names.size(); k++) {
                double[] ys = new double[epochs.size()];
                for (int i = 0; i < ys.length; i++) {
                    ys[i] = 100 * Data.nums(epochs.get(i).get("dead"))[k];
                }
                Plots.Series s = new Plots.Series(xs, ys, (String) names.get(k));
                s.color = Plots.PALETTE[k % Plots.PALETTE.length];
                s.dash = run == 1 ? DASH : SOLID;
                series.add(s);
                headers.add((String) names.get(k));
            }
        }
        Plots.Options o = new Plots.Options().labels("epoch (0 = at initialization)", "units switched off (%)");
        o.width = Ui.plotWidth(canvas);
        o.yRange = new double[] {0, 100};
        Plots.line(canvas, series, o);
        Ui.replace("#dead-legend", Plots.legend(series));
        List<Map<String, Object>> re = Data.maps(relu.get("epochs"));
        List<Map<String, Object>> le = Data.maps(leaky.get("epochs"));
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(re.size(), le.size()); i++) {
            Object[] row = new Object[headers.size()];
            Map<String, Object> a = i < re.size() ? re.get(i) : null;
            Map<String, Object> b = i < le.size() ? le.get(i) : null;
            row[0] = Ui.num(Data.num((a != null ? a : b).get("epoch")));
            row[1] = a == null || a.get("loss") == null ? "–" : a.get("loss");
            row[2] = b == null || b.get("loss") == null ? "–" : b.get("loss");
            int col = 3;
            for (int run = 0; run < 2; run++) {
                Map<String, Object> e = run == 0 ? a : b;
                int layers = Data.list(runs.get(run).get("layers")).size();
                double[] dead = e == null ? new double[0] : Data.nums(e.get("dead"));
                for (int k = 0; k < layers; k++) {
                    row[col++] = k < dead.length ? Browser.fixed(100 * dead[k], 1) + " %" : "–";
                }
            }
            rows.add(row);
        }
        Ui.replace("#dead-table", Ui.table(headers.toArray(new String[0]), rows));
        Dom.publish("dead", "done");
    }
}
