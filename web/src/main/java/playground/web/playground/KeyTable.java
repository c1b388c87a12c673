package playground.web.playground;

import java.util.List;
import java.util.Map;

/** The engine's key table as the page receives it ({@code Settings.json()}): one setting's entry by its key. */
public final class KeyTable {
    private KeyTable() {
    }

    /** The entry of {@code key} (key, type, default, min, max, choices, form, help, examples, parts), or null. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> setting(Map<String, Object> table, String key) {
        for (Map<String, Object> x : (List<Map<String, Object>>) table.get("settings")) {
            if (key.equals(x.get("key"))) {
                return x;
            }
        }
        return null;
    }
}
