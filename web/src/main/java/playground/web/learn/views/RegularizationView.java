package playground.web.learn.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;
import playground.web.dom.Dom;
import playground.web.learn.Choices;
import playground.web.learn.Frames;
import playground.web.learn.LearnPage;
import playground.web.learn.Params;
import playground.web.learn.Ui;
import playground.web.learn.View;

/** The same big network on little data, with and without a regularizer, trained side by side in two frames. */
public final class RegularizationView extends View {
    public RegularizationView() {
        super("regularization", "Regularization and normalization",
                "A big network on little data memorises it: the training loss keeps falling while the validation loss turns "
                        + "up. Dropout switches random units off during training, so no unit can rely on another; batch and layer "
                        + "normalization keep each layer's inputs at a steady scale, which often lets training go faster and further.",
                "Run both frames: without regularization the validation loss (dashed) climbs after a while; with dropout "
                        + "it stays closer to the training loss. Then try batch norm or layer norm instead.");
    }

    @Override
    public String localDefaults() {
        return "reg=dropout&rate=0.3&n=150"; // no engine call: the frames are playgrounds of their own
    }

    @Override
    public void build(HTMLElement root) {
        root.appendChild(Ui.row(Ui.select("reg", "regularize with", Choices.of("dropout", "dropout", "bn", "batch norm", "ln", "layer norm")),
                Ui.number("rate", "dropout rate", "0.05", "0.9", "0.05"), Ui.number("n", "training set size", "50", "2000", "10")));
        root.appendChild(Ui.el("div", "id", "reg-frames", "class", "frames"));
    }

    @Override
    public void update(Map<String, Object> data) {
        Params p = LearnPage.current().params();
        String reg = p.get("reg");
        String extra = reg.equals("dropout") ? "dropout:" + p.get("rate") : reg;
        Frames.set(Dom.find("#reg-frames"), "without regularization", spec(p, layers(null)), "with " + reg, spec(p, layers(extra)));
    }

    private static String layers(String extra) {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            l.add("dense:64:relu");
            if (extra != null && i < 2) {
                l.add(extra);
            }
        }
        return String.join(",", l);
    }

    private static String spec(Params p, String layers) {
        return LearnPage.specQuery("data", "spiral", "n", p.get("n"), "noise", "0.25", "val", "0.3", "epochs", "150", "lr", "0.01",
                "layers", layers);
    }
}
