package playground.server.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import playground.engine.text.Json;
import playground.server.data.DatasetCatalog;

/**
 * The catalog over HTTP: the list, one dataset (its description and CSV text, for the page's worker to parse),
 * and the bare CSV. Answers carry a strong ETag, so a browser that has a dataset asks with If-None-Match and gets
 * 304 instead of the file again.
 */
final class DatasetsApi {
    private DatasetsApi() {
    }

    static void list(DatasetCatalog catalog, Context ctx) {
        cached(ctx, "application/json", Json.write(catalog.list()));
    }

    static void one(DatasetCatalog catalog, Context ctx) {
        String id = ctx.pathParam("id");
        Map<String, Object> entry = null;
        for (Map<String, Object> e : catalog.list()) {
            if (id.equals(e.get("id"))) {
                entry = new LinkedHashMap<>(e);
            }
        }
        if (entry == null) {
            Http.error(ctx, 404, "id", "no dataset '" + id + "'");
            return;
        }
        if (Boolean.TRUE.equals(entry.get("available")) && !"synthetic".equals(kind(entry))) {
            entry.put("csv", catalog.csvText(id));
        }
        cached(ctx, "application/json", Json.write(entry));
    }

    static void csv(DatasetCatalog catalog, Context ctx) {
        try {
            cached(ctx, "text/csv; charset=utf-8", catalog.csvText(ctx.pathParam("id")));
        } catch (IllegalArgumentException e) {
            Http.error(ctx, 404, "id", e.getMessage());
        } catch (IllegalStateException e) {
            Http.error(ctx, 503, "id", e.getMessage());
        }
    }

    private static String kind(Map<String, Object> entry) {
        return String.valueOf(entry.get("name")).contains("synthetic") ? "synthetic" : "file";
    }

    private static void cached(Context ctx, String type, String body) {
        String etag = "\"" + digest(body) + "\"";
        ctx.header("ETag", etag).header("Cache-Control", "public, max-age=300");
        String asked = ctx.header("If-None-Match");
        if (asked != null && (asked.equals(etag) || asked.equals("W/" + etag) || asked.equals("*"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(type).result(body);
    }

    private static String digest(String body) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(d).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
