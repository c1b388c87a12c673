package playground.web.learn.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;
import playground.web.charts.Plots;
import playground.web.dom.Browser;
import playground.web.dom.Dom;
import playground.web.learn.Data;
import playground.web.learn.LearnPage;
import playground.web.learn.Runs;
import playground.web.learn.Ui;
import playground.web.learn.View;
import playground.web.page.Status;

/**
 * When accuracy lies: a network trained on a set where one row in twenty is of the rare class. Accuracy looks as good
 * as always answering "no"; the confusion matrix, precision, recall and F1 of the rare class, at a threshold the learner
 * moves, show what it misses.
 */
public final class ImbalanceView extends View {
    private List<Map<String, Object>> runs;
    /** The trained run (LearnTraining.thresholds' answer) and the query it was trained for. */
    private Map<String, Object> trained;
    private String trainedFor;

    public ImbalanceView() {
        super("imbalance", "When accuracy lies",
                "On imbalanced data accuracy flatters: if 95 % of the rows are \"no\", a model that always answers \"no\" is 95 % "
                        + "accurate and useless. Count instead what happens to the rare class: recall is the share of its rows the "
                        + "model finds, precision the share of its \"yes\" answers that are right, and F1 their harmonic mean. The "
                        + "threshold on the predicted probability trades one against the other.",
                "Press Train, then move the threshold."); // the engine's counted sentence replaces it
    }

    @Override
    public Map<String, String> pageKeys() {
        return ordered("t", "0.5");
    }

    @Override
    public void build(HTMLElement root) {
        root.appendChild(Ui.row(Ui.number("n", "rows (1 in 20 rare)", "200", "20000", "100"), Ui.number("epochs", "epochs", "1", "300", "1"),
                Ui.button("run-imbalance", "Train", false), Ui.slider("t", "threshold for \"rare\"", "0.01", "0.99", "0.01")));
        root.appendChild(Ui.panels(
                Ui.panel("On the test rows, at the threshold", Ui.el("div", "id", "imbalance-result", "aria-live", "polite")),
                Ui.panel("Confusion matrix", Ui.el("div", "id", "imbalance-confusion")),
                Ui.wide(Ui.panel("Against the threshold", Ui.hiddenUntilRun(Ui.el("canvas", "id", "imbalance-plot", "class", "plot", "role",
                        "img", "aria-label", "Accuracy, precision, recall and F1 of the rare class against the threshold", "data-w", "900",
                        "data-h", "280")), Ui.el("div", "id", "imbalance-legend")))));
        Dom.onClick("#run-imbalance", e -> train());
    }

    @Override
    public void update(Map<String, Object> data) {
        runs = Data.maps(data.get("runs"));
        if (trained != null && runs.get(0).get("query").equals(trainedFor)) {
            draw(trained); // only the threshold moved
            return;
        }
        trained = null;
        Dom.find("#imbalance-plot").setHidden(true);
        Ui.replace("#imbalance-result", Ui.el("p", "class", "note", "text", "Not trained yet: press Train."));
        Ui.replace("#imbalance-confusion", Ui.el("p", "class", "note", "text", "–"));
    }

    private void train() {
        LearnPage page = LearnPage.current();
        String query = (String) runs.get(0).get("query");
        page.trainView(Dom.find("#run-imbalance"), (done, failed) -> Runs.train("thresholds", List.of(query), (results, ms) -> {
            if (query.equals(runs.get(0).get("query"))) {
                trained = results.get(0);
                trainedFor = query;
                draw(trained);
            }
            done.run();
            Status.show("Trained.");
        }, failed));
    }

    private static void draw(Map<String, Object> run) {
        double t = LearnPage.current().params().number("t");
        List<Map<String, Object>> table = Data.maps(run.get("thresholds"));
        int k = (int) Math.max(0, Math.min(table.size() - 1, Math.round(t * 100) - 1)); // thresholds 0.01 … 0.99
        Map<String, Object> at = table.get(k);
        int tp = (int) Data.num(at.get("tp"));
        int fp = (int) Data.num(at.get("fp"));
        int fn = (int) Data.num(at.get("fn"));
        int tn = (int) Data.num(at.get("tn"));
        HTMLElement result = Ui.el("div", "id", "imbalance-numbers");
        result.appendChild(Ui.el("p", "id", "imbalance-verdict", "class", "verdict", "text", "Threshold " + Ui.num(Data.num(at.get("threshold")))
                + ": accuracy " + pct(at.get("accuracy")) + ", and always answering \"no\" would score " + pct(run.get("majorityAccuracy"))
                + ". It finds " + tp + " of the " + (tp + fn) + " rare rows (recall " + pct(at.get("recall")) + "); " + (tp + fp == 0
                        ? "it never answers \"rare\" (precision counts as 0)" : (tp + fp) + " answers \"rare\", " + tp + " of them right (precision "
                                + pct(at.get("precision")) + ")") + "; F1 " + Ui.num(Data.num(at.get("f1")), 3) + "."));
        Ui.replace("#imbalance-result", result);
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"actually rare", Integer.toString(tp) + " found", Integer.toString(fn) + " missed"});
        rows.add(new Object[] {"actually common", Integer.toString(fp) + " false alarms", Integer.toString(tn)});
        Ui.replace("#imbalance-confusion", Ui.table(new String[] {"actual class", "predicted rare", "predicted common"}, rows,
                "Test rows by actual and predicted class"));
        HTMLElement canvas = Dom.find("#imbalance-plot");
        canvas.setHidden(false);
        String[] keys = {"accuracy", "precision", "recall", "f1"};
        List<Plots.Series> series = new ArrayList<>();
        double[] ts = new double[table.size()];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = Data.num(table.get(i).get("threshold"));
        }
        for (String key : keys) {
            double[] ys = new double[ts.length];
            for (int i = 0; i < ts.length; i++) {
                ys[i] = Data.num(table.get(i).get(key));
            }
            series.add(new Plots.Series(ts, ys, key.equals("f1") ? "F1" : key));
        }
        Plots.Series marker = new Plots.Series(new double[] {ts[k], ts[k]}, new double[] {0, 1}, "the threshold now");
        marker.color = "#000000";
        marker.dash = new double[] {2, 3};
        series.add(marker);
        Plots.Options o = new Plots.Options().labels("threshold on the rare class's probability", "share (0 to 1)");
        o.width = Ui.plotWidth(canvas);
        o.xRange = new double[] {0, 1};
        o.yRange = new double[] {0, 1};
        Plots.line(canvas, series, o);
        Ui.replace("#imbalance-legend", Plots.legend(series));
        Dom.publish("imbalance", "done");
    }

    private static String pct(Object share) {
        return Browser.fixed(100 * Data.num(share), 1) + " %";
    }
}
