package playground.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import playground.engine.workload.DeterminismProbe;

/**
 * End to end in headless Chromium: the page trains the same seeded network in a JavaScript worker and in a
 * WebAssembly GC worker, and both must reproduce the JVM's losses and weights bit for bit.
 */
class RuntimeParityTest {
    private static PlaygroundServer server;
    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        server.stop();
    }

    @Test
    void javascriptAndWebAssemblyTrainBitIdenticallyToTheJvm() {
        String jvm = DeterminismProbe.fingerprint(20);
        for (int width : new int[] {1280, 375}) {
            Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(width, 800));
            List<String> problems = new ArrayList<>();
            page.onConsoleMessage(m -> {
                if (m.type().equals("error") || m.type().equals("warning")) {
                    problems.add(m.type() + ": " + m.text());
                }
            });
            page.onPageError(e -> problems.add("page error: " + e));
            page.navigate("http://127.0.0.1:" + server.port() + "/check.html");
            page.waitForSelector("body[data-done=true]", new Page.WaitForSelectorOptions().setTimeout(60_000));
            assertEquals(jvm, page.getAttribute("body", "data-js"), "JavaScript build");
            assertEquals(jvm, page.getAttribute("body", "data-wasm"), "WebAssembly GC build");
            assertTrue(page.textContent("#verdict").startsWith("Bit-identical"), page.textContent("#verdict"));
            assertEquals(List.of(), problems);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Paths.get("target", "screenshots", "engine-check-" + width + ".png")));
            page.close();
        }
    }
}
