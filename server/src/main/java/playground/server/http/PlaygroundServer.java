package playground.server.http;

import io.javalin.Javalin;
import io.javalin.config.Key;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import playground.server.data.DatasetCatalog;
import playground.server.store.ExperimentStore;
import playground.server.store.JdbcExperimentStore;

/** The web server: every route is declared here. */
public final class PlaygroundServer {
    static final Key<String> PUBLIC_URL = new Key<>("publicUrl");
    private static final Logger LOG = LoggerFactory.getLogger("requests");
    private static final String REQUEST_START = "requestStart";

    private final Javalin app;
    private final ExperimentStore store;
    private final Drain drain;

    private PlaygroundServer(Javalin app, ExperimentStore store, Drain drain) {
        this.app = app;
        this.store = store;
        this.drain = drain;
    }

    public static PlaygroundServer start(ServerOptions o) {
        ExperimentStore store = JdbcExperimentStore.open(
                o.dbUrl() != null ? o.dbUrl() : JdbcExperimentStore.h2Url(o.stateDir()), o.dbUser(), o.dbPassword());
        Drain drain = new Drain();
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = o.maxBodyBytes();
            config.appData(PUBLIC_URL, o.publicUrl() == null ? "" : o.publicUrl().replaceAll("/+$", ""));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/static";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars(); // uPlot, from its WebJar
            config.staticFiles.add(files -> {
                // TeaVM's output of the web module: app.js, the Wasm GC binary and its runtime loader.
                files.hostedPath = "/teavm";
                files.directory = "/teavm";
                files.location = Location.CLASSPATH;
            });
            config.requestLogger.http((ctx, ms) -> LOG.info("{} {} {} {} {} ms", ctx.attribute("requestId"), ctx.method(),
                    ctx.path(), ctx.statusCode(), Math.round(ms)));
        });
        DatasetCatalog catalog = new DatasetCatalog(o.dataDir());
        ExperimentsApi experiments = new ExperimentsApi(store, drain);
        Pages pages = new Pages(store);
        RateLimiter saves = new RateLimiter(o.savesPerMinute());
        PreviewImage.Cache previews = new PreviewImage.Cache(256);

        app.before(ctx -> {
            ctx.attribute(REQUEST_START, System.nanoTime());
            String id = ctx.header("X-Request-Id");
            id = id != null && id.matches("[A-Za-z0-9._-]{1,64}") ? id : UUID.randomUUID().toString();
            ctx.attribute("requestId", id);
            ctx.header("X-Request-Id", id);
            SecurityHeaders.apply(ctx);
        });

        app.get("/healthz", ctx -> {
            boolean ok = store.healthy();
            ctx.status(ok ? 200 : 503).contentType("application/json").result(ok ? "{\"status\":\"ok\"}" : "{\"status\":\"database unavailable\"}");
        });
        app.get("/api/datasets", ctx -> DatasetsApi.list(catalog, ctx));
        app.get("/api/datasets/{id}", ctx -> DatasetsApi.one(catalog, ctx));
        app.get("/api/datasets/{id}/csv", ctx -> DatasetsApi.csv(catalog, ctx));

        app.post("/api/experiments", ctx -> {
            String type = ctx.contentType();
            if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
                Http.error(ctx, 415, "Content-Type", "send the experiment as application/json");
                return;
            }
            if (ctx.contentLength() > o.maxBodyBytes()) {
                Http.error(ctx, 413, null, "the body is " + ctx.contentLength() + " bytes; at most " + o.maxBodyBytes() + " are accepted");
                return;
            }
            long wait = saves.acquire(ctx.ip());
            if (wait > 0) {
                ctx.header("Retry-After", Long.toString(wait));
                Http.error(ctx, 429, null, "too many saves from this address; try again in " + wait + " s");
                return;
            }
            // Read at most the limit, whatever the headers say: a chunked body has no Content-Length to check.
            byte[] body = ctx.req().getInputStream().readNBytes((int) o.maxBodyBytes() + 1);
            if (body.length > o.maxBodyBytes()) {
                Http.error(ctx, 413, null, "the body is over " + o.maxBodyBytes() + " bytes, the most that is accepted");
                return;
            }
            experiments.create(ctx, new String(body, java.nio.charset.StandardCharsets.UTF_8));
        });
        app.get("/api/experiments/{id}", experiments::get);
        app.delete("/api/experiments/{id}", experiments::delete);

        app.get("/x/{id}", pages::experiment);
        app.get("/x/{id}/preview.png", ctx -> {
            var found = store.find(ctx.pathParam("id"));
            if (found.isEmpty()) {
                pages.notFound(ctx, "There is no saved experiment at this link.");
                return;
            }
            // an hour: long enough for link unfurlers, short enough that a deleted experiment's card goes away
            ctx.header("Cache-Control", "public, max-age=3600").contentType("image/png").result(previews.png(found.get()));
        });
        app.get("/embed", pages::embedSpec);
        app.get("/embed/{id}", pages::embedSaved);
        app.get("/oembed", pages::oembed);
        app.get("/learn", pages::learn);
        app.get("/learn/{view}", pages::learn);
        app.get("/embed/learn/{view}", pages::learn);

        app.error(404, ctx -> {
            if (ctx.attribute(Http.ANSWERED) == null) { // not already answered by a handler
                if (ctx.path().startsWith("/api/")) {
                    Http.error(ctx, 404, null, "no such address: " + ctx.path());
                } else {
                    pages.notFound(ctx, "There is nothing at " + ctx.path() + ".");
                }
            }
        });
        app.exception(IllegalStateException.class, (e, ctx) -> {
            // the details (SQL, paths) go to the log, not to the client
            LoggerFactory.getLogger(PlaygroundServer.class).error("request {} failed", ctx.attribute("requestId"), e);
            Http.error(ctx, 500, null, "the server could not answer (request " + ctx.attribute("requestId") + ")");
        });

        try {
            app.start(o.host(), o.port());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return new PlaygroundServer(app, store, drain);
    }

    public int port() {
        return app.port();
    }

    /** Graceful: refuses new saves, lets those in flight be answered (up to 10 s), then stops and closes the pool. */
    public void stop() {
        try {
            drain.closeAndAwaitIdle(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        app.stop();
        store.close();
    }

    static String requestId(Context ctx) {
        return ctx.attribute("requestId");
    }
}
