package playground.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import playground.engine.text.Json;
import playground.server.http.Browsers;
import playground.server.http.TestServer;

/** export-site writes a copy that works from a plain static file server: training, URL sharing and embeds. */
class ExportSiteTest {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js", "text/javascript",
            "css", "text/css", "wasm", "application/wasm", "json", "application/json", "csv", "text/csv", "svg", "image/svg+xml");

    /** A static host: files only, no API (like GitHub Pages or any CDN). */
    private static HttpServer staticHost(Path root) throws Exception {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            Path file = root.resolve(path.equals("/") ? "index.html" : path.substring(1)).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            String name = file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"));
            byte[] body = Files.readAllBytes(file);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        http.start();
        return http;
    }

    @Test
    void theExportedSiteTrainsSharesByUrlAndEmbedsWithoutTheServer() throws Exception {
        Path dir = TestServer.tempDir().resolve("site");
        assertEquals(0, Main.run("export-site", dir.toString()));
        for (String f : List.of("index.html", "embed.html", "teavm/page/page.js", "js/start.js", "teavm/wasm/engine.wasm", "teavm/js/engine.js",
                "webjars/uplot/1.6.30/dist/uPlot.iife.min.js", "datasets/iris.csv", "datasets/site-catalog.json")) {
            assertTrue(Files.isRegularFile(dir.resolve(f)), f);
        }
        assertFalse(Files.exists(dir.resolve("datasets/insurance.csv")), "the insurance data is not redistributed");
        assertTrue(Files.readString(dir.resolve("index.html")).contains(ExportSiteCommand.STATIC_MARK));
        assertTrue(Files.readString(dir.resolve("index.html")).contains("href=\"/learn.html?view=neuron\""));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> catalog = (List<Map<String, Object>>) Json.parse(Files.readString(dir.resolve("datasets/site-catalog.json")));
        assertEquals(false, catalog.get(0).get("available"));
        assertTrue(((String) catalog.get(0).get("message")).contains("not redistributed"));

        HttpServer host = staticHost(dir.toAbsolutePath());
        List<String> problems = new ArrayList<>();
        try (Playwright pw = Browsers.playwright(); Browser browser = Browsers.chromium(pw)) {
            Page page = browser.newPage();
            page.onConsoleMessage(m -> {
                if (m.type().equals("error")) {
                    problems.add(m.text());
                }
            });
            page.onPageError(e -> problems.add(e));
            String base = "http://127.0.0.1:" + host.getAddress().getPort();
            page.navigate(base + "/?v=1&data=iris&epochs=4");
            page.waitForSelector("body[data-ready=true]");
            assertEquals("iris", page.inputValue("#dataset"));
            page.click("#play");
            page.waitForSelector("body[data-trained=true]");
            assertTrue(page.textContent("#tiles").contains("ACCURACY"));
            assertEquals(base + "/?v=1&data=iris&epochs=4", page.inputValue("#share-url"));
            assertTrue(page.isHidden("#save-controls"), "no saving without the server");
            assertTrue(page.inputValue("#embed-code").contains(base + "/embed.html?v=1&amp;data=iris&amp;epochs=4"));
            page.navigate(base + "/learn.html?view=losses&delta=0.5");
            page.waitForSelector("body[data-ready=true]");
            assertTrue(page.textContent("#fit-table").contains("Huber (δ = 0.5)"), page.textContent("#fit-table"));
            page.navigate(base + "/embed.html?v=1&data=circle&epochs=3");
            page.waitForSelector("body[data-ready=true]");
            page.click("#run");
            page.waitForSelector("body[data-trained=true]");
        } finally {
            host.stop(0);
        }
        assertEquals(List.of(), problems);
    }
}
