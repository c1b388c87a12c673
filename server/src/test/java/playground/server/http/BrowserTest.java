package playground.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * What every end-to-end class shares: one server with a fresh database, one headless Chromium, and a list of the
 * problems (console errors, page errors) of the pages it watched, which must be empty after each test.
 */
abstract class BrowserTest {
    static PlaygroundServer server;
    static Playwright playwright;
    static Browser browser;
    final List<String> problems = new ArrayList<>();

    @BeforeAll
    static void startServerAndBrowser() {
        server = TestServer.start();
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
    }

    @AfterAll
    static void stopServerAndBrowser() {
        browser.close();
        playwright.close();
        server.stop();
    }

    /** Runs after the subclass's own @AfterEach (which closes its pages). */
    @AfterEach
    void noConsoleErrors() {
        assertEquals(List.of(), problems);
    }

    /** A watched page at a viewport size, the init script (if any) installed, opened on the playground and ready. */
    Page openPlayground(String query, int width, int height, String initScript) {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(width, height));
        if (initScript != null) {
            page.addInitScript(initScript);
        }
        watch(page);
        page.navigate(base() + "/" + query);
        page.waitForSelector("body[data-ready=true]", new Page.WaitForSelectorOptions().setTimeout(30_000));
        return page;
    }

    /** Presses Train and waits for the evaluation after the last epoch. */
    static void trainToEnd(Page page) {
        page.click("#play");
        page.waitForSelector("body[data-trained=true]", new Page.WaitForSelectorOptions().setTimeout(60_000));
    }

    static String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Records the page's console errors and uncaught exceptions in {@link #problems}. */
    Page watch(Page page) {
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                problems.add("console: " + m.text());
            }
        });
        page.onPageError(e -> problems.add("page error: " + e));
        return page;
    }

    /** A blog on another origin (another port): one page with the given HTML after a heading. Stop it after use. */
    static HttpServer blog(String html) {
        try {
            HttpServer blog = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            blog.createContext("/", exchange -> {
                byte[] body = ("<!doctype html><title>My blog</title><h1>My post</h1>" + html).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            blog.start();
            return blog;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
