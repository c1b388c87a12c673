package playground.web.learn.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;
import playground.web.charts.Plots;
import playground.web.dom.Browser;
import playground.web.dom.Dom;
import playground.web.learn.Choices;
import playground.web.learn.Data;
import playground.web.learn.LearnPage;
import playground.web.learn.Runs;
import playground.web.learn.Ui;
import playground.web.learn.View;
import playground.web.page.Status;

/** Epochs and batch size: one network trained with batch 1, a middle batch and the full set, by epochs and by updates. */
public final class BatchView extends View {
    /** The engine's runs for the current settings: label and experiment query each. */
    private List<Map<String, Object>> runs;
    /** The last training's answers and times, and the runs they were trained for (a resize redraws them). */
    private List<Map<String, Object>> results;
    private List<Double> times;
    private String trainedFor;

    public BatchView() {
        super("batch", "Epochs and batch size",
                "An epoch is one pass over the training rows; the batch size is how many rows each weight update averages its "
                        + "gradient over. Batch 1 (stochastic gradient descent) updates after every row: many cheap, noisy steps per "
                        + "epoch. The full batch (batch gradient descent) makes one exact step per epoch. Mini-batches sit between, "
                        + "and are what Keras uses by default (32).",
                "Press Train all three."); // the engine's counted sentence replaces it
    }

    @Override
    public void build(HTMLElement root) {
        root.appendChild(Ui.row(Ui.select("data", "dataset", Choices.of("xor", "XOR", "circle", "circle", "clusters", "Gaussian clusters",
                "spiral", "spiral")), Ui.number("lr", "learning rate (SGD)", "0.0001", "2", "0.01"),
                Ui.number("epochs", "epochs", "1", "300", "1"), Ui.number("mid", "middle batch size", "2", "256", "1"),
                Ui.button("run-batch", "Train all three", false)));
        root.appendChild(Ui.panels(
                Ui.panel("Training loss against epochs", Ui.hiddenUntilRun(Ui.el("canvas", "id", "batch-epochs", "class", "plot", "role",
                        "img", "aria-label", "Training loss per epoch for each batch size", "data-w", "520", "data-h", "280")),
                        Ui.el("div", "id", "batch-legend-epochs")),
                Ui.panel("Training loss against weight updates (log scale)", Ui.hiddenUntilRun(Ui.el("canvas", "id", "batch-updates", "class",
                        "plot", "role", "img", "aria-label", "Training loss against the number of weight updates, log scale, for each batch size",
                        "data-w", "520", "data-h", "280")), Ui.el("div", "id", "batch-legend-updates"))));
        root.appendChild(Ui.panel("The runs", Ui.el("p", "class", "note", "text", "The same network (2 tanh layers of 8 units), the "
                + "same start and rate; each point is the mean loss over an epoch's batches, as Keras logs it, placed at the epoch's "
                + "last update. The time is measured in this browser, so it varies from machine to machine."),
                Ui.scroll("batch-table", "Each batch size's updates, final losses and time")));
        Dom.onClick("#run-batch", e -> trainAll());
    }

    @Override
    public void update(Map<String, Object> data) {
        runs = Data.maps(data.get("runs"));
        if (results != null && runs.toString().equals(trainedFor)) {
            draw(runs, results, times);
            return;
        }
        results = null;
        for (String id : new String[] {"#batch-epochs", "#batch-updates"}) {
            Dom.find(id).setHidden(true);
        }
        Ui.replace("#batch-table", Ui.el("p", "class", "note", "text", "Not trained yet: press Train all three."));
    }

    private void trainAll() {
        LearnPage page = LearnPage.current();
        List<Map<String, Object>> asked = runs;
        List<String> queries = Runs.queries(asked);
        page.trainView(Dom.find("#run-batch"), (done, failed) -> Runs.train("curves", queries, (results, ms) -> {
            if (asked == runs) {
                this.results = results;
                times = ms;
                trainedFor = asked.toString();
                draw(asked, results, ms);
            }
            done.run();
            Status.show("Trained all three batch sizes.");
        }, failed));
    }

    private static void draw(List<Map<String, Object>> asked, List<Map<String, Object>> results, List<Double> ms) {
        List<Plots.Series> byEpoch = new ArrayList<>();
        List<Plots.Series> byUpdate = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (int k = 0; k < results.size(); k++) {
            Map<String, Object> r = results.get(k);
            List<Map<String, Object>> epochs = Data.maps(r.get("epochs"));
            double per = Data.num(r.get("updatesPerEpoch"));
            double[] xs = new double[epochs.size()];
            double[] updates = new double[xs.length];
            double[] loss = new double[xs.length];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = Data.num(epochs.get(i).get("epoch"));
                updates[i] = xs[i] * per;
                loss[i] = Data.num(epochs.get(i).get("loss"));
            }
            String label = (String) asked.get(k).get("label");
            byEpoch.add(new Plots.Series(xs, loss, label));
            byUpdate.add(new Plots.Series(updates, loss, label));
            Map<String, Object> last = epochs.isEmpty() ? null : epochs.get(epochs.size() - 1);
            rows.add(new Object[] {label, Ui.num(per), playground.engine.text.Numbers.grouped(Math.round(per * xs.length)), last == null ? "–" : last.get("loss"),
                last == null ? "–" : last.get("val_data"), Browser.fixed(ms.get(k), 0) + " ms"});
        }
        draw("#batch-epochs", "#batch-legend-epochs", byEpoch, "epoch", false);
        draw("#batch-updates", "#batch-legend-updates", byUpdate, "weight updates", true);
        Ui.replace("#batch-table", Ui.table(new String[] {"run", "updates per epoch", "updates in all", "final training loss",
            "final validation loss", "time"}, rows));
        Dom.publish("batch", "done");
    }

    private static void draw(String canvasId, String legendId, List<Plots.Series> series, String xLabel, boolean log) {
        HTMLElement canvas = Dom.find(canvasId);
        canvas.setHidden(false);
        Plots.Options o = new Plots.Options().labels(xLabel, "training loss");
        o.width = Ui.plotWidth(canvas);
        o.xLog = log;
        Plots.line(canvas, series, o);
        Ui.replace(legendId, Plots.legend(series));
    }
}
