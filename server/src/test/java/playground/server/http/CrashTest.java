package playground.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Kills the server with SIGKILL in the middle of a stream of saves, restarts it on the same H2 file, and checks that
 * every save that was answered 201 is there and intact. The server runs as a separate JVM (the jar's main class on
 * this test's class path), since a kill must take the whole process.
 */
class CrashTest {
    private static Process launch(Path state) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), playground.server.cli.Main.class.getName(), "serve",
                "--host", "127.0.0.1", "--port", "0", "--state-dir", state.toString(), "--saves-per-minute", "1000000")
                .redirectErrorStream(true).start();
        return p;
    }

    /** Reads the server's output until it names its port (the rest of the output is drained in the background). */
    private static int port(Process p) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            int at = line.indexOf("running on http://localhost:");
            if (at >= 0) {
                String rest = line.substring(at + "running on http://localhost:".length());
                Thread drain = new Thread(() -> {
                    try {
                        out.lines().forEach(l -> { });
                    } catch (java.io.UncheckedIOException e) {
                        // the process was killed
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(rest.substring(0, rest.indexOf('/')));
            }
        }
        throw new IllegalStateException("the server did not start");
    }

    private static String body(int n) {
        return "{\"spec\":\"v=1&data=xor&epochs=" + (n % 500 + 1) + "\",\"title\":\"save " + n + "\",\"results\":{\"history\":["
                + "{\"epoch\":1,\"loss\":" + (n + 0.5) + "}],\"events\":[]}}";
    }

    @Test
    void everyAnsweredSaveSurvivesAKill() throws Exception {
        Path state = TestServer.tempDir();
        Process server = launch(state);
        Map<String, Integer> answered = new LinkedHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        try {
            Client client = new Client(port(server));
            Thread saver = new Thread(() -> {
                for (int n = 0; !stop.get(); n++) {
                    try {
                        HttpResponse<String> r = client.post("/api/experiments", body(n));
                        if (r.statusCode() == 201) {
                            synchronized (answered) {
                                answered.put((String) Client.json(r).get("id"), n);
                            }
                        }
                    } catch (RuntimeException e) {
                        return; // the server is gone: this save was not answered
                    }
                }
            });
            saver.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (answered.size() < 150 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            server.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
            server.waitFor();
            stop.set(true);
            saver.join();
        } finally {
            server.destroyForcibly();
        }
        assertTrue(answered.size() >= 150, "only " + answered.size() + " saves before the kill");

        Process again = launch(state);
        try {
            Client client = new Client(port(again));
            for (Map.Entry<String, Integer> e : answered.entrySet()) {
                HttpResponse<String> r = client.get("/api/experiments/" + e.getKey());
                assertEquals(200, r.statusCode(), "save " + e.getValue() + " (" + e.getKey() + ") was answered 201 but is gone");
                Map<String, Object> m = Client.json(r);
                assertEquals("save " + e.getValue(), m.get("title"));
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> history = (List<Map<String, Object>>) ((Map<String, Object>) m.get("results")).get("history");
                assertEquals(e.getValue() + 0.5, history.get(0).get("loss"));
            }
        } finally {
            again.destroy();
            again.waitFor();
        }
    }
}
