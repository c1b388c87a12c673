package playground.web.playground;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import playground.engine.text.Query;

/**
 * The address bar and the spec: the page's query string is the spec's query plus the page's own parameter
 * ({@code runtime}, view state that is not a spec key). Edits make a new query from the current one; the engine
 * then validates and canonicalizes it. Plain Java, tested on the JVM.
 */
public final class SpecUrl {
    /** The page's own parameters: not part of the spec. */
    static final List<String> PAGE_KEYS = List.of("runtime");

    private SpecUrl() {
    }

    /** The spec in a page's query string (without its "?"): every pair but the page's own. */
    public static String spec(String pageQuery) {
        return without(pageQuery, PAGE_KEYS);
    }

    /** The playground's address for a spec: "/?" + query, with the runtime when the address named one. */
    public static String address(String query, String runtime) {
        return "/?" + query + (runtime != null ? "&runtime=" + Query.encode(runtime) : "");
    }

    /** The value of {@code key} in a query string, or null. */
    public static String get(String query, String key) {
        for (Query.Pair p : Query.pairs(query)) {
            if (p.key.equals(key)) {
                return p.value;
            }
        }
        return null;
    }

    /** {@code query} without the pairs of {@code keys}. */
    public static String without(String query, java.util.Collection<String> keys) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (Query.Pair p : Query.pairs(query)) {
            if (!keys.contains(p.key)) {
                kept.put(p.key, p.value);
            }
        }
        return pairs(kept);
    }

    /** {@code values} as a query string, in their order: "lr=0.1&batch=8". */
    public static String pairs(Map<String, String> values) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : values.entrySet()) {
            sb.append(sb.length() == 0 ? "" : "&").append(Query.encode(e.getKey())).append('=').append(Query.encode(e.getValue()));
        }
        return sb.toString();
    }

    /**
     * The drop and tf settings after one column's transform is chosen, written from the engine's view of every
     * column ({@link Prepared#columns}): "drop" lists it in drop, "auto" in neither, a transform id in tf.
     */
    public static Map<String, String> column(Map<String, String> columns, String column, String transform) {
        List<String> drop = new ArrayList<>();
        List<String> tf = new ArrayList<>();
        for (Map.Entry<String, String> c : columns.entrySet()) {
            String t = c.getKey().equals(column) ? transform : c.getValue();
            if (t.equals("drop")) {
                drop.add(c.getKey());
            } else if (!t.equals("auto") && !t.equals("target")) {
                tf.add(c.getKey() + ":" + t);
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        out.put("drop", String.join(",", drop));
        out.put("tf", String.join(",", tf));
        return out;
    }

    /** The layer list with layer {@code i} replaced ({@code text} null: removed). */
    public static String layers(List<String> layers, int i, String text) {
        List<String> l = new ArrayList<>(layers);
        if (text == null) {
            l.remove(i);
        } else if (i == l.size()) {
            l.add(text);
        } else {
            l.set(i, text);
        }
        return String.join(",", l);
    }

    /** The layer list with layers {@code i} and {@code i + d} swapped. */
    public static String moved(List<String> layers, int i, int d) {
        List<String> l = new ArrayList<>(layers);
        String x = l.get(i);
        l.set(i, l.get(i + d));
        l.set(i + d, x);
        return String.join(",", l);
    }
}
