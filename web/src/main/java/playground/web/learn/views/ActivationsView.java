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
import playground.web.learn.Ui;
import playground.web.learn.View;
import playground.web.page.Status;
import playground.web.protocol.Kind;

/** Activations and their derivatives, and how many ReLU units die while a real network trains. */
public final class ActivationsView extends View {
    public ActivationsView() {
        super("activations", "Activations",
                "An activation bends the sum a neuron computes; back-propagation multiplies by its derivative. Sigmoid and "
                        + "tanh flatten out at both ends, so their derivative — and the gradient through them — fades there. ReLU passes "
                        + "positive values unchanged and blocks negative ones; leaky ReLU lets a small slope through, so no unit is ever "
                        + "completely dead.",
                "Compare the derivatives' peaks: sigmoid's is only 0.25, so a stack of sigmoids shrinks the gradient "
                        + "at least fourfold per layer. Then raise leaky ReLU's slope.");
    }

    @Override
    public Map<String, String> pageKeys() {
        return ordered("dr_data", "spiral", "dr_layers", "dense:32:relu,dense:32:relu,dense:32:relu", "dr_opt", "sgd",
                "dr_lr", "1", "dr_epochs", "20");
    }

    @Override
    public void build(HTMLElement root) {
        LearnPage page = LearnPage.current();
        root.appendChild(Ui.row(Ui.select("act", "show", Choices.activations(null)),
                Ui.number("slope", "leaky slope", "0", "0.99", "0.01")));
        root.appendChild(Ui.panels(
                Ui.panel("The function and its derivative", Ui.canvas("The chosen activation and its derivative"),
                        Ui.el("div", "id", "act-legend")),
                Ui.panel("Values", Ui.el("div", "id", "act-table"))));
        root.appendChild(Ui.panel("Dead ReLUs while training",
                Ui.el("p", "class", "note", "text", "A ReLU unit is dead when its output is 0 for every training row: no gradient "
                        + "reaches its weights, so it never comes back. Too large a learning rate kills many; leaky ReLU or a smaller "
                        + "rate keeps them alive."),
                Ui.row(page.datasetControl("dr_data", true), Ui.input("dr_layers", "hidden layers", "text", null, null, null),
                        Ui.select("dr_opt", "optimizer", Choices.of("sgd", "SGD", "adam", "Adam")),
                        Ui.number("dr_lr", "learning rate"), Ui.number("dr_epochs", "epochs", "1", "200", "1"),
                        Ui.button("run-dead", "Train and count", false)),
                Ui.hiddenUntilRun(Ui.canvas("Share of dead units per ReLU layer after each epoch")),
                Ui.el("div", "id", "dead-legend"), Ui.scroll("dead-table", "Dead units per layer")));
        Dom.onClick("#run-dead", e -> runDeadRelus());
    }

    @Override
    public void update(Map<String, Object> data) {
        String act = LearnPage.current().params().get("act");
        String key = act.indexOf(':') >= 0 ? act.substring(0, act.indexOf(':')) : act;
        List<Object> curve = Data.list(Data.map(data.get("curves")).get(key));
        double[] zs = Data.nums(curve.get(0));
        double[] f = Data.nums(curve.get(1));
        double[] df = Data.nums(curve.get(2));
        List<Plots.Series> series = List.of(new Plots.Series(zs, f, key + "(z)"), new Plots.Series(zs, df, key + "′(z)"));
        HTMLElement c = Dom.find("canvas.plot");
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
    }

    private void runDeadRelus() {
        LearnPage page = LearnPage.current();
        Params p = page.params();
        HTMLElement button = Dom.find("#run-dead");
        page.trainView(button, (done, failed) -> page.ensureData(p.get("dr_data"), () -> {
            String query = LearnPage.specQuery("data", p.get("dr_data"), "layers", p.get("dr_layers"), "opt", p.get("dr_opt"),
                    "lr", p.get("dr_lr"), "epochs", p.get("dr_epochs"));
            page.engine().request(Kind.LEARN_TRAIN, new Object[] {"dead-relu", query, ""}, (result, ms) -> {
                Map<String, Object> r = Data.map(result);
                HTMLElement c = (HTMLElement) Dom.find("#run-dead").getParentNode().getParentNode();
                HTMLElement canvas = c.querySelector("canvas.plot");
                canvas.setHidden(false);
                List<Object> names = Data.list(r.get("layers"));
                List<Map<String, Object>> epochs = Data.maps(r.get("epochs"));
                List<Plots.Series> series = new ArrayList<>();
                double[] xs = new double[epochs.size()];
                for (int i = 0; i < xs.length; i++) {
                    xs[i] = Data.num(epochs.get(i).get("epoch"));
                }
                for (int k = 0; k < names.size(); k++) {
                    double[] ys = new double[epochs.size()];
                    for (int i = 0; i < ys.length; i++) {
                        ys[i] = 100 * Data.nums(epochs.get(i).get("dead"))[k];
                    }
                    series.add(new Plots.Series(xs, ys, (String) names.get(k)));
                }
                Plots.Options o = new Plots.Options().labels("epoch (0 = at initialization)", "dead units (%)");
                o.width = Ui.plotWidth(canvas);
                o.yRange = new double[] {0, 100};
                Plots.line(canvas, series, o);
                Ui.replace("#dead-legend", Plots.legend(series));
                String[] headers = new String[2 + names.size()];
                headers[0] = "epoch";
                headers[1] = "loss";
                for (int k = 0; k < names.size(); k++) {
                    headers[2 + k] = (String) names.get(k);
                }
                List<Object[]> rows = new ArrayList<>();
                for (Map<String, Object> e : epochs) {
                    Object[] row = new Object[headers.length];
                    row[0] = Ui.num(Data.num(e.get("epoch")));
                    row[1] = e.get("loss") == null ? "–" : e.get("loss");
                    double[] dead = Data.nums(e.get("dead"));
                    for (int k = 0; k < dead.length; k++) {
                        row[2 + k] = Browser.fixed(100 * dead[k], 1) + " %";
                    }
                    rows.add(row);
                }
                Ui.replace("#dead-table", Ui.table(headers, rows));
                Dom.publish("dead", "done");
                done.run();
                if (Boolean.TRUE.equals(r.get("diverged"))) {
                    page.notices(List.of(r.get("message") + " The dead-unit counts stop at the last finite epoch."));
                }
                Status.show(r.get("message") != null ? "Trained: " + r.get("message") : "Trained " + (epochs.size() - 1) + " epochs.");
            }, failed);
        }, failed));
    }
}
