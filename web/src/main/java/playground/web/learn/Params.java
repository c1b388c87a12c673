package playground.web.learn;

import java.util.LinkedHashMap;
import java.util.Map;
import org.teavm.jso.JSBody;
import playground.engine.text.Json;
import playground.engine.text.Query;

/** A view's settings as the address holds them: ordered key/value pairs, written as URLSearchParams writes them. */
public final class Params {
    private final LinkedHashMap<String, String> values = new LinkedHashMap<>();

    public static Params parse(String query) {
        Params p = new Params();
        for (Query.Pair pair : Query.pairs(query)) {
            p.values.put(pair.key, pair.value);
        }
        return p;
    }

    public Params copy() {
        Params p = new Params();
        p.values.putAll(values);
        return p;
    }

    /** The value, or null. */
    public String get(String key) {
        return values.get(key);
    }

    public double number(String key) {
        String v = values.get(key);
        try {
            return v == null ? Double.NaN : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    public void set(String key, String value) {
        values.put(key, value);
    }

    public void delete(String key) {
        values.remove(key);
    }

    public Map<String, String> values() {
        return values;
    }

    @Override
    public String toString() {
        return encode(Json.write(values));
    }

    /** application/x-www-form-urlencoded, exactly as the address bar's URLSearchParams writes it. */
    @JSBody(params = "json", script = "var o = JSON.parse(json), q = new URLSearchParams();"
            + "for (var k in o) { q.set(k, o[k]); } return q.toString();")
    private static native String encode(String json);
}
