package playground.web.learn.views;

import playground.web.charts.Plots;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;
import playground.web.dom.Browser;
import playground.web.dom.Dom;
import playground.web.learn.Choices;
import playground.web.learn.Data;
import playground.web.learn.Formulas;
import playground.web.learn.Frames;
import playground.web.learn.LearnPage;
import playground.web.learn.Params;
import playground.web.learn.Ui;
import playground.web.learn.View;

/** Initialization: activation and gradient statistics per layer for a scheme, and two schemes trained side by side. */
public final class InitView extends View {
    public InitView() {
        super("init", "Initialization",
                "Before any training, the scale of the random weights decides whether signals survive a deep stack. Too "
                        + "small and every layer shrinks them until nothing reaches the output and no gradient reaches the input; too "
                        + "large and tanh or sigmoid units saturate. LeCun, Xavier/Glorot and He choose the scale from the layer's fan-in "
                        + "(and fan-out) so that the variance stays put.",
                "Change the scheme and watch the activations and gradients per layer."); // the engine's sentence replaces it
    }

    @Override
    public Map<String, String> pageKeys() {
        return ordered("other", "he_normal", "data", "spiral");
    }

    @Override
    public void build(HTMLElement root) {
        root.appendChild(Ui.row(Ui.select("scheme", "scheme", Choices.schemes()),
                Ui.select("act", "activation", Choices.activations("0.1")),
                Ui.number("depth", "depth (layers)", "1", "20", "1"), Ui.number("width", "width (units)", "1", "512", "1"),
                Ui.number("seed", "seed", "0", null, "1")));
        root.appendChild(Ui.panels(
                Ui.wide(Ui.panel("Per layer, on 256 standard-normal inputs", Ui.scroll("init-table", "Per layer, on 256 standard-normal inputs"))),
                Ui.panel("Gradient norm per layer after one backward pass (log scale)",
                        Ui.canvas("Weight-gradient norm of each layer, log scale", 520, 240)),
                Ui.panel("Activations of each layer (histograms)", Ui.el("div", "id", "init-hists", "class", "small-multiples")),
                Ui.panel("Weights of each layer (histograms)", Ui.el("div", "id", "init-weights", "class", "small-multiples")),
                Ui.wide(Ui.panel("The schemes, for fan_in = fan_out = width",
                        Formulas.block(Formulas.XAVIER, "Xavier uniform limit a equals the square root of 6 over fan in plus fan out"),
                        Ui.scroll("init-schemes", "The schemes' spreads"),
                        Ui.el("p", "class", "note", "id", "lecun-note", "text", "A uniform distribution on [−a, a] has σ = a/√3, "
                                + "so each uniform limit is √3 times its normal's σ. The primer's LeCun-uniform limit √(1/fan_in) is "
                                + "LeCun-normal's σ; LeCun-uniform's limit is √(3/fan_in), as in the table.")))));
        root.appendChild(Ui.panel("Train both: this scheme against another, on a dataset (loss and validation loss)",
                Ui.row(Ui.select("other", "compare with", Choices.schemes()), LearnPage.current().datasetControl("data", true)),
                Ui.el("p", "class", "note", "text", "The networks use this view's activation, at most 8 layers of at most 64 units. "
                        + "Each frame trains in its own worker when you press Run."),
                Ui.el("div", "id", "init-frames", "class", "frames")));
    }

    @Override
    public void update(Map<String, Object> data) {
        List<Map<String, Object>> layers = Data.maps(data.get("layers"));
        List<Object[]> rows = new ArrayList<>();
        double[] xs = new double[layers.size()];
        double[] norms = new double[layers.size()];
        for (int i = 0; i < layers.size(); i++) {
            Map<String, Object> l = layers.get(i);
            rows.add(new Object[] {Integer.toString(i + 1), l.get("weightStd"), l.get("activationMean"), l.get("activationStd"),
                Browser.fixed(100 * Data.num(l.get("stuckShare")), 1) + " %", l.get("gradientNorm")});
            xs[i] = i + 1;
            norms[i] = Data.num(l.get("gradientNorm"));
        }
        Ui.replace("#init-table", Ui.table(new String[] {"layer", "weight σ", "activation mean", "activation σ",
            "saturated (tanh, σ) / dead units (ReLU)", "‖∂L/∂W‖"}, rows));
        HTMLElement c = Dom.find("canvas.plot");
        Plots.Options o = new Plots.Options().labels("layer", "gradient norm").size(Ui.plotWidth(c), 240);
        o.yLog = true;
        Plots.line(c, List.of(new Plots.Series(xs, norms, "‖∂L/∂W‖")), o);
        HTMLElement hists = Dom.find("#init-hists");
        hists.setTextContent("");
        HTMLElement weights = Dom.find("#init-weights");
        weights.setTextContent("");
        for (int i = 0; i < layers.size(); i++) {
            Map<String, Object> l = layers.get(i);
            double[] ar = Data.nums(l.get("activationRange"));
            HTMLElement cv = Ui.el("canvas", "role", "img", "aria-label", "Layer " + (i + 1) + " activations from "
                    + Ui.num(ar[0]) + " to " + Ui.num(ar[1]));
            hists.appendChild(Ui.with(Ui.el("figure"), cv, Ui.el("figcaption", "text", "layer " + (i + 1) + ": "
                    + Ui.num(ar[0]) + " … " + Ui.num(ar[1]))));
            Plots.histogram(cv, Data.nums(l.get("activationHistogram")), "#0072b2");
            double[] wr = Data.nums(l.get("weightRange"));
            String std = Ui.num(Data.num(l.get("weightStd")));
            HTMLElement wv = Ui.el("canvas", "role", "img", "aria-label", "Layer " + (i + 1) + " weights from "
                    + Ui.num(wr[0]) + " to " + Ui.num(wr[1]) + ", σ " + std);
            weights.appendChild(Ui.with(Ui.el("figure"), wv, Ui.el("figcaption", "text", "layer " + (i + 1) + ": σ " + std)));
            Plots.histogram(wv, Data.nums(l.get("weightHistogram")), "#009e73");
        }
        List<Object[]> schemes = new ArrayList<>();
        for (Map<String, Object> s : Data.maps(data.get("schemes"))) {
            schemes.add(new Object[] {s.get("id"), s.get("formula"), s.get("limit") == null ? "–" : s.get("limit"), s.get("stddev")});
        }
        Ui.replace("#init-schemes", Ui.table(new String[] {"scheme", "formula", "limit a", "σ"}, schemes));
        Params p = LearnPage.current().params();
        Frames.set(Dom.find("#init-frames"), "this scheme: " + p.get("scheme"), spec(p, p.get("scheme")),
                "compared with: " + p.get("other"), spec(p, p.get("other")));
    }

    private static String spec(Params p, String scheme) {
        int depth = (int) Math.min(8, p.number("depth"));
        int width = (int) Math.min(64, p.number("width"));
        StringBuilder layers = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            layers.append(i == 0 ? "" : ",").append("dense:").append(width).append(':').append(p.get("act")).append(':').append(scheme);
        }
        return LearnPage.specQuery("data", p.get("data"), "layers", layers.toString(), "opt", "sgd", "lr", "0.1", "epochs", "40");
    }
}
