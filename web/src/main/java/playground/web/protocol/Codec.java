package playground.web.protocol;

import java.util.LinkedHashMap;
import java.util.Map;
import playground.engine.text.Json;

/**
 * The one codec of the page ↔ worker protocol, used by both builds and tested on the JVM. Everything travels as
 * JSON text, the same in the JavaScript and the WebAssembly build:
 * <ul>
 *   <li>request: {@code {"id":7,"type":"prepare","query":"v=2&lr=0.1"}}; control: {@code {"type":"train"}};</li>
 *   <li>reply: {@code {"id":7,"ok":true,"ms":1.5,"result":…}} (the engine's JSON as it is, or a string), or
 *       {@code {"id":7,"ok":false,"error":"…"}};</li>
 *   <li>event: {@code {"event":"ready","runtime":"wasm"}}, {@code {"event":"progress","ms":…,"progress":…}},
 *       {@code {"event":"paused"}}.</li>
 * </ul>
 */
public final class Codec {
    private Codec() {
    }

    public static String encode(Request r) {
        StringBuilder sb = new StringBuilder("{");
        if (!r.kind.isControl()) {
            sb.append("\"id\":").append(r.id).append(',');
        }
        sb.append("\"type\":").append(Json.quote(r.kind.wire));
        for (Map.Entry<String, Object> e : r.fields().entrySet()) {
            sb.append(',').append(Json.quote(e.getKey())).append(':').append(Json.write(e.getValue()));
        }
        return sb.append('}').toString();
    }

    @SuppressWarnings("unchecked")
    public static Request decode(String text) {
        Object root = Json.parse(text);
        if (!(root instanceof Map)) {
            throw new IllegalArgumentException("a request is a JSON object");
        }
        Map<String, Object> m = new LinkedHashMap<>((Map<String, Object>) root);
        Object type = m.remove("type");
        if (!(type instanceof String)) {
            throw new IllegalArgumentException("a request names its type");
        }
        Kind kind = Kind.ofWire((String) type);
        Object id = m.remove("id");
        if (!kind.isControl() && !(id instanceof Double)) {
            throw new IllegalArgumentException("a '" + kind.wire + "' request has a number id");
        }
        return Request.fromFields(id instanceof Double ? (int) (double) (Double) id : 0, kind, m);
    }

    /** The reply to a request: the result (JSON text, or plain text for kinds whose result is text). */
    public static String ok(Request r, String result, double ms) {
        return "{\"id\":" + r.id + ",\"ok\":true,\"ms\":" + Json.number(ms) + ",\"result\":"
                + (r.kind.jsonResult ? result : Json.quote(result)) + "}";
    }

    public static String failed(int id, String error) {
        return "{\"id\":" + id + ",\"ok\":false,\"error\":" + Json.quote(error) + "}";
    }

    public static String ready(String runtime) {
        return "{\"event\":\"ready\",\"runtime\":" + Json.quote(runtime) + "}";
    }

    /** One epoch of training run {@code run} (the page's number for the TRAIN that started it). */
    public static String progress(int run, String progressJson, double ms) {
        return "{\"event\":\"progress\",\"run\":" + run + ",\"ms\":" + Json.number(ms) + ",\"progress\":" + progressJson + "}";
    }

    public static String paused(int run) {
        return "{\"event\":\"paused\",\"run\":" + run + "}";
    }
}
