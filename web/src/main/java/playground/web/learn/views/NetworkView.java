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

/**
 * Matt Mazur's worked example, exactly: 2 inputs, 2 hidden and 2 output sigmoid units, his weights w₁ … w₈ and
 * fixed biases, η = 0.5. Forward, backward and update stage by stage, and updates repeated ×1, ×10, ×10,000, so
 * his figures can be checked digit for digit (nine significant digits, as he prints them).
 */
public final class NetworkView extends View {
    private static final String NS = "http://www.w3.org/2000/svg";
    private static final String[] STAGES = {"forward", "backward", "update"};
    private static final String[] STAGE_LABELS = {"1. Forward", "2. Backward", "3. Update"};
    private static final String[] W = {"w₁", "w₂", "w₃", "w₄", "w₅", "w₆", "w₇", "w₈"};
    private static final int DIGITS = 9;

    public NetworkView() {
        super("network", "A small network, step by step",
                "Matt Mazur's worked example, number for number: two inputs, two hidden and two output sigmoid units, one "
                        + "example, the error E_total = Σ ½(target − out)², and gradient descent at η = 0.5 on the eight weights "
                        + "w₁ … w₈; the biases b₁ = 0.35 and b₂ = 0.60 stay fixed, as in his post. The forward pass computes each "
                        + "unit's net input and output; the backward pass each unit's δ = ∂E/∂net, from the outputs back, using the "
                        + "output weights before they change; the update moves each weight by η times its gradient.",
                "Step through Forward, Backward and Update and compare with the post."); // the engine's sentence replaces it
    }

    @Override
    public void build(HTMLElement root) {
        HTMLElement credit = Ui.el("p", "class", "note");
        credit.appendChild(Dom.document().createTextNode("The example and its numbers are Matt Mazur's: "));
        credit.appendChild(Ui.el("a", "id", "mazur-link", "text", "A Step by Step Backpropagation Example")); // its address comes with the numbers
        credit.appendChild(Dom.document().createTextNode(" (2015)."));
        root.appendChild(credit);
        root.appendChild(Ui.row(Ui.number("x1", "input i₁"), Ui.number("x2", "input i₂"), Ui.number("t1", "target o₁"),
                Ui.number("t2", "target o₂"), Ui.number("lr", "learning rate η")));
        HTMLElement group = Ui.el("div", "class", "row", "role", "group", "aria-label", "Stage");
        for (int i = 0; i < STAGES.length; i++) {
            String s = STAGES[i];
            HTMLElement b = Ui.el("button", "type", "button", "class", "secondary", "data-stage", s, "text", STAGE_LABELS[i]);
            b.addEventListener("click", e -> LearnPage.current().change("stage", s));
            group.appendChild(b);
        }
        root.appendChild(group);
        HTMLElement steps = Ui.el("div", "class", "row", "role", "group", "aria-label", "Repeat the update");
        for (int k : new int[] {1, 10, 10_000}) {
            HTMLElement b = Ui.el("button", "type", "button", "class", "secondary", "data-steps", Integer.toString(k),
                    "text", "Update ×" + (k == 10_000 ? "10,000" : Integer.toString(k)));
            b.addEventListener("click", e -> LearnPage.current().change("updates", Integer.toString(Math.min(100_000, updates() + k))));
            steps.appendChild(b);
        }
        HTMLElement his = Ui.el("button", "type", "button", "class", "secondary", "id", "network-round-10000",
                "text", "The post's round 10,000");
        his.addEventListener("click", e -> LearnPage.current().change("updates", "9999"));
        steps.appendChild(his);
        HTMLElement reset = Ui.el("button", "type", "button", "class", "secondary", "id", "network-reset", "text", "Back to the start");
        reset.addEventListener("click", e -> LearnPage.current().change("updates", "0"));
        steps.appendChild(reset);
        steps.appendChild(Ui.el("output", "id", "network-updates"));
        root.appendChild(steps);
        root.appendChild(Ui.panels(Ui.panel("The network", Ui.el("div", "id", "network-svg", "class", "network-scroll", "tabindex", "0",
                "role", "region", "aria-label", "The network's drawing (it scrolls sideways on a narrow screen)")),
                Ui.panel("The numbers", Formulas.block(Formulas.E_TOTAL, "E total is the sum over the outputs of one half of target minus out, squared"),
                        Formulas.block(Formulas.DELTA, "delta at an output: out minus target, times out times one minus out; "
                                + "delta at a hidden unit: the sum of the outputs' deltas times the weights to them, times out times one minus out"),
                        Ui.el("div", "id", "network-numbers"))));
        root.appendChild(Ui.el("p", "class", "note", "id", "network-slips")); // the engine's account (Claims.networkSlips)
    }

    private static int updates() {
        String u = LearnPage.current().params().get("updates");
        try {
            return u == null || u.isEmpty() ? 0 : Integer.parseInt(u);
        } catch (NumberFormatException e) {
            return 0;
        }
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
        Dom.find("#mazur-link").setAttribute("href", String.valueOf(data.get("source")));
        Dom.text("#network-slips", String.valueOf(data.get("slips")));
        int done = (int) Data.num(data.get("updates"));
        Dom.text("#network-updates", done == 0 ? "The first round (no updates yet)"
                : "Round " + grouped(done + 1) + ", after " + grouped(done) + " update" + (done == 1 ? "" : "s"));
        HTMLElement svgBox = Dom.find("#network-svg");
        svgBox.setTextContent("");
        svgBox.appendChild(svg(data, stage));
        double[] x = Data.nums(data.get("x"));
        double[] t = Data.nums(data.get("targets"));
        double[] netH = Data.nums(data.get("netHidden"));
        double[] h = Data.nums(data.get("hidden"));
        double[] netO = Data.nums(data.get("netOutput"));
        double[] o = Data.nums(data.get("output"));
        double[] w = Data.nums(data.get("weights"));
        List<Object[]> rows = new ArrayList<>();
        rows.add(row("inputs i₁, i₂", x[0], x[1]));
        rows.add(row("targets for o₁, o₂", t[0], t[1]));
        rows.add(row("net_h1 = w₁·i₁ + w₂·i₂ + b₁, net_h2 = w₃·i₁ + w₄·i₂ + b₁", netH[0], netH[1]));
        rows.add(row("out_h1 = σ(net_h1), out_h2", h[0], h[1]));
        rows.add(row("net_o1 = w₅·out_h1 + w₆·out_h2 + b₂, net_o2 = w₇·out_h1 + w₈·out_h2 + b₂", netO[0], netO[1]));
        rows.add(row("out_o1 = σ(net_o1), out_o2", o[0], o[1]));
        rows.add(row("E_total = ½(target_o1 − out_o1)² + ½(target_o2 − out_o2)²", Data.num(data.get("eTotal"))));
        if (!stage.equals("forward")) {
            double[] dO = Data.nums(data.get("deltaOutput"));
            double[] dH = Data.nums(data.get("deltaHidden"));
            double[] g = Data.nums(data.get("gradients"));
            rows.add(row("δ_o1 = (out_o1 − target_o1)·out_o1(1 − out_o1), δ_o2", dO[0], dO[1]));
            rows.add(row("δ_h1 = (δ_o1·w₅ + δ_o2·w₇)·out_h1(1 − out_h1), δ_h2 = (δ_o1·w₆ + δ_o2·w₈)·out_h2(1 − out_h2)", dH[0], dH[1]));
            String[] into = {"i₁", "i₂", "i₁", "i₂", "out_h1", "out_h2", "out_h1", "out_h2"};
            String[] delta = {"δ_h1", "δ_h1", "δ_h2", "δ_h2", "δ_o1", "δ_o1", "δ_o2", "δ_o2"};
            for (int k = 0; k < 8; k++) {
                rows.add(row("∂E/∂" + W[k] + " = " + delta[k] + "·" + into[k], g[k]));
            }
        }
        if (stage.equals("update")) {
            double[] after = Data.nums(data.get("weightsAfter"));
            for (int k = 0; k < 8; k++) {
                rows.add(row(W[k] + "⁺ = " + W[k] + " − η·∂E/∂" + W[k] + " (" + Ui.num(w[k], DIGITS) + " before)", after[k]));
            }
            rows.add(row("E_total after the update", Data.num(data.get("eTotalAfter"))));
        }
        HTMLElement numbers = Dom.find("#network-numbers");
        numbers.setTextContent("");
        numbers.appendChild(Ui.table(new String[] {"quantity", "value"}, rows, "Stage: " + stage));
    }

    private static Object[] row(String label, double... values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(Ui.num(values[i], DIGITS));
        }
        return new Object[] {label, sb.toString()};
    }

    private static String grouped(int n) {
        return playground.engine.text.Numbers.grouped(n);
    }

    /**
     * The 2-2-2 network as SVG: each unit's output in its node, each weight named (w₁ … w₈) and valued on its edge
     * near the unit it leaves, so crossing edges keep their labels apart; the biases as their own nodes; δ under the
     * nodes after the backward pass; the new value beside the old after the update.
     */
    private static Element svg(Map<String, Object> data, String stage) {
        Element svg = Dom.document().createElementNS(NS, "svg");
        svg.setAttribute("viewBox", "0 0 620 360");
        svg.setAttribute("class", "network-diagram");
        svg.setAttribute("role", "img");
        svg.setAttribute("aria-label", "Mazur's 2-2-2 network with its weights, biases and values; the table beside it has the same numbers");
        double[] w = Data.nums(data.get("weights"));
        double[] after = Data.nums(data.get("weightsAfter"));
        double[] x = Data.nums(data.get("x"));
        double[] h = Data.nums(data.get("hidden"));
        double[] o = Data.nums(data.get("output"));
        boolean back = !stage.equals("forward");
        double[] dH = Data.nums(data.get("deltaHidden"));
        double[] dO = Data.nums(data.get("deltaOutput"));
        double[] cx = {70, 310, 550};
        double[] ys = {90, 250};
        // w₁ i₁→h₁, w₂ i₂→h₁, w₃ i₁→h₂, w₄ i₂→h₂; w₅ h₁→o₁, w₆ h₂→o₁, w₇ h₁→o₂, w₈ h₂→o₂
        for (int k = 0; k < 8; k++) {
            int layer = k / 4;
            int to = k % 4 / 2;
            int from = k % 2;
            link(svg, cx[layer], ys[from], cx[layer + 1], ys[to], W[k] + " " + (stage.equals("update")
                    ? Ui.num(w[k], 4) + "→" + Ui.num(after[k], 4) : Ui.num(w[k], 4)));
        }
        for (int j = 0; j < 2; j++) {
            bias(svg, cx[1] - 80, 330, cx[1], ys[j], j == 0);
            bias(svg, cx[2] - 80, 330, cx[2], ys[j], j == 0);
        }
        text(svg, cx[1] - 80, 345, "b₁ " + Ui.num(Data.num(data.get("b1"))), "weight");
        text(svg, cx[2] - 80, 345, "b₂ " + Ui.num(Data.num(data.get("b2"))), "weight");
        for (int j = 0; j < 2; j++) {
            node(svg, cx[0], ys[j], "i" + (j == 0 ? "₁" : "₂"), x[j], Double.NaN);
            node(svg, cx[1], ys[j], "h" + (j == 0 ? "₁" : "₂"), h[j], back ? dH[j] : Double.NaN);
            node(svg, cx[2], ys[j], "o" + (j == 0 ? "₁" : "₂"), o[j], back ? dO[j] : Double.NaN);
        }
        return svg;
    }

    private static void bias(Element svg, double x1, double y1, double x2, double y2, boolean circle) {
        if (circle) {
            Element c = Dom.document().createElementNS(NS, "circle");
            c.setAttribute("cx", Ui.num(x1));
            c.setAttribute("cy", Ui.num(y1));
            c.setAttribute("r", "6");
            c.setAttribute("class", "bias");
            svg.appendChild(c);
        }
        Element l = Dom.document().createElementNS(NS, "line");
        l.setAttribute("x1", Ui.num(x1));
        l.setAttribute("y1", Ui.num(y1 - 6));
        l.setAttribute("x2", Ui.num(x2 - 22));
        l.setAttribute("y2", Ui.num(y2 + 22));
        l.setAttribute("class", "bias");
        svg.appendChild(l);
    }

    private static void node(Element svg, double x, double y, String label, double value, double delta) {
        Element c = Dom.document().createElementNS(NS, "circle");
        c.setAttribute("cx", Ui.num(x));
        c.setAttribute("cy", Ui.num(y));
        c.setAttribute("r", "32");
        svg.appendChild(c);
        text(svg, x, y - 4, label, null);
        text(svg, x, y + 12, Ui.num(value, 6), null);
        if (!Double.isNaN(delta)) {
            text(svg, x, y + 48, "δ " + Ui.num(delta, 4), "delta");
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

    /** An edge, its label a quarter of the way along from the unit it leaves (where edges have not crossed yet). */
    private static void link(Element svg, double x1, double y1, double x2, double y2, String label) {
        Element l = Dom.document().createElementNS(NS, "line");
        l.setAttribute("x1", Ui.num(x1 + 32));
        l.setAttribute("y1", Ui.num(y1));
        l.setAttribute("x2", Ui.num(x2 - 32));
        l.setAttribute("y2", Ui.num(y2));
        svg.appendChild(l);
        double f = 0.3;
        double lx = x1 + 32 + (x2 - x1 - 64) * f;
        double ly = y1 + (y2 - y1) * f;
        text(svg, lx, ly + (y2 > y1 ? 16 : y2 < y1 ? -8 : -6), label, "weight");
    }
}
