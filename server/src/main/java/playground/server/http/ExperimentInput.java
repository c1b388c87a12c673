package playground.server.http;

import java.util.List;
import java.util.Map;
import java.util.Set;
import playground.engine.data.Csv;
import playground.engine.data.Synthetic;
import playground.engine.spec.ExperimentSpec;
import playground.engine.text.Json;
import playground.server.store.ExperimentStore.NewExperiment;

/**
 * The body of {@code POST /api/experiments}, checked field by field. Every refusal is a {@link Invalid} that names
 * the field, so the client can say exactly what was wrong.
 *
 * <pre>{ "spec": "v=1&data=circle…" or {…},       required: the query string or the spec's JSON form
 *   "title": "…",                                optional, at most 200 characters
 *   "results": { "history": [ {epoch, loss, …} ], "events": [ {epoch, kind, message} ],
 *                "evaluation": {…}, "runtime": "wasm" },   optional, what the browser recorded
 *   "model": {…},                                optional, the model JSON that predict loads
 *   "dataset": { "name": "…", "csv": "…" } }     optional, the user's own data (data=upload)</pre>
 */
final class ExperimentInput {
    static final int MAX_TITLE = 200;
    static final int MAX_DATASET_CHARS = 1 << 20;
    static final int MAX_MODEL_CHARS = 4 << 20;
    static final int MAX_HISTORY = 100_000;
    /** The spec column's width (V1__experiments.sql). */
    static final int MAX_SPEC_CHARS = 8000;
    private static final Set<String> FIELDS = Set.of("spec", "title", "results", "model", "dataset");
    private static final Set<String> RESULT_FIELDS = Set.of("history", "events", "evaluation", "runtime", "weights");
    static final int MAX_WEIGHT_EDITS = 10_000;
    private static final List<String> EDIT_FIELDS = List.of("epoch", "batch", "layer", "row", "unit", "value");

    private ExperimentInput() {
    }

    /** A refused field: the HTTP status (400 or 413), the field's path and a sentence. */
    static final class Invalid extends RuntimeException {
        final int status;
        final String field;

        Invalid(int status, String field, String message) {
            super(message);
            this.status = status;
            this.field = field;
        }
    }

    static NewExperiment parse(String body) {
        Object root;
        try {
            root = Json.parse(body);
        } catch (IllegalArgumentException e) {
            throw new Invalid(400, null, "the body is not valid JSON: " + e.getMessage());
        }
        if (!(root instanceof Map)) {
            throw new Invalid(400, null, "the body must be a JSON object with at least 'spec'");
        }
        Map<?, ?> m = (Map<?, ?>) root;
        for (Object k : m.keySet()) {
            if (!FIELDS.contains(k)) {
                throw new Invalid(400, String.valueOf(k), "unknown field '" + k + "' (fields: spec, title, results, model, dataset)");
            }
        }
        ExperimentSpec spec = spec(m.get("spec"));
        String data = spec.get("data");
        if (!spec.get("features").equals(playground.engine.data.Features.DEFAULT) && !Synthetic.isSynthetic(data)
                && !data.equals("upload")) { // a catalog table: never a plane of x1 and x2
            throw new Invalid(400, "spec", "spec: setting 'features': the dataset '" + data + "' is not a 2-D set"
                    + " (features are made from the columns x1 and x2 of a synthetic set or of your own CSV)");
        }
        String title = title(m.get("title"), spec);
        String results = results(m.get("results"));
        String model = model(m.get("model"));
        String datasetName = null;
        String datasetCsv = null;
        Object d = m.get("dataset");
        if (d != null) {
            Map<?, ?> dm = object(d, "dataset");
            for (Object k : dm.keySet()) {
                if (!k.equals("name") && !k.equals("csv")) {
                    throw new Invalid(400, "dataset." + k, "unknown field 'dataset." + k + "' (fields: name, csv)");
                }
            }
            datasetName = string(dm.get("name"), "dataset.name", MAX_TITLE, "upload.csv");
            datasetCsv = string(dm.get("csv"), "dataset.csv", Integer.MAX_VALUE, null);
            if (datasetCsv == null) {
                throw new Invalid(400, "dataset.csv", "'dataset.csv' is required with a dataset");
            }
            if (datasetCsv.length() > MAX_DATASET_CHARS) {
                throw new Invalid(413, "dataset.csv", "the dataset is " + datasetCsv.length() + " characters; at most "
                        + MAX_DATASET_CHARS + " can be saved with an experiment");
            }
            try {
                Csv.parse(datasetCsv);
            } catch (IllegalArgumentException e) {
                throw new Invalid(400, "dataset.csv", e.getMessage());
            }
            if (!spec.get("data").equals("upload")) {
                throw new Invalid(400, "dataset", "a dataset is saved only with data=upload (this spec uses '" + spec.get("data") + "')");
            }
        }
        String query = spec.toQuery();
        if (query.length() > MAX_SPEC_CHARS) {
            throw new Invalid(413, "spec", "the spec is " + query.length() + " characters as a query string; at most " + MAX_SPEC_CHARS + " can be saved");
        }
        noControlCharacters(title, "title", false);
        noControlCharacters(datasetName, "dataset.name", false);
        noControlCharacters(datasetCsv, "dataset.csv", true);
        return new NewExperiment(title, query, results, model, datasetName, datasetCsv);
    }

    /** NUL and other C0 controls (PostgreSQL rejects NUL; none belongs in a title or a CSV); CSVs keep tab, CR, LF. */
    private static void noControlCharacters(String s, String field, boolean csv) {
        if (s == null) {
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && !(csv && (c == '\t' || c == '\n' || c == '\r'))) {
                throw new Invalid(400, field, "'" + field + "' contains the control character U+" + String.format("%04X", (int) c) + " at position " + (i + 1));
            }
        }
    }

    private static ExperimentSpec spec(Object v) {
        if (v == null) {
            throw new Invalid(400, "spec", "'spec' is required: the query string or the spec's JSON object");
        }
        try {
            if (v instanceof Map) {
                return ExperimentSpec.fromJson(Json.write(v));
            }
            if (v instanceof String) {
                ExperimentSpec.Decoded d = ExperimentSpec.fromQuery((String) v);
                if (!d.ignored.isEmpty()) {
                    throw new Invalid(400, "spec", "spec: " + d.ignored.get(0));
                }
                return d.spec;
            }
        } catch (IllegalArgumentException e) {
            throw new Invalid(400, "spec", "spec: " + e.getMessage());
        }
        throw new Invalid(400, "spec", "'spec' must be a query string or a JSON object");
    }

    private static String title(Object v, ExperimentSpec spec) {
        String t = string(v, "title", MAX_TITLE, null);
        String fallback = "Experiment on " + spec.get("data");
        return t == null || t.isBlank() ? fallback.substring(0, Math.min(MAX_TITLE, fallback.length())) : t.strip();
    }

    private static String results(Object v) {
        if (v == null) {
            return "{}";
        }
        Map<?, ?> m = object(v, "results");
        for (Object k : m.keySet()) {
            if (!RESULT_FIELDS.contains(k)) {
                throw new Invalid(400, "results." + k, "unknown field 'results." + k + "' (fields: history, events, evaluation, runtime, weights)");
            }
        }
        Object h = m.get("history");
        if (h != null) {
            List<?> list = list(h, "results.history");
            if (list.size() > MAX_HISTORY) {
                throw new Invalid(413, "results.history", "at most " + MAX_HISTORY + " epochs can be saved");
            }
            for (int i = 0; i < list.size(); i++) {
                String at = "results.history[" + i + "]";
                for (Map.Entry<?, ?> e : object(list.get(i), at).entrySet()) {
                    if (e.getValue() != null && !(e.getValue() instanceof Double)) {
                        throw new Invalid(400, at + "." + e.getKey(), at + "." + e.getKey() + " must be a number");
                    }
                }
            }
        }
        Object ev = m.get("events");
        if (ev != null) {
            List<?> list = list(ev, "results.events");
            for (int i = 0; i < list.size(); i++) {
                String at = "results.events[" + i + "]";
                Map<?, ?> e = object(list.get(i), at);
                if (!(e.get("epoch") instanceof Double)) {
                    throw new Invalid(400, at + ".epoch", at + ".epoch must be a number");
                }
                string(e.get("kind"), at + ".kind", 40, null);
                string(e.get("message"), at + ".message", 500, null);
            }
        }
        if (m.get("evaluation") != null) {
            object(m.get("evaluation"), "results.evaluation");
        }
        string(m.get("runtime"), "results.runtime", 20, null);
        weights(m.get("weights"));
        return Json.write(m);
    }

    /**
     * Weights the spec cannot derive: {"start": "spec" or {"params": […]}, "edits": [{epoch, batch, layer, row, unit,
     * value}…]} — the spec's own initial weights or those the run started from (a remix), and the log of weights set
     * by hand, which a re-run replays.
     */
    private static void weights(Object v) {
        if (v == null) {
            return;
        }
        Map<?, ?> w = object(v, "results.weights");
        for (Object k : w.keySet()) {
            if (!k.equals("start") && !k.equals("edits")) {
                throw new Invalid(400, "results.weights." + k, "unknown field 'results.weights." + k + "' (fields: start, edits)");
            }
        }
        Object start = w.get("start");
        if (start instanceof Map) { // a remix's or an imported model's weights: read as the engine reads them
            if (Json.write(start).length() > MAX_MODEL_CHARS) {
                throw new Invalid(413, "results.weights.start", "the starting weights are over " + MAX_MODEL_CHARS + " characters of JSON");
            }
            for (Object k : ((Map<?, ?>) start).keySet()) {
                if (!k.equals("params")) {
                    throw new Invalid(400, "results.weights.start." + k, "unknown field 'results.weights.start." + k + "' (fields: params)");
                }
            }
            try {
                playground.engine.experiment.StartWeights.parse(start);
            } catch (IllegalArgumentException e) {
                throw new Invalid(400, "results.weights.start", "results.weights.start: " + e.getMessage());
            }
        } else if (!"spec".equals(start)) {
            throw new Invalid(400, "results.weights.start", "results.weights.start must be \"spec\" (the spec's own initial weights)"
                    + " or starting weights {\"params\": [{layer, name, shape, values}…]}");
        }
        List<?> edits = list(w.get("edits") == null ? List.of() : w.get("edits"), "results.weights.edits");
        if (edits.size() > MAX_WEIGHT_EDITS) {
            throw new Invalid(413, "results.weights.edits", "at most " + MAX_WEIGHT_EDITS + " weight edits can be saved");
        }
        for (int i = 0; i < edits.size(); i++) {
            String at = "results.weights.edits[" + i + "]";
            Map<?, ?> e = object(edits.get(i), at);
            for (String f : EDIT_FIELDS) {
                Object n = e.get(f);
                boolean whole = !f.equals("value");
                if (!(n instanceof Double) || Double.isInfinite((Double) n)
                        || whole && ((Double) n < 0 || (Double) n != Math.rint((Double) n) || (Double) n > 1e9)) {
                    throw new Invalid(400, at + "." + f, at + "." + f + " must be " + (whole ? "a whole number ≥ 0" : "a finite number"));
                }
            }
            if (e.size() != EDIT_FIELDS.size()) {
                throw new Invalid(400, at, at + " has fields other than " + String.join(", ", EDIT_FIELDS));
            }
            if ((Double) e.get("layer") < 1) {
                throw new Invalid(400, at + ".layer", at + ".layer must be 1 or more (1 = the first hidden layer)");
            }
            if (Math.abs((Double) e.get("value")) > playground.engine.experiment.Experiment.MAX_EDITED_WEIGHT) {
                throw new Invalid(400, at + ".value", at + ".value must be within ±"
                        + playground.engine.text.Numbers.format(playground.engine.experiment.Experiment.MAX_EDITED_WEIGHT));
            }
            if (i > 0) {
                Map<?, ?> b = (Map<?, ?>) edits.get(i - 1);
                double pe = (Double) b.get("epoch");
                double pb = (Double) b.get("batch");
                double ee = (Double) e.get("epoch");
                if (ee < pe || ee == pe && (Double) e.get("batch") < pb) {
                    throw new Invalid(400, at, at + " comes before the edit above it: the log follows the run");
                }
            }
        }
    }

    private static String model(Object v) {
        if (v == null) {
            return null;
        }
        String text = Json.write(object(v, "model"));
        if (text.length() > MAX_MODEL_CHARS) {
            throw new Invalid(413, "model", "the model is " + text.length() + " characters of JSON; at most " + MAX_MODEL_CHARS
                    + " can be saved (save without the model, or use a smaller network)");
        }
        return text;
    }

    private static Map<?, ?> object(Object v, String field) {
        if (!(v instanceof Map)) {
            throw new Invalid(400, field, "'" + field + "' must be a JSON object");
        }
        return (Map<?, ?>) v;
    }

    private static List<?> list(Object v, String field) {
        if (!(v instanceof List)) {
            throw new Invalid(400, field, "'" + field + "' must be a JSON array");
        }
        return (List<?>) v;
    }

    private static String string(Object v, String field, int max, String fallback) {
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof String)) {
            throw new Invalid(400, field, "'" + field + "' must be a string");
        }
        String s = (String) v;
        if (s.length() > max) {
            throw new Invalid(400, field, "'" + field + "' is " + s.length() + " characters; at most " + max);
        }
        return s;
    }
}
