package playground.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The saved-experiment routes over HTTP against a started server. Runs once per database: {@link ExperimentsOnH2Test}
 * and {@link ExperimentsOnPostgresTest}.
 */
abstract class ExperimentsContract {
    static PlaygroundServer server;
    static Client client;

    static final String RESULTS = "{\"history\":[{\"epoch\":1,\"loss\":0.9,\"val_loss\":1.0,\"lr\":0.01},"
            + "{\"epoch\":2,\"loss\":0.5,\"val_loss\":0.7,\"lr\":0.01}],"
            + "\"events\":[{\"epoch\":2,\"kind\":\"lr_reduced\",\"message\":\"learning rate reduced to 0.001\"}],"
            + "\"evaluation\":{\"test\":{\"accuracy\":0.9}},\"runtime\":\"wasm\"}";

    static void startWith(ServerOptions options) {
        server = PlaygroundServer.start(options.withSavesPerMinute(1000)); // the rate limit has its own test

        client = new Client(server.port());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    static Map<String, Object> save(String body) {
        HttpResponse<String> r = client.post("/api/experiments", body);
        assertEquals(201, r.statusCode(), r.body());
        return Client.json(r);
    }

    private static void assertRefused(int status, String field, String body, String messagePart) {
        HttpResponse<String> r = client.post("/api/experiments", body);
        assertEquals(status, r.statusCode(), r.body());
        Map<String, Object> m = Client.json(r);
        assertEquals(field, m.get("field"), r.body());
        assertTrue(((String) m.get("error")).contains(messagePart), r.body());
    }

    @Test
    void aSavedExperimentReadsBackWithItsSpecTitleAndResults() {
        Map<String, Object> created = save("{\"spec\":\"v=1&data=xor&lr=0.1\",\"title\":\"XOR, fast\",\"results\":" + RESULTS + "}");
        String id = (String) created.get("id");
        assertEquals(client.base() + "/x/" + id, created.get("url"));
        assertEquals(32, ((String) created.get("ownerToken")).length());
        HttpResponse<String> r = client.get("/api/experiments/" + id);
        assertEquals(200, r.statusCode());
        Map<String, Object> m = Client.json(r);
        assertEquals("XOR, fast", m.get("title"));
        assertEquals("v=1&data=xor&lr=0.1", m.get("spec"));
        @SuppressWarnings("unchecked")
        List<Object> history = (List<Object>) ((Map<String, Object>) m.get("results")).get("history");
        assertEquals(2, history.size());
        assertNull(m.get("model"));
        assertFalse(m.containsKey("ownerToken"));
        assertEquals("private, no-cache", r.headers().firstValue("Cache-Control").orElse(""), "owners may delete: no shared caching");
    }

    @Test
    @SuppressWarnings("unchecked")
    void weightsSetByHandAreSavedAsTheSpecsStartAndAnEditLogAndAGarbledLogIsRefused() {
        String edits = "{\"start\":\"spec\",\"edits\":[{\"epoch\":3,\"batch\":0,\"layer\":1,\"row\":0,\"unit\":2,\"value\":-1.5}]}";
        String id = (String) save("{\"spec\":\"v=1&data=xor\",\"results\":{\"weights\":" + edits + "}}").get("id");
        Map<String, Object> results = (Map<String, Object>) Client.json(client.get("/api/experiments/" + id)).get("results");
        List<Map<String, Object>> log = (List<Map<String, Object>>) ((Map<String, Object>) results.get("weights")).get("edits");
        assertEquals(-1.5, log.get(0).get("value"));
        assertRefused(400, "results.weights.edits[0].row", "{\"spec\":\"v=1\",\"results\":{\"weights\":{\"start\":\"spec\","
                + "\"edits\":[{\"epoch\":0,\"batch\":0,\"layer\":1,\"row\":-1,\"unit\":0,\"value\":1}]}}}", "whole number");
        assertRefused(400, "spec", "{\"spec\":\"v=1&data=iris&features=x1sq\"}", "not a 2-D set");
        assertRefused(400, "results.weights.start", "{\"spec\":\"v=1\",\"results\":{\"weights\":{\"start\":\"file\"}}}", "spec");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRemixsStartingWeightsAreSavedBitForBitAndAGarbledStartIsRefusedWithItsTensorNamed() {
        String tensor = "{\"layer\":0,\"name\":\"kernel\",\"shape\":[2,1],\"values\":[\"0x3fb999999999999a\",-0.25]}";
        String id = (String) save("{\"spec\":\"v=1&data=xor\",\"results\":{\"weights\":{\"start\":{\"params\":[" + tensor
                + "]},\"edits\":[]}}}").get("id");
        Map<String, Object> results = (Map<String, Object>) Client.json(client.get("/api/experiments/" + id)).get("results");
        Map<String, Object> start = (Map<String, Object>) ((Map<String, Object>) results.get("weights")).get("start");
        List<Object> values = (List<Object>) ((Map<String, Object>) ((List<Object>) start.get("params")).get(0)).get("values");
        assertEquals(List.of("0x3fb999999999999a", -0.25), values, "the bits as the page wrote them");
        assertRefused(400, "results.weights.start", "{\"spec\":\"v=1\",\"results\":{\"weights\":{\"start\":{\"params\":["
                + tensor.replace("[2,1]", "[2,2]") + "]}}}}", "starting weight tensor 1: \"values\" must be a list of 4 numbers");
        assertRefused(400, "results.weights.start", "{\"spec\":\"v=1\",\"results\":{\"weights\":{\"start\":{\"params\":["
                + tensor.replace("-0.25", "\"0xnope\"") + "]}}}}", "'0xnope' is not a number");
        assertRefused(400, "results.weights.start", "{\"spec\":\"v=1\",\"results\":{\"weights\":{\"start\":{\"params\":["
                + tensor.replace("-0.25", "\"0x7ff8000000000000\"") + "]}}}}", "every weight must be a finite number");
        assertRefused(400, "results.weights.start.bits", "{\"spec\":\"v=1\",\"results\":{\"weights\":{\"start\":{\"params\":[],"
                + "\"bits\":1}}}}", "unknown field");
    }

    @Test
    void idsAreShortRandomAndNotSequential() {
        String a = (String) save("{\"spec\":\"v=1\"}").get("id");
        String b = (String) save("{\"spec\":\"v=1\"}").get("id");
        assertEquals(10, a.length());
        assertNotEquals(a, b);
        int samePrefix = 0;
        while (samePrefix < 10 && a.charAt(samePrefix) == b.charAt(samePrefix)) {
            samePrefix++;
        }
        assertTrue(samePrefix < 8, a + " and " + b + " look sequential");
    }

    @Test
    void aSpecMayBeItsJsonObjectAndIsStoredAsTheCanonicalQuery() {
        String id = (String) save("{\"spec\":{\"v\":1,\"lr\":\"0.1\",\"data\":\"xor\"}}").get("id");
        Map<String, Object> m = Client.json(client.get("/api/experiments/" + id));
        assertEquals("v=1&data=xor&lr=0.1", m.get("spec"));
        assertEquals("Experiment on xor", m.get("title"));
    }

    @Test
    void aSpecWithoutAVersionIsSavedAsVersionOneAndAnUnknownVersionIsRefused() {
        String id = (String) save("{\"spec\":\"data=xor&lr=0.1\"}").get("id");
        assertEquals("v=1&data=xor&lr=0.1", Client.json(client.get("/api/experiments/" + id)).get("spec"));
        id = (String) save("{\"spec\":{\"lr\":0.1}}").get("id");
        assertEquals("v=1&lr=0.1", Client.json(client.get("/api/experiments/" + id)).get("spec"));
        assertRefused(400, "spec", "{\"spec\":\"v=9&lr=0.1\"}", "the link is version 9 of the format");
        assertRefused(400, "spec", "{\"spec\":{\"v\":9}}", "version 9 of the spec format is not known here");
    }

    @Test
    void aModelAndAnUploadedDatasetAreKeptWhenSent() {
        String id = (String) save("{\"spec\":\"v=1&data=upload&target=y\",\"model\":{\"format\":\"test\"},"
                + "\"dataset\":{\"name\":\"mine.csv\",\"csv\":\"x,y\\n1,2\\n3,4\\n\"}}").get("id");
        Map<String, Object> m = Client.json(client.get("/api/experiments/" + id));
        assertEquals(Map.of("format", "test"), m.get("model"));
        assertEquals(Map.of("name", "mine.csv", "csv", "x,y\n1,2\n3,4\n"), m.get("dataset"));
    }

    @Test
    void badBodiesAreRefusedWithTheFieldNamed() {
        assertRefused(400, null, "{\"spec\": ", "not valid JSON");
        assertRefused(400, null, "[1,2]", "JSON object");
        assertRefused(400, "spec", "{\"title\":\"no spec\"}", "'spec' is required");
        assertRefused(400, "colour", "{\"spec\":\"v=1\",\"colour\":\"red\"}", "unknown field 'colour'");
        assertRefused(400, "spec", "{\"spec\":\"v=1&lr=fast\"}", "lr=fast");
        assertRefused(400, "spec", "{\"spec\":\"v=1&wings=2\"}", "wings");
        assertRefused(400, "spec", "{\"spec\":{\"epochs\":\"-3\"}}", "epochs");
        assertRefused(400, "title", "{\"spec\":\"v=1\",\"title\":\"" + "t".repeat(201) + "\"}", "at most 200");
        assertRefused(400, "results.history[0].loss", "{\"spec\":\"v=1\",\"results\":{\"history\":[{\"loss\":\"low\"}]}}", "must be a number");
        assertRefused(400, "results.extra", "{\"spec\":\"v=1\",\"results\":{\"extra\":1}}", "unknown field");
        assertRefused(400, "dataset", "{\"spec\":\"v=1&data=xor\",\"dataset\":{\"csv\":\"a,b\\n1,2\\n\"}}", "data=upload");
        assertRefused(400, "dataset.csv", "{\"spec\":\"v=1&data=upload\",\"dataset\":{\"csv\":\"a,b\\n1,2,3\\n\"}}", "line 2");
    }

    @Test
    void controlCharactersAndOverlongSpecsAreRefusedBeforeTheDatabase() {
        assertRefused(400, "title", "{\"spec\":\"v=1\",\"title\":\"a\\u0000b\"}", "U+0000");
        assertRefused(400, "dataset.csv", "{\"spec\":\"v=1&data=upload\",\"dataset\":{\"csv\":\"a,b\\n1,\\u00002\\n\"}}", "U+0000");
        assertRefused(413, "spec", "{\"spec\":\"v=1&drop=" + "é".repeat(2000) + "\"}", "at most 8000");
    }

    @Test
    void aChunkedBodyOverTheLimitIs413() {
        java.net.http.HttpRequest r = java.net.http.HttpRequest.newBuilder(java.net.URI.create(client.base() + "/api/experiments"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        ("{\"spec\":\"v=1\",\"title\":\"" + "x".repeat(7 << 20) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .build(); // no length known up front: sent chunked
        assertEquals(413, client.send(r).statusCode());
        java.net.http.HttpRequest untyped = java.net.http.HttpRequest.newBuilder(java.net.URI.create(client.base() + "/api/experiments"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"spec\":\"v=1\"}")).build();
        assertEquals(415, client.send(untyped).statusCode());
    }

    @Test
    void oversizedBodiesAndDatasetsAre413() {
        assertRefused(413, "dataset.csv", "{\"spec\":\"v=1&data=upload\",\"dataset\":{\"csv\":\"" + "1\\n".repeat(600_000) + "\"}}", "at most");
        HttpResponse<String> r = client.post("/api/experiments", "{\"spec\":\"v=1\",\"title\":\"" + "x".repeat(7 << 20) + "\"}");
        assertEquals(413, r.statusCode());
    }

    @Test
    void unknownIdsAre404() {
        assertEquals(404, client.get("/api/experiments/zzzzzzzzzz").statusCode());
        assertEquals(404, client.get("/api/experiments/%3Cscript%3E").statusCode());
        HttpResponse<String> page = client.get("/x/zzzzzzzzzz");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("no saved experiment at this link"), page.body());
        assertEquals(404, client.get("/embed/zzzzzzzzzz").statusCode());
        assertEquals(404, client.bytes("/x/zzzzzzzzzz/preview.png").statusCode());
    }

    @Test
    void onlyTheOwnerTokenDeletes() {
        Map<String, Object> created = save("{\"spec\":\"v=1\"}");
        String path = "/api/experiments/" + created.get("id");
        assertEquals(401, client.delete(path, null).statusCode());
        assertEquals(403, client.delete(path, "not-the-token").statusCode());
        assertEquals(200, client.get(path).statusCode());
        assertEquals(204, client.delete(path, (String) created.get("ownerToken")).statusCode());
        assertEquals(404, client.get(path).statusCode());
        assertEquals(404, client.delete(path, (String) created.get("ownerToken")).statusCode());
    }

    @Test
    void theShortLinkPageCarriesDiscoveryCardsAndEscapedTitle() {
        String title = "<script>alert(1)</script> \"onerror=alert(2) & more";
        String id = (String) save("{\"spec\":\"v=1\",\"title\":" + playground.engine.text.Json.quote(title) + ",\"results\":" + RESULTS + "}").get("id");
        HttpResponse<String> r = client.get("/x/" + id);
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertFalse(html.contains("<script>alert(1)"), "the title must be escaped");
        assertFalse(html.contains("\"onerror=alert(2)"), "quotes in the title must be escaped");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;onerror=alert(2) &amp; more"), html);
        assertTrue(html.contains("<link rel=\"alternate\" type=\"application/json+oembed\" href=\"" + client.base()
                + "/oembed?url=" + java.net.URLEncoder.encode(client.base() + "/x/" + id, java.nio.charset.StandardCharsets.UTF_8)
                + "&amp;format=json\""), html);
        assertTrue(html.contains("<meta property=\"og:image\" content=\"" + client.base() + "/x/" + id + "/preview.png\">"), html);
        assertTrue(html.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"), html);
        assertTrue(html.contains("<meta name=\"experiment-id\" content=\"" + id + "\">"), html);
        assertTrue(html.contains("2 epochs, loss 0.5000, validation loss 0.7000"), html);
    }

    @Test
    void theCardImageIsALossCurvePng() throws Exception {
        String id = (String) save("{\"spec\":\"v=1\",\"title\":\"Curve\",\"results\":" + RESULTS + "}").get("id");
        HttpResponse<byte[]> r = client.bytes("/x/" + id + "/preview.png");
        assertEquals(200, r.statusCode());
        assertEquals("image/png", r.headers().firstValue("Content-Type").orElse(""));
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(r.body()));
        assertEquals(PreviewImage.WIDTH, img.getWidth());
        assertEquals(PreviewImage.HEIGHT, img.getHeight());
        int coloured = 0;
        for (int x = 0; x < img.getWidth(); x += 2) {
            for (int y = 0; y < img.getHeight(); y += 2) {
                int rgb = img.getRGB(x, y) & 0xffffff;
                coloured += rgb == 0x0072b2 || rgb == 0xd55e00 ? 1 : 0;
            }
        }
        assertTrue(coloured > 200, "the curves are drawn: " + coloured + " curve pixels");
    }

    @Test
    void oembedAnswersRichWithTheIframe() {
        String id = (String) save("{\"spec\":\"v=1\",\"title\":\"Embed me\"}").get("id");
        String url = java.net.URLEncoder.encode(client.base() + "/x/" + id, java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> r = client.get("/oembed?url=" + url + "&format=json&maxwidth=500");
        assertEquals(200, r.statusCode(), r.body());
        Map<String, Object> m = Client.json(r);
        assertEquals("rich", m.get("type"));
        assertEquals("1.0", m.get("version"));
        assertEquals("Embed me", m.get("title"));
        assertEquals("Backprop Playground", m.get("provider_name"));
        assertEquals(500.0, m.get("width"));
        assertTrue(((String) m.get("html")).startsWith("<iframe src=\"" + client.base() + "/embed/" + id + "\" width=\"500\""), r.body());
        assertEquals(client.base() + "/x/" + id + "/preview.png", m.get("thumbnail_url"));
        assertEquals(501, client.get("/oembed?url=" + url + "&format=xml").statusCode());
        assertEquals(400, client.get("/oembed").statusCode());
        assertEquals(404, client.get("/oembed?url=" + java.net.URLEncoder.encode(client.base() + "/x/zzzzzzzzzz",
                java.nio.charset.StandardCharsets.UTF_8)).statusCode());
        Map<String, Object> spec = Client.json(client.get("/oembed?url=" + java.net.URLEncoder.encode(client.base()
                + "/?v=1&data=xor", java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(((String) spec.get("html")).contains("/embed?v=1&amp;data=xor"), spec.toString());
    }

    @Test
    void embedRoutesMayBeFramedAnywhereAndTheRestOnlyBySelf() {
        String id = (String) save("{\"spec\":\"v=1\"}").get("id");
        for (String path : List.of("/embed/" + id, "/embed?v=1&data=xor")) {
            HttpResponse<String> r = client.get(path);
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").endsWith("frame-ancestors *"), path);
            assertTrue(r.headers().firstValue("X-Frame-Options").isEmpty(), path);
        }
        for (String path : List.of("/", "/x/" + id, "/api/datasets", "/teavm/page/page.js")) {
            HttpResponse<String> r = client.get(path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self' 'wasm-unsafe-eval'") && csp.endsWith("frame-ancestors 'self'"), path + ": " + csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("strict-origin-when-cross-origin", r.headers().firstValue("Referrer-Policy").orElse(""), path);
            assertFalse(csp.contains("'unsafe-eval'"), path + ": " + csp);
        }
        // TeaVM's Wasm GC runtime needs new Function at load: allowed in the engine worker's own policy only
        String worker = client.get("/js/engine-worker.js").headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(worker.contains("script-src 'self' 'wasm-unsafe-eval' 'unsafe-eval'"), worker);
    }
}
