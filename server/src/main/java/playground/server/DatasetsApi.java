package playground.server;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import playground.engine.spec.Json;

/** The catalog over HTTP: the list, and each file dataset's CSV text for the page's worker to parse. */
final class DatasetsApi {
    private DatasetsApi() {
    }

    static String list(DatasetCatalog catalog) {
        StringBuilder sb = new StringBuilder("[");
        List<Map<String, Object>> all = catalog.list();
        for (int i = 0; i < all.size(); i++) {
            sb.append(i == 0 ? "" : ",").append('{');
            int k = 0;
            for (Map.Entry<String, Object> e : all.get(i).entrySet()) {
                sb.append(k++ == 0 ? "" : ",").append(Json.quote(e.getKey())).append(':').append(value(e.getValue()));
            }
            sb.append('}');
        }
        return sb.append(']').toString();
    }

    private static String value(Object v) {
        if (v instanceof String) {
            return Json.quote((String) v);
        }
        if (v instanceof Double) {
            return Json.number((Double) v);
        }
        if (v instanceof List) {
            StringBuilder sb = new StringBuilder("[");
            for (Object o : (List<?>) v) {
                sb.append(sb.length() == 1 ? "" : ",").append(value(o));
            }
            return sb.append(']').toString();
        }
        return String.valueOf(v); // Boolean, null
    }

    static void csv(DatasetCatalog catalog, Context ctx) {
        String id = ctx.pathParam("id");
        try {
            ctx.contentType("text/csv; charset=utf-8").result(catalog.csvText(id));
        } catch (IllegalArgumentException e) {
            ctx.status(404).contentType("application/json").result("{\"error\":" + Json.quote(e.getMessage()) + "}");
        } catch (IllegalStateException e) {
            ctx.status(503).contentType("application/json").result("{\"error\":" + Json.quote(e.getMessage()) + "}");
        }
    }
}
