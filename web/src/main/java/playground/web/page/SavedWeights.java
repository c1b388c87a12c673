package playground.web.page;

import java.util.List;
import java.util.Map;
import playground.engine.text.Json;

/**
 * The weights a saved experiment carries beyond its spec ({@code results.weights}: where the run started and the
 * log of weights set by hand), read as the engine takes them: every page that re-runs a saved experiment (the
 * playground's Re-run, an embed's Run) starts it the same way, so it reproduces the recorded numbers.
 */
public final class SavedWeights {
    private SavedWeights() {
    }

    /** {start, edits}, or null when the spec's own weights are all there is. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> of(Map<String, Object> saved) {
        Object results = saved == null ? null : saved.get("results");
        Object weights = results instanceof Map ? ((Map<String, Object>) results).get("weights") : null;
        return weights instanceof Map ? (Map<String, Object>) weights : null;
    }

    /** The log of weights set by hand, or null. */
    @SuppressWarnings("unchecked")
    public static List<Object> edits(Map<String, Object> saved) {
        Map<String, Object> weights = of(saved);
        Object edits = weights == null ? null : weights.get("edits");
        return edits instanceof List ? (List<Object>) edits : null;
    }

    /** Where the run started, as the engine's startFrom takes it: "spec", or the starting weights as JSON. */
    public static String start(Map<String, Object> saved) {
        Map<String, Object> weights = of(saved);
        Object start = weights == null ? null : weights.get("start");
        return start instanceof Map ? Json.write(start) : "spec";
    }
}
