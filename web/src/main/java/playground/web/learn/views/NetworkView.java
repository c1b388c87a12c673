package playground.web.learn.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.NodeList;
import playground.web.dom.Dom;
import playground.web.learn.Data;
import playground.web.learn.Formulas;
import playground.web.learn.LearnPage;
import playground.web.learn.Ui;
import playground.web.learn.View;

/** The primer's 2-2-1 network: forward, backward (each unit's δ) and update, stage by stage. */
public final class NetworkView extends View {
    private static final String NS = "http://www.w3.org/2000/svg";
    private static final String[] STAGES = {"forward", "backward", "update"};
    private static final String[] STAGE_LABELS = {"1. Forward", "2. Backward", "3. Update"};

    public NetworkView() {
        super("network", "A small network, step by step",
                "Two inputs, two hidden sigmoid units, one sigmoid output, one example and the loss ½(o − t)². The forward "
                        + "pass computes every unit's output; the backward pass computes each unit's δ = ∂L/∂z, from the output back; "
                        + "the update moves each weight by η times δ times the value flowing into it.",
                "Step through Forward, Backward and Update, then change the target: every δ changes sign when the output "
                        + "overshoots it.");
    }

    @Override
    public void build(HTMLElement root) {
        root.appendChild(Ui.row(Ui.number("x1", "input x₁"), Ui.number("x2", "input x₂"), Ui.number("t", "target t"),
                Ui.number("lr", "learning rate η")));
        HTMLElement group = Ui.el("div", "class", "row", "role", "group", "aria-label", "Stage");
        for (int i = 0; i < STAGES.length; i++) {
            String s = STAGES[i];
            HTMLElement b = Ui.el("button", "type", "button", "class", "secondary", "data-stage", s, "text", STAGE_LABELS[i]);
            b.addEventListener("click", e -> LearnPage.current().change("stage", s));
            group.appendChild(b);
        }
        root.appendChild(group);
        root.appendChild(Ui.panels(Ui.panel("The network", Ui.el("div", "id", "network-svg")),
                Ui.panel("The numbers", Formulas.block(Formulas.HALF_SE, "L equals one half of t minus h, squared"),
                        Formulas.block(Formulas.DELTA, "delta at the output and at hidden unit j"),
                        Ui.el("div", "id", "network-numbers"))));
    }

    @Override
    public void update(Map<String, Object> data) {
        String stage = LearnPage.current().params().get("stage");
        if (stage == null || stage.isEmpty()) {
            stage = "forward";
        }
        NodeList<? extends HTMLElement> buttons = Dom.document().querySelectorAll("[data-stage]");
        for (int i = 0; i < buttons.getLength(); i++) {
            buttons.get(i).setAttribute("aria-pressed", String.valueOf(stage.equals(buttons.get(i).getAttribute("data-stage"))));
        }
        HTMLElement svgBox = Dom.find("#network-svg");
        svgBox.setTextContent("");
        svgBox.appendChild(svg(data, stage));
        double[] x = Data.nums(data.get("x"));
        double[] hidden = Data.nums(data.get("hidden"));
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"input x₁", x[0]});
        rows.add(new Object[] {"input x₂", x[1]});
        rows.add(new Object[] {"target t", data.get("target")});
        rows.add(new Object[] {"h₁ = σ(w₁₁x₁ + w₁₂x₂ + b₁)", hidden[0]});
        rows.add(new Object[] {"h₂", hidden[1]});
        rows.add(new Object[] {"output o", data.get("output")});
        rows.add(new Object[] {"loss ½(o − t)²", data.get("loss")});
        if (!stage.equals("forward")) {
            double[] dh = Data.nums(data.get("deltaHidden"));
            double[] g2 = Data.nums(data.get("gradW2"));
            double[] g1 = Data.nums(data.get("gradW1"));
            rows.add(new Object[] {"δ at the output", data.get("deltaOutput")});
            rows.add(new Object[] {"δ₁ (hidden)", dh[0]});
            rows.add(new Object[] {"δ₂ (hidden)", dh[1]});
            rows.add(new Object[] {"∂L/∂v₁ = δ·h₁", g2[0]});
            rows.add(new Object[] {"∂L/∂v₂ = δ·h₂", g2[1]});
            rows.add(new Object[] {"∂L/∂w₁₁ = δ₁·x₁", g1[0]});
            rows.add(new Object[] {"∂L/∂w₁₂ = δ₁·x₂", g1[1]});
            rows.add(new Object[] {"∂L/∂w₂₁ = δ₂·x₁", g1[2]});
            rows.add(new Object[] {"∂L/∂w₂₂ = δ₂·x₂", g1[3]});
        }
        if (stage.equals("update")) {
            double[] w2 = Data.nums(data.get("w2After"));
            double[] b2 = Data.nums(data.get("b2After"));
            double[] w1 = Data.nums(data.get("w1After"));
            double[] b1 = Data.nums(data.get("b1After"));
            rows.add(new Object[] {"v₁ after", w2[0]});
            rows.add(new Object[] {"v₂ after", w2[1]});
            rows.add(new Object[] {"output bias after", b2[0]});
            rows.add(new Object[] {"w₁₁ after", w1[0]});
            rows.add(new Object[] {"w₁₂ after", w1[1]});
            rows.add(new Object[] {"w₂₁ after", w1[2]});
            rows.add(new Object[] {"w₂₂ after", w1[3]});
            rows.add(new Object[] {"b₁ after", b1[0]});
            rows.add(new Object[] {"b₂ after", b1[1]});
        }
        HTMLElement numbers = Dom.find("#network-numbers");
        numbers.setTextContent("");
        numbers.appendChild(Ui.table(new String[] {"quantity", "value"}, rows, "Stage: " + stage));
    }

    /** The 2-2-1 network as SVG: values in the nodes, weights on the links, δ under the nodes after the backward pass. */
    private static Element svg(Map<String, Object> data, String stage) {
        Element svg = Dom.document().createElementNS(NS, "svg");
        svg.setAttribute("viewBox", "0 0 560 300");
        svg.setAttribute("class", "network-diagram");
        svg.setAttribute("role", "img");
        svg.setAttribute("aria-label", "The 2-2-1 network with its values; the table beside it has the same numbers");
        double[] w1 = Data.nums(data.get("w1"));
        double[] w1After = Data.nums(data.get("w1After"));
        double[] w2 = Data.nums(data.get("w2"));
        double[] w2After = Data.nums(data.get("w2After"));
        double[] x = Data.nums(data.get("x"));
        double[] hidden = Data.nums(data.get("hidden"));
        boolean back = !stage.equals("forward");
        double[] dh = Data.nums(data.get("deltaHidden"));
        int[] ys = {80, 220};
        for (int j = 0; j < 2; j++) {
            for (int i = 0; i < 2; i++) {
                link(svg, 70, ys[i], 280, ys[j], w1[j * 2 + i], w1After[j * 2 + i], stage);
            }
            link(svg, 280, ys[j], 490, 150, w2[j], w2After[j], stage);
        }
        node(svg, 70, 80, "x₁", x[0], Double.NaN);
        node(svg, 70, 220, "x₂", x[1], Double.NaN);
        node(svg, 280, 80, "h₁", hidden[0], back ? dh[0] : Double.NaN);
        node(svg, 280, 220, "h₂", hidden[1], back ? dh[1] : Double.NaN);
        node(svg, 490, 150, "o", Data.num(data.get("output")), back ? Data.num(data.get("deltaOutput")) : Double.NaN);
        return svg;
    }

    private static void node(Element svg, double x, double y, String label, double value, double delta) {
        Element c = Dom.document().createElementNS(NS, "circle");
        c.setAttribute("cx", Ui.num(x));
        c.setAttribute("cy", Ui.num(y));
        c.setAttribute("r", "30");
        svg.appendChild(c);
        text(svg, x, y - 4, label, null);
        text(svg, x, y + 12, Ui.num(value), null);
        if (!Double.isNaN(delta)) {
            text(svg, x, y + 46, "δ " + Ui.num(delta), "delta");
        }
    }

    private static void text(Element svg, double x, double y, String s, String cls) {
        Element t = Dom.document().createElementNS(NS, "text");
        t.setAttribute("x", Ui.num(x));
        t.setAttribute("y", Ui.num(y));
        t.setAttribute("text-anchor", "middle");
        if (cls != null) {
            t.setAttribute("class", cls);
        }
        t.setTextContent(s);
        svg.appendChild(t);
    }

    private static void link(Element svg, double x1, double y1, double x2, double y2, double w, double after, String stage) {
        Element l = Dom.document().createElementNS(NS, "line");
        l.setAttribute("x1", Ui.num(x1 + 30));
        l.setAttribute("y1", Ui.num(y1));
        l.setAttribute("x2", Ui.num(x2 - 30));
        l.setAttribute("y2", Ui.num(y2));
        svg.appendChild(l);
        Element t = Dom.document().createElementNS(NS, "text");
        t.setAttribute("x", Ui.num((x1 + x2) / 2));
        t.setAttribute("y", Ui.num(y1 * 0.6 + y2 * 0.4 - 6));
        t.setAttribute("text-anchor", "middle");
        t.setAttribute("class", "weight");
        t.setTextContent(stage.equals("update") ? Ui.num(w) + " → " + Ui.num(after) : Ui.num(w));
        svg.appendChild(t);
    }
}
