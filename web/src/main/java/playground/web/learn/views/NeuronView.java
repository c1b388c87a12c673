package playground.web.learn.views;

import playground.web.charts.Plots;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;
import playground.web.dom.Dom;
import playground.web.learn.Choices;
import playground.web.learn.Data;
import playground.web.learn.Formulas;
import playground.web.learn.LearnPage;
import playground.web.learn.Ui;
import playground.web.learn.View;

/** One neuron, step by step: the forward pass, the chain rule's three factors, the update, and the loss curve. */
public final class NeuronView extends View {
    public NeuronView() {
        super("neuron", "One neuron, step by step",
                "A neuron multiplies its input by a weight, adds a bias and passes the sum through an activation. "
                        + "Back-propagation is the chain rule: the loss's slope with respect to w is the product of three local slopes. "
                        + "Gradient descent moves w against that slope, scaled by the learning rate η.",
                "Press Step a few times and watch the loss and its slope."); // the engine's sentence replaces it
    }

    @Override
    public void build(HTMLElement root) {
        root.appendChild(Ui.row(Ui.button("preset-poor", "Primer: poor start (w = 0.1)", true),
                Ui.button("preset-xavier", "Primer: its \"Xavier\" start (w = 0.5)", true)));
        root.appendChild(Ui.row(Ui.number("x", "input x"), Ui.number("w", "weight w"), Ui.number("b", "bias b"),
                Ui.number("t", "target t"), Ui.number("lr", "learning rate η"),
                Ui.select("act", "activation f", Choices.activations("0.1")),
                Ui.select("loss", "loss L", Choices.of("half_se", "½(t − h)²", "mse", "(t − h)²", "mae", "|t − h|",
                        "huber:1", "Huber (δ = 1)", "bce", "binary cross-entropy"))));
        root.appendChild(Ui.row(Ui.button("step", "Step", false), Ui.button("reset-steps", "Reset", true)));
        root.appendChild(Ui.panels(
                Ui.panel("Forward and backward, as formulas and numbers",
                        Formulas.block(Formulas.FORWARD, "z equals w x plus b, h equals f of z, L is the loss of h and t"),
                        Formulas.block(Formulas.CHAIN_W, "dL/dw = dL/dh times dh/dz times dz/dw, with dz/dw = x"),
                        Formulas.block(Formulas.CHAIN_B, "dL/db = dL/dh times dh/dz times 1"),
                        Formulas.block(Formulas.UPDATE, "w becomes w minus eta dL/dw; b becomes b minus eta dL/db"),
                        Ui.el("div", "id", "neuron-numbers"), Ui.el("p", "class", "note", "id", "neuron-nudge")),
                Ui.panel("The loss against w, with the tangent at the current w",
                        Ui.canvas("Loss as a function of the weight, with the tangent line"), Ui.el("div", "id", "neuron-legend"))));
        HTMLElement warnings = Ui.el("div", "id", "neuron-warnings", "class", "slip", "role", "status");
        warnings.setHidden(true);
        root.appendChild(warnings);
        HTMLElement slips = Ui.el("details", "id", "neuron-slip", "class", "slip");
        slips.appendChild(Ui.el("summary", "text", "Where the primer's arithmetic slips (its one-neuron example: x = 1, b = 0.1, "
                + "t = 1, η = 0.1, sigmoid, ½(t − h)²)"));
        slips.appendChild(Ui.el("ul", "id", "neuron-slips"));
        root.appendChild(slips);
        root.appendChild(Ui.panel("Steps taken", Ui.scroll("neuron-history", "Steps taken")));
        Dom.onClick("#preset-poor", e -> preset("0.1"));
        Dom.onClick("#preset-xavier", e -> preset("0.5"));
        Dom.onClick("#step", e -> {
            double steps = LearnPage.current().params().number("steps");
            LearnPage.current().change("steps", Integer.toString((Double.isNaN(steps) ? 0 : (int) steps) + 1));
        });
        Dom.onClick("#reset-steps", e -> LearnPage.current().change("steps", "0"));
    }

    private static void preset(String w) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("x", "1");
        m.put("w", w);
        m.put("b", "0.1");
        m.put("t", "1");
        m.put("lr", "0.1");
        m.put("act", "sigmoid");
        m.put("loss", "half_se");
        m.put("steps", "0");
        LearnPage.current().change(m, true, () -> { });
    }

    @Override
    public void update(Map<String, Object> data) {
        List<Map<String, Object>> rows = Data.maps(data.get("rows"));
        Map<String, Object> r = rows.get(rows.size() - 1);
        HTMLElement box = Dom.find("#neuron-numbers");
        box.setTextContent("");
        List<Object[]> q = new ArrayList<>();
        String[][] quantities = {{"z = w·x + b", "z"}, {"h = f(z)", "h"}, {"L", "loss"}, {"∂L/∂h", "dLdh"}, {"∂h/∂z", "dhdz"},
            {"∂z/∂w = x", "dzdw"}, {"∂z/∂b", "dzdb"}, {"∂L/∂w", "dLdw"},
            {"nudge check: (L(w + ε) − L(w − ε)) / 2ε", "nudgeW"}, {"∂L/∂b", "dLdb"},
            {"nudge check: (L(b + ε) − L(b − ε)) / 2ε", "nudgeB"}, {"w after the step", "wNext"}, {"b after the step", "bNext"}};
        for (String[] k : quantities) {
            q.add(new Object[] {k[0], r.get(k[1])});
        }
        box.appendChild(Ui.table(new String[] {"quantity", "value"}, q,
                "Step " + Ui.num(Data.num(r.get("step"))) + ": w = " + Ui.num(Data.num(r.get("w"))) + ", b = " + Ui.num(Data.num(r.get("b")))));
        HTMLElement c = Dom.find("canvas.plot");
        List<Object> curve = Data.list(data.get("curve"));
        double[] ws = Data.nums(curve.get(0));
        double[] ls = Data.nums(curve.get(1));
        double slope = Data.num(data.get("slope"));
        double loss = Data.num(r.get("loss"));
        double w = Data.num(r.get("w"));
        double[] tangent = new double[ws.length];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < ws.length; i++) {
            tangent[i] = loss + slope * (ws[i] - w);
            lo = Math.min(lo, ls[i]);
            hi = Math.max(hi, ls[i]);
        }
        List<Plots.Series> series = List.of(new Plots.Series(ws, ls, "loss L(w)"),
                new Plots.Series(ws, tangent, "tangent, slope ∂L/∂w = " + Ui.num(slope)),
                new Plots.Series(new double[] {w}, new double[] {loss}, "current w").points(6));
        Plots.Options o = new Plots.Options().labels("w", "loss");
        o.width = Ui.plotWidth(c);
        o.yRange = new double[] {lo - 0.1 * (hi - lo), hi + 0.1 * (hi - lo)};
        Plots.line(c, series, o);
        Dom.find("#neuron-legend").setTextContent("");
        Dom.find("#neuron-legend").appendChild(Plots.legend(series));
        List<Object[]> history = new ArrayList<>();
        for (Map<String, Object> s : rows) {
            history.add(new Object[] {Ui.num(Data.num(s.get("step"))), s.get("w"), s.get("b"), s.get("h"), s.get("loss"),
                s.get("dLdw"), s.get("dLdb")});
        }
        HTMLElement h = Dom.find("#neuron-history");
        h.setTextContent("");
        h.appendChild(Ui.table(new String[] {"step", "w", "b", "h", "loss", "∂L/∂w", "∂L/∂b"}, history));
        HTMLElement warnings = Dom.find("#neuron-warnings");
        warnings.setTextContent("");
        for (Object w2 : Data.list(data.get("warnings"))) {
            warnings.appendChild(Ui.el("p", "text", String.valueOf(w2)));
        }
        warnings.setHidden(Data.list(data.get("warnings")).isEmpty());
        HTMLElement list = Dom.find("#neuron-slips");
        if (list.getChildNodes().getLength() == 0) { // the same list for every setting; an open <details> stays open
            for (Object slip : Data.list(data.get("slips"))) {
                list.appendChild(Ui.el("li", "text", String.valueOf(slip)));
            }
        }
        Dom.text("#neuron-nudge", "The nudge checks move w (or b) by ε = " + Ui.num(Data.num(data.get("epsilon")))
                + " each way and measure how much the loss moves: that slope is the derivative the chain rule computes.");
    }
}
