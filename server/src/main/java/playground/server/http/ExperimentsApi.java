package playground.server.http;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import playground.engine.text.Json;
import playground.server.store.Experiment;
import playground.server.store.ExperimentStore;

/** {@code /api/experiments}: save (201 with id, url and owner token), read, and delete with the owner's token. */
final class ExperimentsApi {
    private final ExperimentStore store;
    private final Drain drain;

    ExperimentsApi(ExperimentStore store, Drain drain) {
        this.store = store;
        this.drain = drain;
    }

    void create(Context ctx, String body) {
        if (!drain.enter()) {
            ctx.header("Retry-After", "5");
            Http.error(ctx, 503, null, "the server is shutting down; try again in a moment");
            return;
        }
        try {
            ExperimentStore.NewExperiment input = ExperimentInput.parse(body);
            ExperimentStore.Created created = store.create(input);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", created.id());
            m.put("url", Pages.baseUrl(ctx) + "/x/" + created.id());
            m.put("ownerToken", created.ownerToken());
            ctx.status(201).header("Location", "/x/" + created.id()).contentType("application/json").result(Json.write(m));
        } catch (ExperimentInput.Invalid e) {
            Http.error(ctx, e.status, e.field, e.getMessage());
        } finally {
            drain.leave();
        }
    }

    void get(Context ctx) {
        Optional<Experiment> found = store.find(ctx.pathParam("id"));
        if (found.isEmpty()) {
            Http.error(ctx, 404, "id", "no saved experiment '" + ctx.pathParam("id") + "'");
            return;
        }
        // Saved experiments never change, but their owner may delete them: browsers revalidate, shared caches keep nothing.
        ctx.header("Cache-Control", "private, no-cache").contentType("application/json").result(json(found.get()));
    }

    void delete(Context ctx) {
        String auth = ctx.header("Authorization");
        String token = auth != null && auth.startsWith("Bearer ") ? auth.substring(7).trim() : null;
        switch (store.delete(ctx.pathParam("id"), token)) {
            case DELETED -> ctx.status(204);
            case NOT_FOUND -> Http.error(ctx, 404, "id", "no saved experiment '" + ctx.pathParam("id") + "'");
            case FORBIDDEN -> Http.error(ctx, token == null ? 401 : 403, "Authorization", token == null
                    ? "deleting needs the owner token returned when the experiment was saved (Authorization: Bearer …)"
                    : "this is not the owner token of that experiment");
        }
    }

    static String json(Experiment e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("title", e.title());
        m.put("spec", e.spec());
        m.put("created", e.created().toString());
        m.put("results", Json.parse(e.results()));
        m.put("model", e.model() == null ? null : Json.parse(e.model()));
        if (e.datasetCsv() != null) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("name", e.datasetName());
            d.put("csv", e.datasetCsv());
            m.put("dataset", d);
        } else {
            m.put("dataset", null);
        }
        return Json.write(m);
    }
}
