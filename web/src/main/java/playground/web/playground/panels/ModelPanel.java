package playground.web.playground.panels;

import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;
import playground.web.dom.Dom;
import playground.web.page.Format;
import playground.web.playground.Action;
import playground.web.playground.LayerText;
import playground.web.playground.Prepared;
import playground.web.playground.SpecUrl;
import playground.web.playground.State;
import playground.web.playground.Store;

/**
 * The Model section: a row per hidden layer as the engine parsed it (kind, units, activation, initializer, rate or
 * residual block; move and remove), Add layer, and the Keras-style summary. Kinds, activations and initializers are
 * the engine's grammar families; an edit writes the layer's text and the engine parses the new list.
 */
public final class ModelPanel implements Store.Listener {
    /** The text a new layer of each kind starts as. */
    private static final Map<String, String> NEW_LAYER = Map.of("dense", "dense:16:relu", "bn", "bn", "ln", "ln",
            "dropout", "dropout:0.2", "res", "res(dense:16:relu)");

    private final Store store;
    private final HTMLElement list = Dom.find("#layers");

    public ModelPanel(Store store) {
        this.store = store;
        HTMLElement file = Dom.find("#model-file");
        file.addEventListener("change", e -> {
            playground.web.dom.Browser.readFilesBase64(file, (names, files) -> store.dispatch(new Action.ImportModel(names, files)),
                    (names, why) -> store.dispatch(new Action.ImportNote("The model cannot be imported: " + names + " could not be"
                            + " read (" + why + ").")));
            Dom.setValue(file, ""); // choosing the same files again is a change too
        });
        Dom.onClick("#add-layer", e -> {
            Prepared p = store.state().prepared;
            if (p != null) {
                set(SpecUrl.layers(p.layerTexts(), p.layers.size(), newLayer(p)));
            }
        });
    }

    /** A new hidden layer is like the last Dense one (TensorFlow Playground's habit), or dense:4:tanh. */
    static String newLayer(Prepared p) {
        int[] dense = LayerText.denseIndices(p.layers);
        if (dense.length == 0) {
            return "dense:4:tanh";
        }
        return (String) p.layers.get(dense[dense.length - 1]).get("text");
    }

    private void set(String layers) {
        store.dispatch(new Action.SetSettings(Map.of("layers", layers)));
    }

    @Override
    public void changed(State before, State s, Action a) {
        if (!s.importNote.equals(before.importNote)) {
            Dom.text("#import-note", s.importNote);
            Dom.find("#import-note").setHidden(s.importNote.isEmpty());
        }
        if (s.prepared == before.prepared || s.prepared == null) {
            return;
        }
        // the rows are rebuilt from the engine's parse; the control that had focus gets it back (or its row's
        // neighbour, when that row went), so a keyboard user stays where they were
        String focused = Dom.focusedLabel(list);
        list.setTextContent("");
        List<Map<String, Object>> layers = s.prepared.layers;
        for (int i = 0; i < layers.size(); i++) {
            list.appendChild(row(s, layers.get(i), i));
        }
        if (focused != null) {
            Dom.refocus(list, focused);
        }
        summary(s.prepared.summary);
    }

    @SuppressWarnings("unchecked")
    private HTMLElement row(State s, Map<String, Object> layer, int i) {
        Map<String, Object> families = (Map<String, Object>) s.settings.get("families");
        Map<String, Object> defaults = (Map<String, Object>) s.settings.get("defaults");
        List<String> texts = s.prepared.layerTexts();
        String n = Integer.toString(i + 1);
        HTMLElement li = Dom.el("li", "class", "layer");
        String kind = (String) layer.get("kind");
        HTMLElement type = select((List<Map<String, Object>>) families.get("layers"), kind, "Layer " + n + " type");
        type.addEventListener("change", e -> set(SpecUrl.layers(texts, i, NEW_LAYER.get(Dom.value(type)))));
        li.appendChild(type);
        if (kind.equals("dense")) {
            HTMLElement units = Dom.el("input", "type", "number", "min", "1", "max", "1024", "value",
                    playground.engine.text.Json.number((Double) layer.get("units")), "aria-label", "Layer " + n + " units");
            HTMLElement act = select((List<Map<String, Object>>) families.get("activations"), (String) layer.get("activation"),
                    "Layer " + n + " activation");
            HTMLElement init = select((List<Map<String, Object>>) families.get("initializers"), (String) layer.get("init"),
                    "Layer " + n + " initializer");
            String bias = (String) layer.get("bias_init");
            Runnable rebuild = () -> set(SpecUrl.layers(texts, i,
                    LayerText.dense(Dom.value(units).trim(), Dom.value(act), Dom.value(init), bias, defaults)));
            for (HTMLElement c : List.of(units, act, init)) {
                c.addEventListener("change", e -> rebuild.run());
                li.appendChild(c);
            }
        } else if (kind.equals("dropout")) {
            HTMLElement rate = Dom.el("input", "type", "number", "min", "0", "max", "0.95", "step", "0.05", "value",
                    playground.engine.text.Json.number((Double) layer.get("rate")), "aria-label", "Layer " + n + " dropout rate");
            HTMLElement slide = Dom.el("input", "type", "range", "min", "0", "max", "0.95", "step", "0.05", "value",
                    playground.engine.text.Json.number((Double) layer.get("rate")), "aria-label", "Layer " + n + " dropout rate (slider)");
            rate.addEventListener("change", e -> set(SpecUrl.layers(texts, i, "dropout:" + Dom.value(rate))));
            slide.addEventListener("input", e -> Dom.setValue(rate, Dom.value(slide)));
            slide.addEventListener("change", e -> set(SpecUrl.layers(texts, i, "dropout:" + Dom.value(slide))));
            li.appendChild(slide);
            li.appendChild(rate);
        } else if (kind.equals("res")) {
            HTMLElement inner = Dom.el("input", "type", "text", "value", (String) layer.get("inner"), "spellcheck", "false",
                    "aria-label", "Layer " + n + " residual block layers");
            inner.addEventListener("change", e -> set(SpecUrl.layers(texts, i, "res(" + Dom.value(inner) + ")")));
            li.appendChild(inner);
        }
        HTMLElement up = Dom.el("button", "type", "button", "aria-label", "Move layer " + n + " up", "text", "↑");
        HTMLElement down = Dom.el("button", "type", "button", "aria-label", "Move layer " + n + " down", "text", "↓");
        HTMLElement remove = Dom.el("button", "type", "button", "aria-label", "Remove layer " + n, "text", "✕");
        Dom.setDisabled(up, i == 0);
        Dom.setDisabled(down, i == texts.size() - 1);
        up.addEventListener("click", e -> set(SpecUrl.moved(texts, i, -1)));
        down.addEventListener("click", e -> set(SpecUrl.moved(texts, i, 1)));
        remove.addEventListener("click", e -> set(SpecUrl.layers(texts, i, null)));
        li.appendChild(Dom.with(Dom.el("span", "class", "moves"), up, down, remove));
        return li;
    }

    /** A select of a grammar family; a value with parameters ("leaky_relu:0.2") gets an option of its own. */
    private static HTMLElement select(List<Map<String, Object>> family, String value, String label) {
        HTMLElement select = Dom.el("select", "aria-label", label);
        boolean listed = false;
        String base = null;
        for (Map<String, Object> c : family) {
            String id = (String) c.get("id");
            select.appendChild(Dom.el("option", "value", id, "text", (String) c.get("label")));
            listed |= id.equals(value);
            if (value.startsWith(id + ":")) {
                base = (String) c.get("label") + " (" + value.substring(id.length() + 1) + ")";
            }
        }
        if (!listed) {
            select.appendChild(Dom.el("option", "value", value, "text", base != null ? base : value));
        }
        Dom.setValue(select, value);
        return select;
    }

    @SuppressWarnings("unchecked")
    private static void summary(Map<String, Object> s) {
        HTMLElement t = Dom.el("table", "class", "summary-table");
        t.appendChild(Dom.el("caption", "text", "Model summary (as Keras prints it)"));
        HTMLElement head = Dom.el("tr");
        for (String h : new String[] {"Layer (type)", "Output shape", "Param #"}) {
            head.appendChild(Dom.el("th", "scope", "col", "text", h));
        }
        t.appendChild(Dom.with(Dom.el("thead"), head));
        HTMLElement body = Dom.el("tbody");
        for (Map<String, Object> l : (List<Map<String, Object>>) s.get("layers")) {
            List<Object> shape = (List<Object>) l.get("output_shape");
            body.appendChild(Dom.with(Dom.el("tr"), Dom.el("td", "text", l.get("name") + " (" + l.get("type") + ")"),
                    Dom.el("td", "text", "(None, " + ((Number) shape.get(1)).intValue() + ")"),
                    Dom.el("td", "class", "num", "text", Format.number((Double) l.get("params")))));
        }
        t.appendChild(body);
        HTMLElement box = Dom.find("#summary");
        box.setTextContent("");
        box.appendChild(t);
        box.appendChild(Dom.el("p", "class", "note", "text", "Total params: " + Format.number((Double) s.get("total"))
                + " · trainable: " + Format.number((Double) s.get("trainable")) + " · non-trainable: "
                + Format.number((Double) s.get("non_trainable"))));
    }
}
