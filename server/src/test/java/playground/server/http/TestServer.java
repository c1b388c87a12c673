package playground.server.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A server on a free loopback port with its own fresh H2 file database in a temporary directory. */
public final class TestServer {
    private TestServer() {
    }

    public static PlaygroundServer start() {
        return PlaygroundServer.start(options());
    }

    public static ServerOptions options() {
        try {
            return ServerOptions.local(Files.createTempDirectory("playground-test"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path tempDir() {
        try {
            return Files.createTempDirectory("playground-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
