package playground.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import playground.engine.workload.DeterminismProbe;
import playground.engine.workload.GoldenRecord;
import playground.engine.workload.NumberProbe;
import playground.server.data.DatasetCatalog;

/**
 * End to end in headless Chromium: the JavaScript and the WebAssembly GC build of the engine, each in its own
 * worker, reproduce the JVM bit for bit — the probe runs, every golden run committed under
 * {@code engine/src/test/resources/golden}, and the number formatter's text, which must also read as JavaScript
 * itself writes numbers.
 */
class RuntimeParityTest extends BrowserTest {
    private static final Path GOLDEN = Path.of("..", "engine", "src", "test", "resources", "golden");

    @Test
    void javascriptAndWebAssemblyTrainBitIdenticallyToTheJvmAndWriteTheSameNumbers() {
        String jvm = DeterminismProbe.fingerprint(20);
        String numbers = NumberProbe.report(1000);
        for (int width : new int[] {1280, 375}) {
            Page page = watch(browser.newPage(new Browser.NewPageOptions().setViewportSize(width, 800)));
            page.navigate(base() + "/check.html");
            page.waitForSelector("body[data-done=true]", new Page.WaitForSelectorOptions().setTimeout(60_000));
            assertEquals(jvm, page.getAttribute("body", "data-js"), "JavaScript build");
            assertEquals(jvm, page.getAttribute("body", "data-wasm"), "WebAssembly GC build");
            assertTrue(page.textContent("#verdict").startsWith("Bit-identical"), page.textContent("#verdict"));
            for (String runtime : new String[] {"js", "wasm"}) {
                String written = page.getAttribute("body", "data-" + runtime + "-numbers");
                assertEquals("", firstDifference(numbers, written), runtime + " numbers, JVM line first");
                assertEquals("", page.getAttribute("body", "data-" + runtime + "-number-problems"), runtime);
            }
            double overflow = ((Number) page.evaluate("document.documentElement.scrollWidth - innerWidth")).doubleValue();
            assertTrue(overflow <= 0, "the page is " + overflow + " px wider than the " + width + " px window");
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Paths.get("target", "screenshots", "engine-check-" + width + ".png")));
            page.close();
        }
    }

    @Test
    void everyGoldenRunReplaysBitForBitInJavaScriptAndWebAssembly() throws IOException {
        List<Path> files = new ArrayList<>();
        try (var list = Files.list(GOLDEN)) {
            list.filter(p -> p.toString().endsWith(".golden")).sorted().forEach(files::add);
        }
        assertTrue(files.size() >= 10, "golden files in " + GOLDEN.toAbsolutePath());
        Path dataDir = DatasetCatalog.dataDir(null);
        boolean insurance = dataDir != null && Files.exists(dataDir.resolve("insurance.csv"));
        Page page = watch(browser.newPage());
        page.navigate(base() + "/check.html");
        page.waitForSelector("body[data-done=true]", new Page.WaitForSelectorOptions().setTimeout(60_000));
        int replayed = 0;
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            String query = GoldenRecord.specOf(text);
            boolean needsInsurance = query.contains("data=insurance");
            if (needsInsurance && !insurance) {
                continue;
            }
            for (String runtime : new String[] {"js", "wasm"}) {
                Object record = page.evaluate("([r, q, u]) => goldenRecord(r, q, u)",
                        List.of(runtime, query, needsInsurance ? "/api/datasets/insurance/csv" : ""));
                assertEquals(GoldenRecord.recordOf(text), record, f.getFileName() + " in " + runtime);
            }
            replayed++;
        }
        page.close();
        assumeTrue(insurance, "insurance.csv not available: only the " + replayed + " 2-D golden runs were replayed");
    }

    /** The first line where two texts differ, the expected one first, or "" when they are equal. */
    private static String firstDifference(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "(nothing)";
            String y = i < b.length ? b[i] : "(nothing)";
            if (!x.equals(y)) {
                return "line " + (i + 1) + ": " + x + " | " + y;
            }
        }
        return "";
    }
}
