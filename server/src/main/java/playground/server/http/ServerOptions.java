package playground.server.http;

import java.nio.file.Path;
import playground.server.data.DatasetCatalog;

/**
 * Everything the server is started with. {@code dbUrl} null means the default embedded H2 file under
 * {@code stateDir}; {@code publicUrl} null means "the address the request came to".
 */
public record ServerOptions(String host, int port, String dbUrl, String dbUser, String dbPassword, Path stateDir, Path dataDir,
        int savesPerMinute, String publicUrl, long maxBodyBytes) {

    public static final long MAX_BODY_BYTES = 6L << 20;

    /** Loopback, a free port, an H2 file in {@code stateDir}: what the tests start. */
    public static ServerOptions local(Path stateDir) {
        return new ServerOptions("127.0.0.1", 0, null, null, null, stateDir, DatasetCatalog.dataDir(null), 30, null, MAX_BODY_BYTES);
    }

    public ServerOptions withDb(String url, String user, String password) {
        return new ServerOptions(host, port, url, user, password, stateDir, dataDir, savesPerMinute, publicUrl, maxBodyBytes);
    }

    public ServerOptions withSavesPerMinute(int n) {
        return new ServerOptions(host, port, dbUrl, dbUser, dbPassword, stateDir, dataDir, n, publicUrl, maxBodyBytes);
    }

    public ServerOptions withPort(int p) {
        return new ServerOptions(host, p, dbUrl, dbUser, dbPassword, stateDir, dataDir, savesPerMinute, publicUrl, maxBodyBytes);
    }

    /** $XDG_DATA_HOME/backprop-playground, else ~/.local/share/backprop-playground. */
    public static Path defaultStateDir() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("backprop-playground");
    }
}
