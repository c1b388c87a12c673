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

/** A deep plain stack against the same depth with residual blocks: each layer's gradient norm, and the training curves. */
public final class ResidualView extends View {
    private static final double[] DASH = {6, 4};
    private static final double[] SOLID = {};
    private List<Map<String, Object>> runs;
    /** The last training's answers and the runs they were trained for (a resize redraws them). */
    private List<Map<String, Object>> results;
    private String trainedFor;

    public ResidualView() {
        super("residual", "Residual connections",
                "Back-propagation multiplies the gradient by each layer's weights and activation derivative on its way down. In a "
                        + "deep plain stack those factors compound: the gradient reaching the first layers can shrink to nothing (it "
                        + "vanishes) and they stop learning. A residual block computes y = x + F(x): its derivative is 1 + F′(x), so the "
                        + "gradient always has a path straight through the sum, however deep the network.",
                "Press Train both."); // the engine's counted sentence replaces it
    }

    @Override
    public void build(HTMLElement root) {
        root.appendChild(Ui.row(Ui.select("act", "activation", Choices.of("tanh", "tanh", "sigmoid", "sigmoid", "relu", "ReLU")),
                Ui.number("blocks", "blocks (2 layers each)", "1", "15", "1"), Ui.number("lr", "learning rate (SGD)", "0.0001", "2", "0.01"),
                Ui.number("epochs", "epochs", "1", "300", "1"), Ui.button("run-residual", "Train both", false)));
        root.appendChild(Ui.el("p", "class", "note", "id", "residual-shape", "text", ""));
        root.appendChild(Ui.panels(
                Ui.panel("Gradient norm ‖∂L/∂W‖ per layer (log scale)", Ui.hiddenUntilRun(Ui.el("canvas", "id", "residual-gradients", "class",
                        "plot", "role", "img", "aria-label", "Each layer's weight-gradient norm, plain and residual, before training (solid) "
                                + "and after (dashed), log scale", "data-w", "520", "data-h", "280")),
                        Ui.el("div", "id", "residual-legend-gradients")),
                Ui.panel("Training loss", Ui.hiddenUntilRun(Ui.el("canvas", "id", "residual-loss", "class", "plot", "role", "img",
                        "aria-label", "Training loss per epoch, plain and residual", "data-w", "520", "data-h", "280")),
                        Ui.el("div", "id", "residual-legend-loss"))));
        root.appendChild(Ui.panel("Per layer, before training", Ui.scroll("residual-table", "Gradient norm of each layer, plain and residual")));
        Dom.onClick("#run-residual", e -> trainBoth());
    }

    @Override
    public void update(Map<String, Object> data) {
        runs = Data.maps(data.get("runs"));
        int depth = (int) Data.num(data.get("depth"));
        Dom.text("#residual-shape", "Both networks: " + depth + " hidden Dense layers of 16 units and an output layer. The residual "
                + "one groups the layers after the first in pairs, each pair inside x + F(x); the widths match, so no projection is added "
                + "and both have the same weights to learn.");
        if (results != null && runs.toString().equals(trainedFor)) {
            draw(runs, results);
            return;
        }
        results = null;
        for (String id : new String[] {"#residual-gradients", "#residual-loss"}) {
            Dom.find(id).setHidden(true);
        }
        Ui.replace("#residual-table", Ui.el("p", "class", "note", "text", "Not trained yet: press Train both."));
    }

    private void trainBoth() {
        LearnPage page = LearnPage.current();
        List<Map<String, Object>> asked = runs;
        List<String> queries = Runs.queries(asked);
        page.trainView(Dom.find("#run-residual"), (done, failed) -> Runs.train("deep", queries, (results, ms) -> {
            if (asked == runs) {
                this.results = results;
                trainedFor = asked.toString();
                draw(asked, results);
            }
            done.run();
            Status.show("Trained both networks.");
        }, failed));
    }

    private static void draw(List<Map<String, Object>> asked, List<Map<String, Object>> results) {
        List<Plots.Series> gradients = new ArrayList<>();
        List<Plots.Series> losses = new ArrayList<>();
        List<double[]> before = new ArrayList<>();
        for (int k = 0; k < results.size(); k++) {
            Map<String, Object> r = results.get(k);
            String label = (String) asked.get(k).get("label");
            String color = Plots.PALETTE[k];
            double[] g0 = Data.nums(r.get("gradientsBefore"));
            double[] g1 = Data.nums(r.get("gradientsAfter"));
            before.add(g0);
            double[] layers = new double[g0.length];
            for (int i = 0; i < layers.length; i++) {
                layers[i] = i + 1;
            }
            gradients.add(series(layers, g0, label + ", before training", color, SOLID));
            gradients.add(series(layers, g1, label + ", after training", color, DASH));
            List<Map<String, Object>> epochs = Data.maps(r.get("epochs"));
            double[] xs = new double[epochs.size()];
            double[] loss = new double[xs.length];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = Data.num(epochs.get(i).get("epoch"));
                loss[i] = Data.num(epochs.get(i).get("loss"));
            }
            losses.add(series(xs, loss, label, color, SOLID));
        }
        plot("#residual-gradients", "#residual-legend-gradients", gradients, "layer (the output layer last)", "‖∂L/∂W‖", true);
        plot("#residual-loss", "#residual-legend-loss", losses, "epoch", "training loss", false);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < before.get(0).length; i++) {
            double plain = before.get(0)[i];
            double residual = before.get(1)[i];
            rows.add(new Object[] {Integer.toString(i + 1), plain, residual, Ui.num(residual / plain, 3) + "×"});
        }
        Ui.replace("#residual-table", Ui.table(new String[] {"layer", "plain ‖∂L/∂W‖", "residual ‖∂L/∂W‖", "residual ÷ plain"}, rows));
        Dom.publish("residual", "done");
    }

    private static Plots.Series series(double[] xs, double[] ys, String label, String color, double[] dash) {
        Plots.Series s = new Plots.Series(xs, ys, label);
        s.color = color;
        s.dash = dash;
        return s;
    }

    private static void plot(String canvasId, String legendId, List<Plots.Series> series, String x, String y, boolean log) {
        HTMLElement canvas = Dom.find(canvasId);
        canvas.setHidden(false);
        Plots.Options o = new Plots.Options().labels(x, y);
        o.width = Ui.plotWidth(canvas);
        o.yLog = log;
        Plots.line(canvas, series, o);
        Ui.replace(legendId, Plots.legend(series));
    }
}
