package playground.web.playground.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;
import playground.web.dom.Browser;
import playground.web.dom.Dom;
import playground.web.playground.Action;
import playground.web.playground.KeyTable;
import playground.web.playground.State;
import playground.web.playground.Store;

/**
 * Controls for the settings written in the grammar, so that nobody types it: the loss, optimizer and schedule as a
 * select of the engine's ids with a number box per declared parameter; each callback as a switch with its parts
 * (monitor, patience, …). Ids, parameters, fallbacks and ranges come from the engine's key table; the values shown
 * are the engine's parts of the prepared spec. A change writes "id:p1:p2" (trailing fallbacks left out).
 */
public final class GrammarControls implements Store.Listener {
    private static final List<String> FAMILIES = List.of("loss", "opt", "decay", "reg");
    private static final List<String> CALLBACKS = List.of("es", "rlr", "ckpt");

    private final Store store;
    private boolean built;

    public GrammarControls(Store store) {
        this.store = store;
    }

    @Override
    public void changed(State before, State s, Action a) {
        if (s.settings != null && !built) {
            build(s.settings);
            rateSlider();
            built = true;
        }
        if (s.prepared != null && built && (s.prepared != before.prepared || a instanceof Action.EditRejected)) {
            for (String key : FAMILIES) {
                showFamily(key, s.prepared.parts.get(key));
            }
            showRate(s.prepared.parts.get("reg"));
            for (String key : CALLBACKS) {
                showCallback(key, s.prepared.parts.get(key));
            }
        }
    }

    private static Map<String, Object> setting(Map<String, Object> table, String key) {
        Map<String, Object> s = KeyTable.setting(table, key);
        if (s == null) {
            throw new IllegalStateException("the key table has no " + key);
        }
        return s;
    }

    @SuppressWarnings("unchecked")
    private void build(Map<String, Object> table) {
        for (String key : FAMILIES) {
            HTMLElement box = Dom.find("[data-compound=" + key + "]");
            Map<String, Object> setting = setting(table, key);
            HTMLElement select = Dom.el("select", "aria-label", box.getAttribute("data-label"), "data-part", "id",
                    "title", (String) setting.get("help"));
            if (key.equals("loss")) {
                select.appendChild(Dom.el("option", "value", "auto", "text", "automatic (by task)"));
            }
            for (Map<String, Object> c : (List<Map<String, Object>>) setting.get("choices")) {
                select.appendChild(Dom.el("option", "value", (String) c.get("id"), "text", (String) c.get("label")));
            }
            box.appendChild(Dom.with(Dom.el("label", "text", box.getAttribute("data-label")), select));
            box.appendChild(Dom.el("span", "class", "params"));
            select.addEventListener("change", e -> {
                params(box, choice(setting, Dom.value(select)), null);
                write(key);
            });
        }
        for (String key : CALLBACKS) {
            HTMLElement box = Dom.find("[data-compound=" + key + "]");
            Map<String, Object> setting = setting(table, key);
            HTMLElement on = Dom.el("input", "type", "checkbox", "data-part", "on", "role", "switch");
            box.appendChild(Dom.with(Dom.el("label", "class", "check", "title", (String) setting.get("help")), on,
                    Dom.document().createTextNode(" " + box.getAttribute("data-label"))));
            HTMLElement parts = Dom.el("span", "class", "params");
            box.appendChild(parts);
            params(box, (List<Map<String, Object>>) setting.get("parts"), null);
            on.addEventListener("change", e -> write(key));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> choice(Map<String, Object> setting, String id) {
        for (Map<String, Object> c : (List<Map<String, Object>>) setting.get("choices")) {
            if (id.equals(c.get("id")) && c.get("params") instanceof List) {
                return (List<Map<String, Object>>) c.get("params");
            }
        }
        return List.of();
    }

    /** The parameter controls of one id or callback, with {@code values} (or their fallbacks). */
    private void params(HTMLElement box, List<Map<String, Object>> declared, List<String> values) {
        String key = box.getAttribute("data-compound");
        HTMLElement holder = box.querySelector(".params");
        StringBuilder names = new StringBuilder();
        for (Map<String, Object> p : declared) {
            names.append(p.get("name")).append(';');
        }
        if (names.toString().equals(holder.getAttribute("data-names"))) {
            // the same parameters: values set in place, so focus and the caret stay where they are
            List<HTMLElement> shown = Dom.all("[data-compound=" + key + "] [data-param]");
            for (int i = 0; i < declared.size() && i < shown.size(); i++) {
                String value = values != null && i < values.size() ? values.get(i) : (String) declared.get(i).get("fallback");
                HTMLElement c = shown.get(i);
                if (c.hasAttribute("data-word")) {
                    Browser.setChecked(c, c.getAttribute("data-word").equals(value));
                    if (c.hasAttribute("data-legacy")) {
                        Dom.closest(c, "label").setHidden(!Browser.checked(c));
                    }
                } else if (!Dom.value(c).equals(value)) {
                    Dom.setValue(c, value);
                }
            }
            return;
        }
        holder.setAttribute("data-names", names.toString());
        holder.setTextContent("");
        for (int i = 0; i < declared.size(); i++) {
            Map<String, Object> p = declared.get(i);
            String kind = (String) p.get("kind");
            String value = values != null && i < values.size() ? values.get(i) : (String) p.get("fallback");
            String name = (String) p.get("name");
            HTMLElement control;
            if (kind.equals("choice")) {
                control = Dom.el("select", "data-param", name);
                for (Object v : (List<?>) p.get("values")) {
                    control.appendChild(Dom.el("option", "value", String.valueOf(v), "text", String.valueOf(v)));
                }
                Dom.setValue(control, value);
            } else if (kind.equals("flag")) {
                String word = String.valueOf(((List<?>) p.get("values")).get(0));
                control = Dom.el("input", "type", "checkbox", "data-param", name, "data-word", word);
                Browser.setChecked(control, word.equals(value));
            } else {
                control = Dom.el("input", "type", "number", "data-param", name, "step", kind.equals("integer") ? "1" : "any",
                        "min", num(p.get("min")), "max", num(p.get("max")), "value", value);
            }
            control.addEventListener("change", e -> write(key));
            control.setAttribute("aria-label", box.getAttribute("data-label") + ": " + name);
            HTMLElement label = Dom.with(Dom.el("label", "class", kind.equals("flag") ? "check" : "", "text",
                    kind.equals("flag") ? "" : name), control, kind.equals("flag") ? Dom.document().createTextNode(" " + name)
                    : Dom.document().createTextNode(""));
            if (Boolean.TRUE.equals(p.get("legacy"))) {
                // an earlier version's formula (an old link's, spelled out): shown while on, so it can be turned off,
                // never offered otherwise
                control.setAttribute("data-legacy", "");
                label.setHidden(!Browser.checked(control));
            }
            holder.appendChild(label);
        }
    }

    @SuppressWarnings("unchecked")
    private void showFamily(String key, List<String> parts) {
        if (parts == null || parts.isEmpty()) {
            return;
        }
        HTMLElement box = Dom.find("[data-compound=" + key + "]");
        Dom.setValue(box.querySelector("[data-part=id]"), parts.get(0));
        params(box, choice(setting(store.state().settings, key), parts.get(0)), parts.subList(1, parts.size()));
    }

    @SuppressWarnings("unchecked")
    private void showCallback(String key, List<String> parts) {
        if (parts == null) {
            return;
        }
        HTMLElement box = Dom.find("[data-compound=" + key + "]");
        Browser.setChecked(box.querySelector("[data-part=on]"), !parts.isEmpty());
        params(box, (List<Map<String, Object>>) setting(store.state().settings, key).get("parts"), parts.isEmpty() ? null : parts);
        box.querySelector(".params").setHidden(parts.isEmpty());
    }

    /** The setting as the grammar writes it, from its controls; trailing parts left at their fallbacks are left out. */
    private void write(String key) {
        HTMLElement box = Dom.find("[data-compound=" + key + "]");
        List<String> parts = new ArrayList<>();
        if (CALLBACKS.contains(key)) {
            if (!Browser.checked(box.querySelector("[data-part=on]"))) {
                store.dispatch(new Action.SetSettings(Map.of(key, "off")));
                return;
            }
        } else {
            parts.add(Dom.value(box.querySelector("[data-part=id]")));
        }
        List<HTMLElement> controls = new ArrayList<>();
        for (HTMLElement c : Dom.all("[data-compound=" + key + "] [data-param]")) {
            controls.add(c);
        }
        List<String> values = new ArrayList<>();
        for (HTMLElement c : controls) {
            values.add(c.hasAttribute("data-word") ? (Browser.checked(c) ? c.getAttribute("data-word") : "") : Dom.value(c).trim());
        }
        if (!CALLBACKS.contains(key)) {
            // an id's trailing parameters at their fallbacks need not be written: "adam", not "adam:0.9:0.999"
            List<Map<String, Object>> declared = choice(setting(store.state().settings, key), parts.get(0));
            int last = Math.min(values.size(), declared.size()); // controls of another id may linger in a change event
            while (last > 0 && !Boolean.TRUE.equals(declared.get(last - 1).get("required"))
                    && values.get(last - 1).equals(declared.get(last - 1).get("fallback"))) {
                last--; // an optional parameter at its default need not be written; a required one always is
            }
            List<String> written = new ArrayList<>();
            for (int i = 0; i < last; i++) {
                if (!(values.get(i).isEmpty() && "flag".equals(declared.get(i).get("kind")))) {
                    written.add(values.get(i)); // an absent flag is not written: "rmsprop:0.9:0", not "rmsprop:0.9:0::"
                }
            }
            values = written;
        } else {
            int last = values.size();
            while (last > 0 && values.get(last - 1).isEmpty()) {
                last--;
            }
            values = values.subList(0, last);
        }
        parts.addAll(values);
        store.dispatch(new Action.SetSettings(Map.of(key, String.join(":", parts))));
    }

    /** TensorFlow Playground's regularization rates: the stops of the rate slider. */
    static final String[] RATES = {"0.001", "0.003", "0.01", "0.03", "0.1", "0.3", "1", "3", "10"};

    /** The rate slider beside the regularizer: it moves the regularizer's first rate over TensorFlow Playground's stops. */
    private void rateSlider() {
        HTMLElement slider = Dom.find("#reg-rate");
        slider.setAttribute("max", Integer.toString(RATES.length - 1));
        slider.addEventListener("input", e -> slider.setAttribute("aria-valuetext", RATES[Integer.parseInt(Dom.value(slider))]));
        slider.addEventListener("change", e -> {
            HTMLElement rate = Dom.document().querySelector("[data-compound=reg] [data-param]");
            if (rate != null) {
                Dom.setValue(rate, RATES[Integer.parseInt(Dom.value(slider))]);
                write("reg");
            }
        });
    }

    /** The slider at the stop nearest the regularizer's first rate; disabled without one (reg=none). */
    private void showRate(List<String> parts) {
        HTMLElement slider = Dom.find("#reg-rate");
        boolean rated = parts != null && parts.size() > 1;
        Dom.setDisabled(slider, !rated);
        if (!rated) {
            Dom.setValue(slider, "0"); // at rest at the left while there is no rate
        } else {
            double v = playground.engine.text.Numbers.parse(parts.get(1));
            int best = 0;
            for (int i = 1; i < RATES.length; i++) {
                double r = playground.engine.text.Numbers.parse(RATES[i]);
                if (Math.abs(Math.log(r / v)) < Math.abs(Math.log(playground.engine.text.Numbers.parse(RATES[best]) / v))) {
                    best = i;
                }
            }
            Dom.setValue(slider, Integer.toString(best));
            slider.setAttribute("aria-valuetext", parts.get(1));
        }
    }

    private static String num(Object v) {
        return v instanceof Double ? playground.engine.text.Json.number((Double) v) : String.valueOf(v);
    }
}
