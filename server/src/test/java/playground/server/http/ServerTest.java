package playground.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ServerTest {
    private static PlaygroundServer server;
    private static Client client;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        client = new Client(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void healthzAnswersOk() {
        HttpResponse<String> r = client.get("/healthz");
        assertEquals(200, r.statusCode());
        assertEquals("{\"status\":\"ok\"}", r.body());
    }

    @Test
    void thePageIsServedAtTheRoot() {
        HttpResponse<String> r = client.get("/");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<title>Backprop Playground"), r.body());
    }

    @Test
    void everyAnswerCarriesARequestIdAndAGivenOneIsEchoed() {
        assertTrue(client.get("/healthz").headers().firstValue("X-Request-Id").orElse("").length() >= 16);
        assertEquals("trace-42", client.get("/healthz", "X-Request-Id", "trace-42").headers().firstValue("X-Request-Id").orElse(""));
        assertTrue(!client.get("/healthz", "X-Request-Id", "<bad id>").headers().firstValue("X-Request-Id").orElse("").contains("<"));
    }

    @Test
    void datasetsCarryAnEtagAndAnswer304WhenUnchanged() {
        for (String path : List.of("/api/datasets", "/api/datasets/iris", "/api/datasets/iris/csv")) {
            HttpResponse<String> first = client.get(path);
            assertEquals(200, first.statusCode(), path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> again = client.get(path, "If-None-Match", etag);
            assertEquals(304, again.statusCode(), path);
            assertEquals("", again.body());
            assertEquals(200, client.get(path, "If-None-Match", "\"other\"").statusCode(), path);
        }
        assertTrue(client.get("/api/datasets/iris").body().contains("\"csv\":\"sepal_length,"), "one dataset carries its CSV");
        assertTrue(client.get("/api/datasets/insurance").body().contains("\"csv\":\"age,sex,bmi"), "needs PLAYGROUND_DATA_DIR");
        assertEquals(404, client.get("/api/datasets/nope").statusCode());
        assertEquals(404, client.get("/api/datasets/nope/csv").statusCode());
    }

    @Test
    void unknownAddressesAre404PagesOrJson() {
        HttpResponse<String> page = client.get("/no/such/page");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("There is nothing at /no/such/page"), page.body());
        HttpResponse<String> api = client.get("/api/nothing");
        assertEquals(404, api.statusCode());
        assertTrue(api.body().startsWith("{\"error\":"), api.body());
    }

    @Test
    void aNonJsonSaveIs415() {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(client.base() + "/api/experiments"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("spec=v=1")).build());
        assertEquals(415, r.statusCode());
    }

    @Test
    void savesBeyondTheRateAre429WithRetryAfter() {
        PlaygroundServer limited = PlaygroundServer.start(TestServer.options().withSavesPerMinute(3));
        try {
            Client c = new Client(limited.port());
            for (int i = 0; i < 3; i++) {
                assertEquals(201, c.post("/api/experiments", "{\"spec\":\"v=1\"}").statusCode());
            }
            HttpResponse<String> r = c.post("/api/experiments", "{\"spec\":\"v=1\"}");
            assertEquals(429, r.statusCode());
            long retry = Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retry >= 1 && retry <= 20, "Retry-After " + retry);
            assertEquals(200, c.get("/healthz").statusCode(), "reading is not limited");
        } finally {
            limited.stop();
        }
    }

    @Test
    void shutdownAnswersTheSavesInFlight() throws Exception {
        ServerOptions options = TestServer.options().withSavesPerMinute(1000);
        PlaygroundServer s = PlaygroundServer.start(options);
        Client c = new Client(s.port());
        HttpClient http = HttpClient.newHttpClient();
        String big = "{\"spec\":\"v=1\",\"results\":{\"history\":[" + "{\"epoch\":1,\"loss\":0.5},".repeat(40_000) + "{\"epoch\":2,\"loss\":0.4}]}}";
        List<CompletableFuture<HttpResponse<String>>> saves = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            saves.add(http.sendAsync(HttpRequest.newBuilder(URI.create(c.base() + "/api/experiments"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(big)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        Thread.sleep(150); // let them reach the server
        s.stop();
        List<String> saved = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> f : saves) {
            HttpResponse<String> r;
            try {
                r = f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                continue; // not yet accepted when the listener closed: the client knows it was not saved
            }
            assertTrue(r.statusCode() == 201 || r.statusCode() == 503, r.statusCode() + " " + r.body());
            if (r.statusCode() == 201) {
                saved.add((String) Client.json(r).get("id"));
            }
        }
        PlaygroundServer again = PlaygroundServer.start(options);
        try {
            for (String id : saved) {
                assertEquals(200, new Client(again.port()).get("/api/experiments/" + id).statusCode(), id);
            }
        } finally {
            again.stop();
        }
    }
}
