package playground.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A server on a free loopback port with its own fresh H2 file database in a temporary directory. */
final class TestServer {
    private TestServer() {
    }

    static PlaygroundServer start() {
        return PlaygroundServer.start(options());
    }

    static ServerOptions options() {
        try {
            return ServerOptions.local(Files.createTempDirectory("playground-test"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path tempDir() {
        try {
            return Files.createTempDirectory("playground-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
