package playground.web.page;

import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;
import playground.web.dom.Dom;

/** Train / test / validation tiles: RMSE, MAE, MSE, R² for regression; accuracy, F1, log loss for classes. */
public final class Tiles {
    private static final String[] PARTS = {"train", "test", "val"};
    private static final String[] TITLES = {"Train", "Test", "Validation"};

    private Tiles() {
    }

    /** {@code evaluation}: the engine's evaluate result, or a saved experiment's recorded one. */
    public static void render(HTMLElement box, Map<?, ?> evaluation) {
        box.setTextContent("");
        Map<?, ?> test = (Map<?, ?>) evaluation.get("test");
        String[] keys = test != null && test.containsKey("accuracy") ? new String[] {"accuracy", "f1", "log_loss"}
                : new String[] {"rmse", "mae", "mse", "r2"};
        for (int i = 0; i < PARTS.length; i++) {
            Map<?, ?> part = (Map<?, ?>) evaluation.get(PARTS[i]);
            if (part == null) {
                continue;
            }
            HTMLElement tile = Dom.document().createElement("div");
            tile.setClassName("tile");
            tile.appendChild(Dom.element("h3", TITLES[i]));
            HTMLElement dl = Dom.document().createElement("dl");
            for (String k : keys) {
                dl.appendChild(Dom.element("dt", k.equals("r2") ? "R²" : k.toUpperCase().replace('_', ' ')));
                dl.appendChild(Dom.element("dd", Format.number((Double) part.get(k))));
            }
            tile.appendChild(dl);
            box.appendChild(tile);
        }
    }
}
