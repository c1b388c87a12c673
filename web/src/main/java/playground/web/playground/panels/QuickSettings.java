package playground.web.playground.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;
import playground.web.dom.Dom;
import playground.web.playground.Action;
import playground.web.playground.KeyTable;
import playground.web.playground.LayerText;
import playground.web.playground.State;
import playground.web.playground.Store;

/**
 * TensorFlow Playground's top bar beside the diagram: learning rate, activation (of the network's top-level Dense
 * layers, the diagram's columns; a residual block keeps its own), regularization and its rate (that playground's
 * values), batch size (the key table's sizes) — selects, so the settings a learner turns most sit next to the
 * picture they change. The full forms (any value, every parameter) stay in
 * the tabs below; both only show the spec and dispatch an edit of it.
 */
public final class QuickSettings implements Store.Listener {
    /** TensorFlow Playground's regularization rates; without a regularizer the select rests, disabled, at 0. */
    private static final List<String> RATES = withZero(GrammarControls.RATES);
    private final Store store;
    private final HTMLElement lr = Dom.find("#quick-lr");
    private final HTMLElement activation = Dom.find("#quick-activation");
    private final HTMLElement reg = Dom.find("#quick-reg");
    private final HTMLElement rate = Dom.find("#quick-reg-rate");
    private final HTMLElement batch = Dom.find("#quick-batch");
    private boolean filled;

    public QuickSettings(Store store) {
        this.store = store;
        lr.addEventListener("change", e -> set("lr", Dom.value(lr)));
        batch.addEventListener("change", e -> set("batch", Dom.value(batch)));
        activation.addEventListener("change", e -> {
            String layers = withActivation(store.state(), Dom.value(activation));
            if (layers != null && !layers.equals(store.state().prepared.spec.get("layers"))) {
                set("layers", layers); // an edit only when it changes something: an edit starts the run afresh
            } else {
                show(activation, shownActivation(store.state())); // "(mixed)" picked, or nothing to change
            }
        });
        reg.addEventListener("change", e -> set("reg", regularizer(Dom.value(reg), currentRate(store.state()))));
        rate.addEventListener("change", e -> set("reg", regularizer(parts(store.state()).get(0), Dom.value(rate))));
    }

    private static List<String> withZero(String[] rates) {
        List<String> out = new ArrayList<>();
        out.add("0");
        out.addAll(List.of(rates));
        return out;
    }

    private void set(String key, String value) {
        if (value != null) {
            store.dispatch(new Action.SetSettings(Map.of(key, value)));
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void changed(State before, State s, Action a) {
        if (s.settings == null || s.prepared == null) {
            return;
        }
        if (!filled) {
            filled = true;
            Map<String, Object> families = (Map<String, Object>) s.settings.get("families");
            lr.appendChild(Dom.el("option", "value", "", "text", "default")); // lr left empty: the optimizer's own
            fill(lr, examples(s, "lr"));
            fill(batch, examples(s, "batch"));
            fill(rate, RATES);
            for (Map<String, Object> c : (List<Map<String, Object>>) families.get("activations")) {
                activation.appendChild(Dom.el("option", "value", (String) c.get("id"), "text", (String) c.get("label")));
            }
            for (Map<String, Object> c : (List<Map<String, Object>>) families.get("regularizers")) {
                reg.appendChild(Dom.el("option", "value", (String) c.get("id"), "text", (String) c.get("label")));
            }
        } else if (s.prepared == before.prepared && !(a instanceof Action.EditRejected)) {
            return; // the spec did not change (an epoch went by): nothing to show
        }
        // an empty rate is the optimizer's own default (Keras's): the option's title says which number that is (its text
        // stays short: a select is as wide as its longest option, and the bar sits beside the diagram)
        lr.querySelector("option[value='']").setAttribute("title", "the optimizer's default, "
                + playground.engine.text.Json.number(s.prepared.rate));
        lr.setAttribute("title", s.prepared.spec.get("lr").isEmpty()
                ? "the optimizer's default, " + playground.engine.text.Json.number(s.prepared.rate) : "");
        show(lr, s.prepared.spec.get("lr"));
        show(batch, s.prepared.spec.get("batch"));
        show(activation, shownActivation(s));
        Dom.setDisabled(activation, LayerText.denseIndices(s.prepared.layers).length == 0); // no column to set
        List<String> p = parts(s);
        show(reg, p.get(0));
        Dom.setDisabled(rate, p.size() < 2);
        show(rate, p.size() < 2 ? RATES.get(0) : p.get(1));
    }

    private static void fill(HTMLElement select, List<String> values) {
        for (String v : values) {
            select.appendChild(Dom.el("option", "value", v, "text", v));
        }
    }

    /**
     * Selects {@code value}, adding an option for it when it is not one of the stops (a rate typed in the tab, a
     * mixed set of activations), so the select always says what the spec holds.
     */
    private static void show(HTMLElement select, String value) {
        if (!Dom.hasOption(select, value)) {
            HTMLElement o = Dom.el("option", "value", value, "text", value.equals("mixed") ? "(mixed)" : value);
            if (value.equals("mixed")) {
                o.setAttribute("disabled", ""); // it says what the spec holds; it is not a choice
            }
            select.appendChild(o);
        }
        if (!value.equals(Dom.value(select))) {
            Dom.setValue(select, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> examples(State s, String key) {
        List<String> out = new ArrayList<>();
        Map<String, Object> setting = KeyTable.setting(s.settings, key);
        if (setting != null && setting.get("examples") instanceof List) {
            for (Object v : (List<Object>) setting.get("examples")) {
                out.add(String.valueOf(v));
            }
        }
        return out;
    }

    private static List<String> parts(State s) {
        List<String> p = s.prepared.parts.get("reg");
        return p == null || p.isEmpty() ? List.of("none") : p;
    }

    private static String currentRate(State s) {
        List<String> p = parts(s);
        return p.size() > 1 ? p.get(1) : "0.01"; // Keras's default rate for L1 and L2
    }

    /** "none", "l1:r", "l2:r" or "l1l2:r:r" (both rates alike, as one slider sets them). */
    private static String regularizer(String kind, String r) {
        return switch (kind) {
            case "none" -> "none";
            case "l1l2" -> "l1l2:" + r + ":" + r;
            default -> kind + ":" + r;
        };
    }

    private static String shownActivation(State s) {
        String act = commonActivation(s);
        return act == null ? "mixed" : act;
    }

    /** The activation every top-level Dense layer shares, or null when they differ (or there is none). */
    private static String commonActivation(State s) {
        String common = null;
        for (int i : LayerText.denseIndices(s.prepared.layers)) {
            String a = (String) s.prepared.layers.get(i).get("activation");
            if (common != null && !common.equals(a)) {
                return null;
            }
            common = a;
        }
        return common;
    }

    /** The layer list with every top-level Dense layer given {@code act}; null (no edit) for "mixed". */
    @SuppressWarnings("unchecked")
    private static String withActivation(State s, String act) {
        if (act.equals("mixed")) {
            return null;
        }
        Map<String, Object> defaults = (Map<String, Object>) s.settings.get("defaults");
        List<String> texts = new ArrayList<>(s.prepared.layerTexts());
        for (int i : LayerText.denseIndices(s.prepared.layers)) {
            Map<String, Object> l = s.prepared.layers.get(i);
            texts.set(i, LayerText.dense(playground.engine.text.Json.number((Double) l.get("units")), act, (String) l.get("init"),
                    (String) l.get("bias_init"), defaults));
        }
        return String.join(",", texts);
    }
}
