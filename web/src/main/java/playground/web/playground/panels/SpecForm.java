package playground.web.playground.panels;

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
 * The form's controls bound to spec keys ({@code data-key}): their choices, suggestions, ranges and help come from
 * the engine's key table, so the page lists no setting's values itself; their values come from the prepared spec
 * (a control being typed in is left alone); a change asks for the spec with that one setting changed.
 */
public final class SpecForm implements Store.Listener {
    private final List<HTMLElement> controls = Dom.all("[data-key]");

    public SpecForm(Store store) {
        for (HTMLElement c : controls) {
            String key = c.getAttribute("data-key");
            c.addEventListener("change", e -> {
                if (c.getId().equals("dataset") && Dom.value(c).equals("upload")) {
                    Dom.setValue(c, store.state().prepared != null ? store.state().prepared.spec.get("data") : "");
                    Browser.click(Dom.find("#csv-file")); // the file chooser; its choice arrives as an upload
                    return;
                }
                store.dispatch(new Action.SetSettings(Map.of(key, Dom.value(c))));
            });
        }
    }

    @Override
    public void changed(State before, State s, Action a) {
        if (s.settings != before.settings && s.settings != null) {
            describe(s.settings);
        }
        if (s.editError != before.editError) {
            errors(s);
        }
        if ((s.prepared != before.prepared || a instanceof Action.EditRejected) && s.prepared != null) {
            for (HTMLElement c : controls) {
                String key = c.getAttribute("data-key");
                String value = s.prepared.spec.get(key);
                boolean refused = a instanceof Action.EditRejected x && x.key().equals(key); // back to the valid value
                if (value != null && !key.equals("target") && (refused || !Browser.focused(c) || c.getTagName().equals("SELECT"))) {
                    Dom.setValue(c, value);
                }
                if (key.equals("lr")) { // left empty, the rate is the optimizer's own: the box says which
                    c.setAttribute("placeholder", playground.engine.text.Json.number(s.prepared.rate) + " (default)");
                }
            }
        }
    }

    /**
     * The refused edit, beside its control ("your edit lr=1e9: …"), the control marked invalid and described by it;
     * an edit without a control of its own (a column's transform) is a notice instead, by the store.
     */
    private void errors(State s) {
        for (HTMLElement old : Dom.all(".field-error")) {
            old.getParentNode().removeChild(old);
        }
        for (HTMLElement c : Dom.all("[aria-invalid]")) {
            c.removeAttribute("aria-invalid");
            c.removeAttribute("aria-describedby");
        }
        Action.EditRejected x = s.editError;
        if (x == null) {
            return;
        }
        HTMLElement control = Dom.document().querySelector("[data-key=\"" + x.key() + "\"]");
        HTMLElement compound = Dom.document().querySelector("[data-compound=\"" + x.key() + "\"]");
        if (control == null && compound != null) {
            control = compound.querySelector("select, input");
        }
        if (control == null) {
            return; // no control of its own (a column's transform): the store made it a notice
        }
        String id = "error-" + x.key();
        HTMLElement note = Dom.el("p", "class", "field-error", "id", id,
                "text", "your edit " + x.key() + "=" + x.value() + ": " + x.message());
        // after the control's label, not in it (it would become part of the control's name)
        HTMLElement label = Dom.closest(control, "label");
        HTMLElement after = compound != null ? compound : label != null ? label : control;
        after.getParentNode().insertBefore(note, after.getNextSibling());
        control.setAttribute("aria-invalid", "true");
        control.setAttribute("aria-describedby", id);
    }

    @SuppressWarnings("unchecked")
    private void describe(Map<String, Object> table) {
        for (HTMLElement c : controls) {
            String key = c.getAttribute("data-key");
            Map<String, Object> setting = KeyTable.setting(table, key);
            if (setting == null || key.equals("target")) {
                continue;
            }
            c.setAttribute("title", setting.get("help") + " (" + setting.get("form") + ")");
            if (key.equals("data")) {
                continue; // its choices are the catalog's
            }
            String type = String.valueOf(setting.get("type"));
            if (c.getTagName().equals("SELECT") && type.equals("choice")) {
                c.setTextContent("");
                for (Map<String, Object> choice : (List<Map<String, Object>>) setting.get("choices")) {
                    c.appendChild(Dom.el("option", "value", (String) choice.get("id"), "text", (String) choice.get("label")));
                }
            }
            String list = c.getAttribute("list");
            if (list != null && setting.get("examples") instanceof List) {
                HTMLElement datalist = Dom.find("#" + list);
                datalist.setTextContent("");
                for (Object v : (List<Object>) setting.get("examples")) {
                    datalist.appendChild(Dom.el("option", "value", String.valueOf(v)));
                }
            }
            if (type.equals("number") || type.equals("integer")) {
                c.setAttribute("min", number(setting.get("min")));
                c.setAttribute("max", number(setting.get("max")));
            }
        }
    }

    private static String number(Object v) {
        return v instanceof Double ? playground.engine.text.Json.number((Double) v) : String.valueOf(v);
    }
}
