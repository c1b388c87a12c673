package playground.server.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import playground.server.data.DatasetCatalog;
import playground.server.http.PlaygroundServer;
import playground.server.http.ServerOptions;

@Command(name = "serve", description = "Start the web server (the default command).")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "${env:PORT:-7070}", description = "TCP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "0.0.0.0", description = "Interface to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--db", defaultValue = "${env:PLAYGROUND_DB_URL}",
            description = "JDBC URL of the experiment store, e.g. jdbc:postgresql://host/db (default: an H2 file in --state-dir; env PLAYGROUND_DB_URL).")
    String db;

    @Option(names = "--db-user", defaultValue = "${env:PLAYGROUND_DB_USER}", description = "Database user (env PLAYGROUND_DB_USER).")
    String dbUser;

    @Option(names = "--db-password", defaultValue = "${env:PLAYGROUND_DB_PASSWORD}", description = "Database password (env PLAYGROUND_DB_PASSWORD).")
    String dbPassword;

    @Option(names = "--state-dir", description = "Where the default H2 database lives (default: $XDG_DATA_HOME or ~/.local/share, /backprop-playground).")
    Path stateDir;

    @Option(names = "--data-dir", description = "Directory with insurance.csv (default: $PLAYGROUND_DATA_DIR; else downloaded on first use).")
    Path dataDir;

    @Option(names = "--public-url", defaultValue = "${env:PLAYGROUND_PUBLIC_URL}",
            description = "The site's public address for short links and embeds, e.g. https://play.example.org (default: the request's host).")
    String publicUrl;

    @Option(names = "--saves-per-minute", defaultValue = "30", description = "Saves accepted per client address and minute (default: ${DEFAULT-VALUE}).")
    int savesPerMinute;

    @Override
    public Integer call() throws InterruptedException {
        if (savesPerMinute < 1) {
            throw new IllegalArgumentException("--saves-per-minute must be at least 1");
        }
        ServerOptions options = new ServerOptions(host, port, db, dbUser, dbPassword,
                stateDir != null ? stateDir : ServerOptions.defaultStateDir(), DatasetCatalog.dataDir(dataDir),
                savesPerMinute, publicUrl, ServerOptions.MAX_BODY_BYTES);
        PlaygroundServer server = PlaygroundServer.start(options);
        System.out.println("Backprop Playground is running on http://localhost:" + server.port() + "/ (Ctrl+C stops it)");
        // On SIGTERM/Ctrl+C: answer the saves in flight, then stop.
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "shutdown"));
        Thread.currentThread().join();
        return 0;
    }
}
