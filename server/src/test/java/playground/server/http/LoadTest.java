package playground.server.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A load test on loopback, bounded in count (2,000 requests per route) and time (30 s per route), with the server on
 * its default H2 store. Not in the test suite (tag "load"):
 * {@code mvn -q -pl server test -Dtest=LoadTest -Dbench.excluded=none -Dsurefire.failIfNoSpecifiedTests=false}.
 * Prints requests/s and p50/p99 latency per route; fails if any answer is not the expected status.
 */
@Tag("load")
class LoadTest {
    private static final int REQUESTS = 2_000;
    private static final int CLIENTS = 8;
    private static final long LIMIT_NANOS = 30_000_000_000L;

    @Test
    void report() throws Exception {
        PlaygroundServer server = PlaygroundServer.start(TestServer.options().withSavesPerMinute(1_000_000));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String base = "http://127.0.0.1:" + server.port();
        try {
            String body = "{\"spec\":\"v=1&data=insurance&epochs=64\",\"title\":\"load\",\"results\":{\"history\":["
                    + "{\"epoch\":1,\"loss\":0.9,\"val_loss\":1.0,\"lr\":0.01},".repeat(63) + "{\"epoch\":64,\"loss\":0.1,\"val_loss\":0.2,\"lr\":0.001}]}}";
            String id = (String) Client.json(new Client(server.port()).post("/api/experiments", body)).get("id");
            List<String> lines = new ArrayList<>();
            lines.add(run("GET /x/{id}", 200, i -> HttpRequest.newBuilder(URI.create(base + "/x/" + id)).build(), http));
            lines.add(run("GET /api/datasets/insurance", 200, i -> HttpRequest.newBuilder(URI.create(base + "/api/datasets/insurance")).build(), http));
            lines.add(run("POST /api/experiments", 201, i -> HttpRequest.newBuilder(URI.create(base + "/api/experiments"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(), http));
            lines.forEach(System.out::println);
        } finally {
            server.stop();
        }
    }

    private static String run(String name, int expected, IntFunction<HttpRequest> request, HttpClient http) throws Exception {
        for (int i = 0; i < 50; i++) {
            http.send(request.apply(i), HttpResponse.BodyHandlers.discarding()); // warm-up
        }
        long[] nanos = new long[REQUESTS];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < REQUESTS && System.nanoTime() - start < LIMIT_NANOS) {
                    long t = System.nanoTime();
                    HttpResponse<byte[]> r = http.send(request.apply(i), HttpResponse.BodyHandlers.ofByteArray());
                    nanos[i] = System.nanoTime() - t;
                    if (r.statusCode() != expected) {
                        throw new AssertionError(name + ": " + r.statusCode() + " " + new String(r.body()));
                    }
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : clients) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long[] sorted = Arrays.copyOf(nanos, done.get());
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "LOAD %-28s %5d requests, %d clients: %7.0f req/s, p50 %6.2f ms, p99 %6.2f ms",
                name, done.get(), CLIENTS, done.get() / seconds, sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6);
    }
}
