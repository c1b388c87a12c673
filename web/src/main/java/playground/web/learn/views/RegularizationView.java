package playground.web.learn.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;
import playground.web.charts.Plots;
import playground.web.dom.Dom;
import playground.web.learn.Choices;
import playground.web.learn.Data;
import playground.web.learn.LearnPage;
import playground.web.learn.Runs;
import playground.web.learn.Ui;
import playground.web.learn.View;
import playground.web.page.Status;

/**
 * The same over-fitting setup trained twice, as it is and with one regularizer, by one button; both runs' training
 * and validation losses on one chart, so the two sides share their axes, and the final numbers beside it.
 */
public final class RegularizationView extends View {
    private static final double[] DASH = {6, 4};
    private static final double[] SOLID = {};
    /** The engine's two experiment queries for the current settings, and the regularizer's name. */
    private Map<String, Object> runs;
    /** The last training's two answers and the runs they were trained for (a resize redraws them). */
    private List<Map<String, Object>> results;
    private String trainedFor;

    public RegularizationView() {
        super("regularization", "Regularization and normalization",
                "A big network on little data memorises it: the training loss keeps falling while the validation loss turns "
                        + "up. Dropout switches random units off during training, so no unit can rely on another; L1 and L2 add a "
                        + "penalty on the weights' size to the loss; batch and layer normalization keep each layer's inputs at a "
                        + "steady scale, which often lets training go faster and further — and batch norm's noise from batch to batch "
                        + "regularizes a little too.",
                "Press Train both."); // the engine's counted sentence replaces it
    }

    @Override
    public void build(HTMLElement root) {
        root.appendChild(Ui.row(Ui.select("reg", "regularize with", Choices.of("dropout", "dropout", "bn", "batch norm", "ln", "layer norm",
                "l1", "L1 penalty", "l2", "L2 penalty")),
                Ui.number("rate", "dropout rate", "0.05", "0.9", "0.05"), Ui.number("penalty", "L1/L2 rate", "0.000001", "1", "0.0001"),
                Ui.number("n", "rows", "50", "2000", "10"), Ui.button("run-reg", "Train both", false)));
        root.appendChild(Ui.wide(Ui.panel("Training and validation loss, both runs",
                Ui.el("p", "class", "note", "text", "Both runs use the same data, split and seed; solid lines are "
                        + "the training loss (with L1/L2, Keras's loss, which includes the penalty), dashed the validation loss without "
                        + "any penalty, so the two sides are compared on the same quantity. The loss is cross-entropy on the predicted "
                        + "probabilities clipped to [10⁻⁷, 1 − 10⁻⁷], as Keras clips them; the chart and the numbers below use exactly "
                        + "these values, and the chart's axis is not clipped."),
                Ui.hiddenUntilRun(Ui.el("canvas", "id", "reg-plot", "class", "plot", "role", "img", "aria-label",
                        "Training (solid) and validation (dashed) loss per epoch, without and with the regularizer", "data-w", "900",
                        "data-h", "320")),
                Ui.el("div", "id", "reg-legend"), Ui.el("div", "id", "reg-result", "class", "tiles", "aria-live", "polite"))));
        Dom.onClick("#run-reg", e -> trainBoth());
    }

    @Override
    public void update(Map<String, Object> data) {
        runs = data;
        if (results != null && key(data).equals(trainedFor)) {
            draw(results.get(0), results.get(1), (String) data.get("label"));
            return;
        }
        results = null;
        Ui.replace("#reg-result", Ui.el("p", "class", "note", "text", "Not trained yet: press Train both to train the network "
                + "without regularization and with " + data.get("label") + "."));
        Dom.find("#reg-plot").setHidden(true);
        Ui.replace("#reg-legend", Ui.el("div"));
    }

    private void trainBoth() {
        LearnPage page = LearnPage.current();
        Map<String, Object> asked = runs;
        page.trainView(Dom.find("#run-reg"), (done, failed) -> Runs.train("curves",
                List.of((String) asked.get("plain"), (String) asked.get("regularized")), (results, ms) -> {
                    if (asked == runs) { // the settings did not change while training
                        this.results = results;
                        trainedFor = key(asked);
                        draw(results.get(0), results.get(1), (String) asked.get("label"));
                    }
                    done.run();
                    Status.show("Trained both runs.");
                }, failed));
    }

    private static String key(Map<String, Object> runs) {
        return runs.get("plain") + "\n" + runs.get("regularized");
    }

    private static void draw(Map<String, Object> plain, Map<String, Object> regularized, String label) {
        HTMLElement canvas = Dom.find("#reg-plot");
        canvas.setHidden(false);
        List<Plots.Series> series = new ArrayList<>();
        String[] names = {"without", "with " + label};
        List<Map<String, Object>> both = List.of(plain, regularized);
        double[] last = new double[4];
        for (int run = 0; run < 2; run++) {
            List<Map<String, Object>> epochs = Data.maps(both.get(run).get("epochs"));
            double[] xs = new double[epochs.size()];
            double[] train = new double[xs.length];
            double[] val = new double[xs.length];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = Data.num(epochs.get(i).get("epoch"));
                train[i] = Data.num(epochs.get(i).get("loss"));
                val[i] = Data.num(epochs.get(i).get("val_data"));
            }
            Plots.Series t = new Plots.Series(xs, train, names[run] + ": training");
            Plots.Series v = new Plots.Series(xs, val, names[run] + ": validation");
            t.color = Plots.PALETTE[run];
            v.color = Plots.PALETTE[run];
            t.dash = SOLID;
            v.dash = DASH;
            series.add(t);
            series.add(v);
            last[2 * run] = train.length == 0 ? Double.NaN : train[train.length - 1];
            last[2 * run + 1] = val.length == 0 ? Double.NaN : val[val.length - 1];
        }
        Plots.Options o = new Plots.Options().labels("epoch", "loss (cross-entropy)");
        o.width = Ui.plotWidth(canvas);
        o.height = Ui.plotHeight(canvas);
        Plots.line(canvas, series, o);
        Ui.replace("#reg-legend", Plots.legend(series));
        double change = 100 * (last[3] / last[1] - 1);
        HTMLElement result = Ui.el("div", "id", "reg-numbers");
        for (int run = 0; run < 2; run++) {
            result.appendChild(Ui.el("div", "class", "tile", "data-run", run == 0 ? "plain" : "regularized"));
            HTMLElement tile = (HTMLElement) result.getLastChild();
            tile.appendChild(Ui.el("h3", "text", names[run]));
            tile.appendChild(Ui.el("p", "text", "final training loss " + Ui.num(last[2 * run])));
            tile.appendChild(Ui.el("p", "text", "final validation loss " + Ui.num(last[2 * run + 1])));
        }
        result.appendChild(Ui.el("p", "id", "reg-verdict", "class", "verdict", "text", label + (change < 0 ? " lowers" : " raises")
                + " the final validation loss by " + Ui.num(Math.abs(change), 3) + " % (" + Ui.num(last[1]) + " → " + Ui.num(last[3]) + ")"
                + (change < -10 ? "." : change < 0 ? ": less than 10 %, so little help here." : ": no help here.")));
        Ui.replace("#reg-result", result);
        for (Map<String, Object> r : both) {
            if (Boolean.TRUE.equals(r.get("diverged"))) {
                LearnPage.current().notices(List.of(r.get("message") + " Its curve stops at the last finite epoch."));
            }
        }
        Dom.publish("reg", "done");
    }
}
