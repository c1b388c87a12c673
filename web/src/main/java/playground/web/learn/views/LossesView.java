package playground.web.learn.views;

import playground.web.charts.Plots;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.NodeList;
import playground.web.dom.Dom;
import playground.web.learn.Data;
import playground.web.learn.Formulas;
import playground.web.learn.LearnPage;
import playground.web.learn.Pointer;
import playground.web.learn.Ui;
import playground.web.learn.View;

/** Regression and classification losses, and one line fitted with each, pulled by a draggable outlier. */
public final class LossesView extends View {
    private static final String[] KEYS = {"mse", "mae", "huber"};
    private Plots.Scale fitScale;

    public LossesView() {
        super("losses", "Losses",
                "A loss turns the error into one number to minimise. The squared error punishes big errors quadratically, "
                        + "so one outlier can drag a whole fit; the absolute error grows linearly and ignores how far an outlier is; "
                        + "Huber is quadratic up to δ and linear beyond. Cross-entropy is −log of the probability given to the right "
                        + "class, steep when a confident prediction is wrong.",
                "Drag the outlier and watch the three fitted lines."); // the engine's sentence replaces it
    }

    @Override
    public void build(HTMLElement root) {
        root.appendChild(Ui.row(Ui.number("delta", "Huber δ", "0.05", "5", "0.05"),
                Ui.input("outlier", "outlier y", "range", "-10", "15", "0.5")));
        root.appendChild(Ui.panels(
                Ui.panel("Regression losses against the error", Formulas.block(Formulas.MSE, "MSE of e is e squared; its derivative is 2e"),
                        Formulas.block(Formulas.MAE, "MAE of e is the absolute value of e; its derivative is the sign of e"),
                        Formulas.block(Formulas.HUBER, "Huber loss"),
                        Ui.canvas("MSE, MAE and Huber against the error"), Ui.el("div", "id", "loss-legend")),
                Ui.panel("Their derivatives: how hard each loss pulls on the prediction",
                        Ui.canvas("The derivatives of MSE, MAE and Huber against the error"), Ui.el("div", "id", "dloss-legend")),
                Ui.panel("Cross-entropy against the probability of the true class",
                        Formulas.block(Formulas.BCE, "binary cross-entropy: minus y log p plus one minus y times log of one minus p"),
                        Formulas.block(Formulas.CCE, "categorical cross-entropy: minus the sum over classes of y k times log p k"),
                        Ui.canvas("Binary and categorical cross-entropy against p"), Ui.el("div", "id", "ce-legend")),
                Ui.panel("A line fitted with each loss, and one outlier (drag it)", Ui.canvas("Points, the outlier and the fitted lines"),
                        Ui.el("div", "id", "fit-legend"), Ui.el("div", "id", "fit-table"))));
        HTMLElement fit = canvases().get(3);
        fitScale = null;
        Pointer.drag(fit, 1, 1, (fx, fy, up) -> {
            Plots.Scale s = fitScale;
            if (s == null) {
                return;
            }
            // fy is the fraction of the canvas's height; the plot's own pixels run from t to height − b
            double y = s.y0 + (s.height - s.b - fy * s.height) / (s.height - s.t - s.b) * (s.y1 - s.y0);
            LearnPage.current().change("outlier", Ui.num(Math.max(-10, Math.min(15, Math.round(y * 2) / 2.0))));
        });
    }

    private static List<HTMLElement> canvases() {
        NodeList<? extends HTMLElement> all = Dom.document().querySelectorAll("canvas.plot");
        List<HTMLElement> out = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            out.add(all.get(i));
        }
        return out;
    }

    @Override
    public void update(Map<String, Object> data) {
        List<HTMLElement> c = canvases();
        String delta = LearnPage.current().params().get("delta");
        Map<String, Object> regression = Data.map(data.get("regression"));
        List<Plots.Series> reg = new ArrayList<>();
        for (String k : KEYS) {
            List<Object> xy = Data.list(regression.get(k));
            reg.add(new Plots.Series(Data.nums(xy.get(0)), Data.nums(xy.get(1)), k.equals("huber") ? "Huber (δ = " + delta + ")" : k.toUpperCase()));
        }
        Plots.Options o1 = new Plots.Options().labels("error e = prediction − target", "loss");
        o1.width = Ui.plotWidth(c.get(0));
        o1.yRange = new double[] {0, 5};
        Plots.line(c.get(0), reg, o1);
        Ui.replace("#loss-legend", Plots.legend(reg));
        List<Plots.Series> slopes = new ArrayList<>();
        for (int i = 0; i < KEYS.length; i++) {
            List<Object> xy = Data.list(regression.get(KEYS[i]));
            slopes.add(new Plots.Series(Data.nums(xy.get(0)), Data.nums(xy.get(2)), "d/de " + reg.get(i).label));
        }
        Plots.Options od = new Plots.Options().labels("error e = prediction − target", "derivative dL/de");
        od.width = Ui.plotWidth(c.get(1));
        Plots.line(c.get(1), slopes, od);
        Ui.replace("#dloss-legend", Plots.legend(slopes));
        List<Object> ceData = Data.list(data.get("crossEntropy"));
        double[] ps = Data.nums(ceData.get(0));
        List<Plots.Series> ce = List.of(new Plots.Series(ps, Data.nums(ceData.get(1)), "binary (sigmoid output)"),
                new Plots.Series(ps, Data.nums(ceData.get(2)), "categorical (softmax, 2 classes)"));
        Plots.Options o2 = new Plots.Options().labels("probability of the true class", "loss");
        o2.width = Ui.plotWidth(c.get(2));
        o2.yRange = new double[] {0, 7};
        Plots.line(c.get(2), ce, o2);
        Ui.replace("#ce-legend", Plots.legend(ce));
        List<Object> points = Data.list(data.get("points"));
        double[] xs = Data.nums(points.get(0));
        double[] ys = Data.nums(points.get(1));
        Map<String, Object> fits = Data.map(data.get("fits"));
        List<Plots.Series> all = new ArrayList<>();
        for (int i = 0; i < KEYS.length; i++) {
            double[] f = Data.nums(fits.get(KEYS[i]));
            all.add(new Plots.Series(new double[] {0, 1}, new double[] {f[1], f[0] + f[1]}, reg.get(i).label + " fit"));
        }
        int n = xs.length;
        all.add(new Plots.Series(java.util.Arrays.copyOf(xs, n - 1), java.util.Arrays.copyOf(ys, n - 1), "points").points(4).color("#000"));
        all.add(new Plots.Series(new double[] {xs[n - 1]}, new double[] {ys[n - 1]}, "outlier").points(7).hollow().color("#000"));
        Plots.Options o3 = new Plots.Options().labels("x", "y");
        o3.width = Ui.plotWidth(c.get(3));
        o3.xRange = new double[] {0, 1};
        o3.yRange = new double[] {-10, 15};
        fitScale = Plots.line(c.get(3), all, o3);
        Ui.replace("#fit-legend", Plots.legend(all));
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < KEYS.length; i++) {
            double[] f = Data.nums(fits.get(KEYS[i]));
            rows.add(new Object[] {reg.get(i).label, f[0], f[1]});
        }
        double[] exact = Data.nums(data.get("exactMae"));
        rows.add(new Object[] {"exact MAE minimizer (the best line through two of the points)", exact[0], exact[1]});
        Ui.replace("#fit-table", Ui.table(new String[] {"loss", "slope a", "intercept c"}, rows, "True line: y = 2x + 1. "
                + "The MAE fit's rate halves as it trains, so it settles on the exact minimizer instead of rocking around it."));
    }
}
