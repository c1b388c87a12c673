package playground.web.playground;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Pinned runs, as TensorFlow Playground's users asked for: a run's curves kept on the chart while the settings
 * change and training runs again. A pin lives in the open page (not in the URL); at most {@link #MAX} at once.
 */
public final class Pins {
    public static final int MAX = 4;

    private Pins() {
    }

    /** A pinned run: its number (1, 2, …), the query that restores it, its settings and its history. */
    public record Pin(int number, String query, Map<String, String> spec, List<Map<String, Object>> history) { }

    /**
     * What differs from the pin to the current settings, in the key table's order: "lr 0.03 → 0.1, batch 10 → 30";
     * "the same settings" when nothing does.
     */
    public static String diff(Map<String, String> pinned, Map<String, String> now) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : now.entrySet()) {
            String was = pinned.get(e.getKey());
            if (was != null && !was.equals(e.getValue())) {
                out.add(e.getKey() + " " + (was.isEmpty() ? "(none)" : was) + " → " + (e.getValue().isEmpty() ? "(none)" : e.getValue()));
            }
        }
        return out.isEmpty() ? "the same settings" : String.join(", ", out);
    }
}
