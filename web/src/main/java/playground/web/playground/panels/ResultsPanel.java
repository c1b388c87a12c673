package playground.web.playground.panels;

import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import playground.web.charts.Confusion;
import playground.web.charts.Heatmap;
import playground.web.charts.Histogram;
import playground.web.charts.LossChart;
import playground.web.charts.Plots;
import playground.web.dom.Browser;
import playground.web.dom.Dom;
import playground.web.page.Format;
import playground.web.page.Tiles;
import playground.web.playground.Action;
import playground.web.playground.State;
import playground.web.playground.Store;

/**
 * The Results section: metric tiles, the exports, the loss chart with the callbacks' marks (and its numbers as a
 * table), the output over the plane with the network drawn, predicted against actual, the residuals and the
 * confusion matrix. The picture is drawn in an animation frame, the latest one only: however fast the worker
 * answers, at most one picture per frame.
 */
public final class ResultsPanel implements Store.Listener {
    private final Store store;
    private final LossChart chart = new LossChart(Dom.find("#loss-chart"));
    private final HistoryTable history = new HistoryTable(Dom.find("#history"));
    private final NetworkPanel network;
    private boolean frameRequested;
    private double lastPicture = -1e9;

    /** Loss chart height in the output pane, px. */
    static final int CHART_HEIGHT = 190;
    /** With prefers-reduced-motion, the picture changes at most this often while training, ms. */
    static final double CALM_INTERVAL = 1000;

    public ResultsPanel(Store store, NetworkPanel network) {
        this.store = store;
        this.network = network;
        for (String what : new String[] {"log", "model", "tfjs", "keras", "predictions", "charts"}) {
            Dom.onClick("#export-" + what, e -> store.dispatch(new Action.Export(what)));
        }
        Browser.onResize(() -> drawChart(store.state()));
        for (String option : new String[] {"test", "discretize"}) {
            HTMLElement box = Dom.find("#picture-" + option);
            box.addEventListener("change", e -> store.dispatch(new Action.PictureOption(option, Browser.checked(box))));
        }
    }

    @Override
    public void changed(State before, State s, Action a) {
        if (s.run != before.run || s.pins != before.pins) {
            drawChart(s);
        }
        if (s.run != before.run) {
            Dom.find("#chart-empty").setHidden(!s.run.history.isEmpty());
            Dom.text("#events", s.run.marks());
            history.show(s.run.history);
        }
        if (s.evaluation != before.evaluation) {
            evaluation(s.evaluation);
        }
        if ((s.showTest != before.showTest || s.discretize != before.discretize || s.preview != before.preview
                || s.pinned != before.pinned) && s.picture != null) {
            drawPicture(); // at once: a switch is not training's stream of pictures
        }
        if (s.picture != before.picture) {
            if (s.picture == null) {
                Dom.find("#picture-figure").setHidden(true);
                Dom.find("#data-plot").setHidden(true);
            } else if (!frameRequested) {
                frameRequested = true;
                double wait = calm() && s.training ? CALM_INTERVAL - (Browser.now() - lastPicture) : 0;
                if (wait > 0) {
                    Browser.later(() -> Browser.nextFrame(this::drawPicture), (int) wait);
                } else {
                    Browser.nextFrame(this::drawPicture);
                }
            }
        }
    }

    /** The loss chart: this run's curves, and each pinned run's faint beside them. */
    private void drawChart(State s) {
        List<List<Map<String, Object>>> pinned = new java.util.ArrayList<>();
        List<Integer> numbers = new java.util.ArrayList<>();
        for (playground.web.playground.Pins.Pin p : s.pins) {
            pinned.add(p.history());
            numbers.add(p.number());
        }
        chart.draw(s.run.history, s.run.events, CHART_HEIGHT, pinned, numbers);
    }

    /** The latest picture, drawn once in this frame (pictures that came and went before it are never drawn). */
    @SuppressWarnings("unchecked")
    private void drawPicture() {
        frameRequested = false;
        lastPicture = Browser.now();
        State s = store.state();
        Map<String, Object> p = s.picture;
        if (p == null || s.prepared == null) {
            return;
        }
        Dom.find("#picture-figure").setHidden(false);
        int classes = s.prepared.classification ? s.prepared.classes.size() : 0;
        List<Double> x = (List<Double>) p.get("x");
        List<Double> y = (List<Double>) p.get("y");
        List<List<Object>> points = (List<List<Object>>) p.get("points");
        if (!s.showTest) { // TensorFlow Playground's "Show test data" off: the training points alone
            List<List<Object>> train = new java.util.ArrayList<>();
            for (List<Object> point : points) {
                if (((Double) point.get(3)) == 0) {
                    train.add(point);
                }
            }
            points = train;
        }
        List<Object> values = (List<Object>) p.get("values");
        Browser.setChecked(Dom.find("#picture-test"), s.showTest);
        Browser.setChecked(Dom.find("#picture-discretize"), s.discretize);
        Dom.setDisabled(Dom.find("#picture-discretize"), classes == 0);
        if (s.discretize && classes > 0) {
            values = Heatmap.discretized(values, classes);
        }
        State.NeuronRef neuron = s.preview != null ? s.preview : s.pinned;
        List<Double> thumb = neuron == null ? null : network.thumb(neuron.layer(), neuron.unit());
        if (thumb != null) { // a neuron's own output over the plane, large, instead of the network's
            Heatmap.draw((HTMLCanvasElement) Dom.find("#heatmap"), (int) Math.round(Math.sqrt(thumb.size())),
                    new java.util.ArrayList<>(thumb), x, y, points, 0);
            Dom.text("#heatmap-neuron", neuron.label() + ": its output over the plane"
                    + (neuron == s.pinned && s.preview == null ? " (click it again for the network's output)" : ""));
        } else {
            Heatmap.draw((HTMLCanvasElement) Dom.find("#heatmap"), ((Double) p.get("res")).intValue(), values, x, y, points, classes);
            Dom.text("#heatmap-neuron", "");
        }
        if (s.prepared.plane || s.prepared.features.size() == 2) { // a 2-D set is drawn over x1 and x2, whatever its features
            String across = s.prepared.plane ? "x1" : s.prepared.features.get(0);
            String up = s.prepared.plane ? "x2" : s.prepared.features.get(1);
            Dom.text("#heatmap-caption", "Output over the plane (" + across + " across, " + up
                    + " up): training points filled, test hollow, class by shape ● ■ ▲.");
        }
        HTMLCanvasElement plot = (HTMLCanvasElement) Dom.find("#data-plot");
        plot.setHidden(false);
        Heatmap.points(plot, x, y, points, classes);
        network.draw(s);
    }

    /** Whether the reader asked for less motion (prefers-reduced-motion): the picture then changes calmly. */
    @org.teavm.jso.JSBody(script = "return !!(window.matchMedia && matchMedia('(prefers-reduced-motion: reduce)').matches);")
    private static native boolean calm();

    @SuppressWarnings("unchecked")
    private void evaluation(Map<String, Object> r) {
        HTMLElement tiles = Dom.find("#tiles");
        boolean none = r == null;
        Dom.find("#scatter-figure").setHidden(none || !(r.get("actual") instanceof List));
        Dom.find("#residual-figure").setHidden(none || !(r.get("residuals") instanceof Map));
        Dom.find("#confusion-figure").setHidden(none || !(r.get("confusion") instanceof List));
        if (none) {
            tiles.setTextContent("");
            return;
        }
        Tiles.render(tiles, r);
        if (r.get("actual") instanceof List) {
            List<Double> actual = (List<Double>) r.get("actual");
            List<Double> predicted = (List<Double>) r.get("predicted");
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            double[] xs = new double[actual.size()];
            double[] ys = new double[actual.size()];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = actual.get(i) instanceof Double ? actual.get(i) : Double.NaN;
                ys[i] = predicted.get(i) instanceof Double ? predicted.get(i) : Double.NaN;
                if (Double.isNaN(xs[i]) || Double.isNaN(ys[i])) {
                    continue;
                }
                lo = Math.min(lo, Math.min(xs[i], ys[i]));
                hi = Math.max(hi, Math.max(xs[i], ys[i]));
            }
            String target = store.state().prepared != null ? store.state().prepared.target : "target";
            Plots.Options o = new Plots.Options().labels("actual " + target, "predicted " + target).size(220, 220);
            o.xRange = new double[] {lo, hi};
            o.yRange = new double[] {lo, hi};
            Plots.line(Dom.find("#scatter"), List.of(
                    new Plots.Series(new double[] {lo, hi}, new double[] {lo, hi}, "predicted = actual").color("#999999").dash(4, 3),
                    new Plots.Series(xs, ys, "test rows").color("rgba(0, 114, 178, 0.6)").points(3)), o);
        }
        if (r.get("residuals") instanceof Map && ((Map<String, Object>) r.get("residuals")).get("min") instanceof Double) {
            Map<String, Object> h = (Map<String, Object>) r.get("residuals");
            double min = (Double) h.get("min");
            double max = (Double) h.get("max");
            Histogram.draw((HTMLCanvasElement) Dom.find("#residuals"), min, max, (List<Double>) h.get("counts"));
            Dom.text("#residual-caption", "Residuals (actual − predicted), test rows: " + Format.number(min) + " to "
                    + Format.number(max));
        }
        if (r.get("confusion") instanceof List) {
            Confusion.render(Dom.find("#confusion"), (List<String>) r.get("classes"), (List<List<Double>>) r.get("confusion"));
        }
    }
}
