package playground.server;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;

/** The web server: every route is declared here. */
public final class PlaygroundServer {
    private final Javalin app;

    private PlaygroundServer(Javalin app) {
        this.app = app;
    }

    /** Starts on {@code host:port}; port 0 picks a free port (tests). */
    public static PlaygroundServer start(String host, int port) {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
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
        });
        DatasetCatalog catalog = new DatasetCatalog(DatasetCatalog.dataDir(null));
        app.get("/healthz", ctx -> ctx.result("ok"));
        app.get("/api/datasets", ctx -> ctx.contentType("application/json").result(DatasetsApi.list(catalog)));
        app.get("/api/datasets/{id}/csv", ctx -> DatasetsApi.csv(catalog, ctx));
        app.start(host, port);
        return new PlaygroundServer(app);
    }

    public int port() {
        return app.port();
    }

    public void stop() {
        app.stop();
    }
}
