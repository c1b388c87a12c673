package playground.web.playground.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;
import playground.engine.text.Json;
import playground.web.dom.Dom;
import playground.web.playground.Action;
import playground.web.playground.KeyTable;
import playground.web.playground.State;
import playground.web.playground.Store;

/**
 * Sliders beside number boxes for the continuous settings: a setting with number examples in the key table (the
 * learning rate's TensorFlow Playground stops, batch sizes) slides over those stops, a log scale in effect; the
 * others over their range in the HTML's step. Dragging shows the value in the box; letting go edits the spec.
 */
public final class Sliders implements Store.Listener {
    private final Store store;
    private final List<HTMLElement> sliders = Dom.all("input[type=range][data-slider]");
    private boolean described;

    public Sliders(Store store) {
        this.store = store;
    }

    /** The stops of a slider: the setting's examples if it has any; none for a plain range. */
    private List<Double> stops(String key) {
        List<Double> out = new ArrayList<>();
        Map<String, Object> setting = setting(key);
        if (setting != null && setting.get("examples") instanceof List) {
            for (Object v : (List<?>) setting.get("examples")) {
                try {
                    out.add(playground.engine.text.Numbers.parse(String.valueOf(v)));
                } catch (NumberFormatException e) {
                    return List.of();
                }
            }
        }
        return out;
    }

    private Map<String, Object> setting(String key) {
        return KeyTable.setting(store.state().settings, key);
    }

    @Override
    public void changed(State before, State s, Action a) {
        if (s.settings != null && !described) {
            described = true;
            for (HTMLElement r : sliders) {
                describe(r);
            }
        }
        if (s.prepared != null && described && (s.prepared != before.prepared || a instanceof Action.EditRejected)) {
            for (HTMLElement r : sliders) {
                String key = r.getAttribute("data-slider");
                String v = s.prepared.spec.get(key);
                if (v != null && v.isEmpty() && key.equals("lr")) { // left empty: the optimizer's own default rate
                    Dom.setValue(r, position(key, s.prepared.rate));
                    r.setAttribute("aria-valuetext", playground.engine.text.Json.number(s.prepared.rate) + " (the optimizer's default)");
                } else if (v != null) {
                    Dom.setValue(r, position(key, playground.engine.text.Numbers.parse(v)));
                    r.setAttribute("aria-valuetext", v); // the value, not the stop's index
                }
            }
        }
    }

    private void describe(HTMLElement r) {
        String key = r.getAttribute("data-slider");
        List<Double> stops = stops(key);
        HTMLElement box = Dom.find("[data-key=" + key + "]");
        if (!stops.isEmpty()) {
            r.setAttribute("min", "0");
            r.setAttribute("max", Integer.toString(stops.size() - 1));
            r.setAttribute("step", "1");
        } else {
            Map<String, Object> setting = setting(key);
            r.setAttribute("min", Json.number((Double) setting.get("min")));
            r.setAttribute("max", Json.number(Math.min((Double) setting.get("max"), key.equals("noise") ? 1 : 0.9)));
        }
        r.addEventListener("input", e -> {
            Dom.setValue(box, value(key, Dom.value(r)));
            r.setAttribute("aria-valuetext", value(key, Dom.value(r)));
        });
        r.addEventListener("change", e -> commit(key, r));
        // Chromium fires no change after a tap on the track (only input, then click): the click commits it then
        r.addEventListener("click", e -> commit(key, r));
    }

    /** Edits the spec to the slider's value, unless the spec already sits at that position (a change and a click both come). */
    private void commit(String key, HTMLElement r) {
        String now = store.state().prepared == null ? null : store.state().prepared.spec.get(key);
        double at = now == null ? Double.NaN : now.isEmpty() ? store.state().prepared.rate : playground.engine.text.Numbers.parse(now);
        if (now == null || !position(key, at).equals(Dom.value(r))) {
            store.dispatch(new Action.SetSettings(Map.of(key, value(key, Dom.value(r)))));
        }
    }

    /** The setting's value at a slider position. */
    private String value(String key, String position) {
        List<Double> stops = stops(key);
        double p = playground.engine.text.Numbers.parse(position);
        return Json.number(stops.isEmpty() ? p : stops.get((int) Math.round(p)));
    }

    /** The slider position nearest a value (on a log scale over the stops). */
    private String position(String key, double v) {
        List<Double> stops = stops(key);
        if (stops.isEmpty()) {
            return Json.number(v);
        }
        int best = 0;
        for (int i = 1; i < stops.size(); i++) {
            if (Math.abs(Math.log(stops.get(i) / v)) < Math.abs(Math.log(stops.get(best) / v))) {
                best = i;
            }
        }
        return Integer.toString(best);
    }
}
