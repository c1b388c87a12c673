package playground.server;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", description = "Start the web server (the default command).")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "${env:PORT:-7070}", description = "TCP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "0.0.0.0", description = "Interface to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Override
    public Integer call() throws InterruptedException {
        PlaygroundServer server = PlaygroundServer.start(host, port);
        System.out.println("Backprop Playground is running on http://localhost:" + server.port() + "/ (Ctrl+C stops it)");
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "shutdown"));
        Thread.currentThread().join();
        return 0;
    }
}
