package playground.server.http;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import playground.engine.text.Json;

/** Small helpers every handler shares: JSON errors that name the field, and HTML escaping. */
final class Http {
    /** Set on a context whose error answer is already written, so the 404 fallback leaves it alone. */
    static final String ANSWERED = "answered";

    private Http() {
    }

    /** {"error": "...", "field": "..."} with the status; field may be null. */
    static void error(Context ctx, int status, String field, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", message);
        if (field != null) {
            m.put("field", field);
        }
        ctx.attribute(ANSWERED, true);
        ctx.status(status).contentType("application/json").result(Json.write(m));
    }

    /** Text made safe for HTML element content and quoted attribute values. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
