package playground.web.learn.views;

import java.util.ArrayList;
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

/** The forward pass written out twice — element by element and as matrices — with the live numbers of a small network. */
public final class MatrixView extends View {
    private static final String[] SUBSCRIPTS = {"₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉"};

    public MatrixView() {
        super("matrix", "The forward pass as matrices",
                "The primer writes each unit on its own: z₁ = w₁₁·x₁ + w₁₂·x₂ + b₁, then h₁ = σ(z₁), and the same for every unit. "
                        + "Stack the units' weights as the rows of a matrix W and the whole layer is one product, z = W·x + b, then "
                        + "h = σ(z) applied to each entry. Row u of W times x is exactly unit u's sum. Libraries store the transpose: "
                        + "Keras's kernel K = Wᵀ has one row per input, and a batch of inputs as rows X gives Z = X·K + b.",
                "Change an input and watch both forms change together."); // the engine's counted sentence replaces it
    }

    @Override
    public void build(HTMLElement root) {
        root.appendChild(Ui.row(Ui.select("net", "network", Choices.of("mazur", "Mazur's 2-2-2 (sigmoid)", "random", "random 3-4-2")),
                Ui.number("x1", "x₁", "-10", "10", "0.05"), Ui.number("x2", "x₂", "-10", "10", "0.05"),
                Ui.number("x3", "x₃ (3-4-2)", "-10", "10", "0.05"),
                Ui.select("act", "hidden activation (3-4-2)", Choices.of("relu", "ReLU", "tanh", "tanh", "sigmoid", "sigmoid")),
                Ui.number("seed", "seed (3-4-2)", "0", null, "1")));
        root.appendChild(Ui.el("div", "id", "matrix-layers"));
    }

    @Override
    public void update(Map<String, Object> data) {
        boolean random = "random".equals(LearnPage.current().params().get("net"));
        for (String key : new String[] {"x3", "act", "seed"}) {
            ((HTMLElement) Dom.find("[data-learn=" + key + "]").getParentNode()).setHidden(!random);
        }
        HTMLElement box = Dom.find("#matrix-layers");
        box.setTextContent("");
        List<Map<String, Object>> layers = Data.maps(data.get("layers"));
        for (int l = 0; l < layers.size(); l++) {
            Map<String, Object> layer = layers.get(l);
            boolean last = l == layers.size() - 1;
            box.appendChild(layerPanel(l + 1, l == 0 ? "x" : "h", last ? "ŷ" : "h", layer));
        }
    }

    /** One layer: the sums unit by unit, the same layer as one matrix product, and the engine's Dense layer beside them. */
    private static HTMLElement layerPanel(int number, String in, String out, Map<String, Object> layer) {
        List<Object> wRows = Data.list(layer.get("w"));
        List<Object> termRows = Data.list(layer.get("terms"));
        double[] b = Data.nums(layer.get("b"));
        double[] a = Data.nums(layer.get("input"));
        double[] z = Data.nums(layer.get("z"));
        double[] h = Data.nums(layer.get("h"));
        double[] engine = Data.nums(layer.get("engineH"));
        String f = shortName((String) layer.get("activation"));
        HTMLElement sums = Ui.el("div", "class", "sums", "id", "sums-" + number);
        String[][] w = new String[wRows.size()][];
        for (int u = 0; u < wRows.size(); u++) {
            double[] row = Data.nums(wRows.get(u));
            double[] terms = Data.nums(termRows.get(u));
            w[u] = new String[row.length];
            StringBuilder symbols = new StringBuilder("z" + SUBSCRIPTS[u] + " = ");
            StringBuilder numbers = new StringBuilder();
            for (int j = 0; j < row.length; j++) {
                w[u][j] = num(row[j]);
                symbols.append(j == 0 ? "" : " + ").append("w").append(SUBSCRIPTS[u]).append(SUBSCRIPTS[j]).append('·').append(in)
                        .append(SUBSCRIPTS[j]);
                numbers.append(j == 0 ? "" : " + ").append(num(row[j])).append(" × ").append(num(a[j]));
            }
            symbols.append(" + b").append(SUBSCRIPTS[u]);
            double sum = 0;
            for (double t : terms) {
                sum += t;
            }
            sums.appendChild(Ui.el("p", "text", symbols + " = " + numbers + " + " + num(b[u]) + " = " + num(sum) + " + "
                    + num(b[u]) + " = " + num(z[u]) + ";  " + out + SUBSCRIPTS[u] + " = " + f + "(" + num(z[u]) + ") = "
                    + num(h[u])));
        }
        HTMLElement formula = Formulas.block(Formulas.layer(in, out, f, w, strings(a), strings(b), strings(z), strings(h)),
                "Layer " + number + " as matrices: z equals W times " + in + " plus b, then " + out + " equals " + f + " of z, with "
                        + "the numbers above");
        List<Object[]> rows = new ArrayList<>();
        for (int u = 0; u < h.length; u++) {
            rows.add(new Object[] {out + SUBSCRIPTS[u], h[u], engine[u], Math.abs(h[u] - engine[u])});
        }
        return Ui.wide(Ui.panel("Layer " + number + ": " + wRows.size() + " units, " + a.length + " inputs, " + f,
                Ui.el("h4", "text", "Unit by unit, as the primer writes it"), sums,
                Ui.el("h4", "text", "The same layer as one matrix product"), formula,
                Ui.el("h4", "text", "The engine's Dense layer (x·K + b, K = Wᵀ) on the same input"),
                Ui.with(Ui.scroll("engine-" + number, "Layer " + number + ": the sums against the engine's Dense layer"),
                        Ui.table(new String[] {"unit", "from the sums", "engine's Dense layer", "difference"}, rows))));
    }

    private static String shortName(String activation) {
        return activation.equals("sigmoid") ? "σ" : activation;
    }

    private static String[] strings(double[] v) {
        String[] out = new String[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = num(v[i]);
        }
        return out;
    }

    /** Nine significant digits, as Mazur publishes his forward pass. */
    private static String num(double v) {
        return Ui.num(v, 9);
    }
}
