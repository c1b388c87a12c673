package playground.web.playground;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the engine made of a spec (the worker's reply to prepare): the canonical query and its settings, the layers
 * as the engine's grammar parsed them, what a link had that was ignored, the task, columns, split and summary. The
 * page edits and shows these; it parses no spec text itself.
 */
public final class Prepared {
    public final String query;
    /** Every setting's value as text, in the key table's order. */
    public final Map<String, String> spec;
    /** Per hidden layer: kind, text, and the editable parts (units, activation, init, bias_init, rate, inner). */
    public final List<Map<String, Object>> layers;
    public final List<String> ignored;
    /** The settings an edit put back to their defaults (a new dataset's or target's dependents). */
    public final List<String> reset;
    public final boolean classification;
    public final String target;
    public final List<String> features;
    public final List<String> inputs;
    public final List<String> classes;
    /** Each column of the table: "target", "drop", a transform id, or "auto". */
    public final Map<String, String> columns;
    /** The grammar settings as their parts, every parameter filled in: loss, opt, decay, es, rlr, ckpt. */
    public final Map<String, List<String>> parts;
    public final int train;
    public final int test;
    public final int val;
    public final int epochs;
    /** Mini-batches in an epoch. */
    public final int batches;
    /** The table's rows, and how many of them no split uses (dropped for missing cells). */
    public final int rows;
    public final int dropped;
    /** Whether the run has a picture: two numeric inputs, so the output can be drawn over the plane. */
    public final boolean picture;
    /** Whether the data is a 2-D set (x1, x2 and the target), whose inputs are features of the plane. */
    public final boolean plane;
    public final Map<String, Object> summary;
    /** Whether its runs start from weights the spec cannot derive (a remix, a saved start) instead of its initializer. */
    public final boolean startsFromWeights;
    /** Why the workspace's starting weights were let go (they no longer fit the network), else null. */
    public final String startDropped;
    /** A synthetic set's profile (the page cannot fetch a generated table), else null. */
    public final Map<String, Object> profile;
    /** The learning rate the run uses: the spec's, or (lr left empty) its optimizer's own default. */
    public final double rate;
    /** For a link in an earlier version of the settings: what it means in today's words; else null. */
    public final String upgraded;

    @SuppressWarnings("unchecked")
    public Prepared(Map<String, Object> m) {
        query = (String) m.get("query");
        spec = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : ((Map<String, Object>) m.get("spec")).entrySet()) {
            spec.put(e.getKey(), String.valueOf(e.getValue()));
        }
        layers = (List<Map<String, Object>>) m.get("layers");
        ignored = strings(m.get("ignored"));
        reset = strings(m.get("reset"));
        classification = "classification".equals(m.get("task"));
        target = (String) m.get("target");
        features = strings(m.get("features"));
        inputs = strings(m.get("inputs"));
        classes = strings(m.get("classes"));
        columns = new LinkedHashMap<>();
        if (m.get("columns") instanceof Map) {
            for (Map.Entry<String, Object> e : ((Map<String, Object>) m.get("columns")).entrySet()) {
                columns.put(e.getKey(), String.valueOf(e.getValue()));
            }
        }
        parts = new LinkedHashMap<>();
        if (m.get("parts") instanceof Map) {
            for (Map.Entry<String, Object> e : ((Map<String, Object>) m.get("parts")).entrySet()) {
                parts.put(e.getKey(), strings(e.getValue()));
            }
        }
        Map<String, Object> split = (Map<String, Object>) m.get("split");
        train = integer(split.get("train"));
        test = integer(split.get("test"));
        val = integer(split.get("val"));
        epochs = integer(m.get("epochs"));
        batches = integer(m.get("batches"));
        rows = integer(m.get("rows"));
        dropped = integer(m.get("dropped"));
        picture = Boolean.TRUE.equals(m.get("picture"));
        plane = Boolean.TRUE.equals(m.get("plane"));
        summary = (Map<String, Object>) m.get("summary");
        profile = (Map<String, Object>) m.get("profile");
        startsFromWeights = "weights".equals(m.get("start"));
        startDropped = m.get("start_dropped") instanceof String ? (String) m.get("start_dropped") : null;
        rate = m.get("rate") instanceof Double ? (Double) m.get("rate") : Double.NaN;
        upgraded = m.get("upgraded") instanceof String ? (String) m.get("upgraded") : null;
    }

    /** The hidden layers' texts, as the engine wrote them back. */
    public List<String> layerTexts() {
        List<String> texts = new ArrayList<>();
        for (Map<String, Object> l : layers) {
            texts.add((String) l.get("text"));
        }
        return texts;
    }

    public String task() {
        return classification ? "classification" : "regression";
    }

    private static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        if (o instanceof List) {
            for (Object x : (List<?>) o) {
                out.add(String.valueOf(x));
            }
        }
        return out;
    }

    static int integer(Object v) {
        return v instanceof Number ? ((Number) v).intValue() : 0;
    }
}
