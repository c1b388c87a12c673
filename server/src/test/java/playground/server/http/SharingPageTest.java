package playground.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.sun.net.httpserver.HttpServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Save, open the short link elsewhere, re-run, embed from another origin: in headless Chromium. */
class SharingPageTest extends BrowserTest {
    private static final String XSS_TITLE = "<img src=x onerror=\"window.__xss=1\"> \"onerror=window.__xss=2 <script>window.__xss=3</script>";
    private final List<BrowserContext> contexts = new ArrayList<>();

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
    }

    /** A page in a fresh context: no cookies, no storage (as someone the link was sent to). */
    private Page fresh(int width) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900));
        contexts.add(context);
        Page page = watch(context.newPage());
        page.onDialog(d -> {
            if (d.type().equals("confirm") && d.message().startsWith("Delete this saved experiment")) {
                d.accept(); // the owner confirms
            } else {
                problems.add("dialog: " + d.message()); // an injected alert() would land here
                d.dismiss();
            }
        });
        return page;
    }

    private static void waitFor(Page page, String selector) {
        page.waitForSelector(selector, new Page.WaitForSelectorOptions().setTimeout(60_000));
    }

    /** Trains a spec in the page, saves it under the hostile title and returns the short link. */
    private String trainAndSave(Page page, String query, boolean withDataset) {
        page.waitForSelector("body[data-ready=true]", new Page.WaitForSelectorOptions().setTimeout(30_000));
        page.click("#play");
        waitFor(page, "body[data-trained=true]");
        Browsers.tab(page, "share");
        page.fill("#save-title", XSS_TITLE);
        page.check("#save-model");
        if (withDataset) {
            page.check("#save-dataset");
        }
        page.click("#save");
        waitFor(page, "#short-link");
        return page.getAttribute("#short-link", "href");
    }

    @Test
    void aSavedExperimentOpensElsewhereWithItsChartsAndReRunsToTheSameNumbers() {
        Page author = fresh(1280);
        author.navigate(base() + "/?v=1&data=xor&layers=dense:6:tanh&epochs=12&val=0.2");
        String link = trainAndSave(author, "", false);
        assertTrue(link.matches(base() + "/x/[A-Za-z0-9]{10}"), link);
        assertTrue(author.inputValue("#embed-code").contains("/embed/" + link.substring(link.lastIndexOf('/') + 1)));

        Page reader = fresh(1280);
        reader.navigate(link);
        waitFor(reader, "body[data-ready=true]");
        assertEquals(link, reader.url(), "the short link stays in the address bar");
        assertEquals(XSS_TITLE, reader.textContent("#saved-name"), "the title is shown as text");
        assertEquals("12", reader.textContent("#epoch"));
        assertEquals(12, reader.locator("#history tbody tr").count(), "the recorded log");
        assertTrue(reader.textContent("#tiles").contains("ACCURACY"), reader.textContent("#tiles"));
        Browsers.tab(reader, "results");
        assertTrue(reader.isVisible("#confusion-figure"));
        assertEquals("xor", reader.inputValue("#dataset"));
        assertTrue(reader.isHidden("#delete-saved"), "only the owner sees Delete");
        reader.click("#rerun");
        waitFor(reader, "body[data-rerun]");
        assertEquals("identical", reader.getAttribute("body", "data-rerun"), reader.textContent("#rerun-compare"));
        assertTrue(reader.textContent("#rerun-compare").contains("final loss"));
        assertEquals(null, reader.evaluate("window.__xss"));
        reader.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Paths.get("target", "screenshots", "saved-experiment.png")));

        // Train (rather than Re-run) on the short link also starts a fresh run: epochs 1…12, not appended to the recording
        Page trainer = fresh(1280);
        trainer.navigate(link);
        waitFor(trainer, "body[data-ready=true]");
        trainer.click("#play");
        waitFor(trainer, "body[data-rerun]");
        assertEquals(java.util.stream.IntStream.rangeClosed(1, 12).boxed().map(i -> (Object) Integer.toString(i)).toList(),
                trainer.evaluate("[...document.querySelectorAll('#history tbody tr')].map(tr => tr.children[0].textContent)"));
        assertEquals("identical", trainer.getAttribute("body", "data-rerun"));
        assertEquals(link, trainer.url());

        // the owner (same browser storage) can delete it; the link then answers 404
        author.navigate(link);
        waitFor(author, "body[data-ready=true]");
        assertTrue(author.isVisible("#delete-saved"));
        author.click("#delete-saved");
        author.waitForURL(base() + "/?**");
        assertEquals(404, new Client(server.port()).get(link.substring(base().length())).statusCode());
    }

    @Test
    void anUploadedCsvWithHostileColumnNamesIsSavedWithItAndRendersAsText() {
        Page author = fresh(1280);
        author.navigate(base() + "/");
        waitFor(author, "body[data-ready=true]");
        String csv = "\"<img src=x onerror=window.__xss=4>\",\"\"\"onerror=x\",y\n"
                + "1,2,3\n2,3,5\n3,1,4\n4,4,8\n5,2,7\n6,3,9\n7,1,8\n8,4,12\n9,2,11\n10,3,13\n";
        author.setInputFiles("#csv-file", new FilePayload("mine.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        Browsers.waitUntil(author, "document.querySelector('#dataset-note').textContent.startsWith('mine.csv')");
        Browsers.tab(author, "training");
        author.fill("[data-key=epochs]", "3");
        author.press("[data-key=epochs]", "Enter");
        Browsers.waitUntil(author, "document.querySelector('#epochs').textContent === '3'");
        String link = trainAndSave(author, "", true);

        Page reader = fresh(1280);
        reader.navigate(link);
        waitFor(reader, "body[data-ready=true]");
        assertTrue(reader.textContent("#profile").contains("<img src=x onerror=window.__xss=4>"), reader.textContent("#profile"));
        assertTrue(reader.textContent("#profile").contains("\"onerror=x"));
        assertTrue(reader.textContent("#dataset-note").startsWith("mine.csv (saved with the experiment)"));
        assertEquals(0L, ((Number) reader.evaluate("document.querySelectorAll('#profile img').length")).longValue());
        assertEquals(null, reader.evaluate("window.__xss"));
    }

    @Test
    void aSavedRemixWithAWeightSetByHandRunsInItsEmbedToTheRecordedNumbers() {
        Page author = fresh(1280);
        author.navigate(base() + "/?v=1&data=circle&layers=dense:4:tanh&epochs=6&seed=7");
        author.waitForSelector("body[data-ready=true]", new Page.WaitForSelectorOptions().setTimeout(30_000));
        author.click("#play");
        waitFor(author, "body[data-trained=true]");
        author.click("#remix");
        Browsers.waitUntil(author, "document.querySelector('#status').textContent.startsWith('Remixed')");
        author.focus("#network-overlay .neuron[tabindex='0']");
        author.keyboard().press("ArrowRight");
        author.keyboard().press("Enter");
        author.waitForSelector("#weight-editor:not([hidden])");
        author.keyboard().type("2.5");
        author.keyboard().press("Enter");
        Browsers.waitUntil(author, "document.querySelector('#status').textContent.startsWith('Weight set to 2.5')");
        String link = trainAndSave(author, "", false);
        author.navigate(link.replace("/x/", "/embed/"));
        author.waitForSelector("body[data-ready=true]", new Page.WaitForSelectorOptions().setTimeout(30_000));
        author.click("#run");
        waitFor(author, "body[data-trained=true]");
        assertTrue(author.textContent("#status").contains("Same numbers as the recorded run"), author.textContent("#status"));
    }

    @Test
    void anEmbedRendersInAnIframeOnAnotherOriginAndRuns() throws Exception {
        Page author = fresh(1280);
        author.navigate(base() + "/?v=1&data=circle&layers=dense:6:tanh&epochs=6");
        String link = trainAndSave(author, "", false);
        String id = link.substring(link.lastIndexOf('/') + 1);
        // the blog: another origin (another port), a page with the snippet the Share section offers
        author.selectOption("#embed-size", "480x360");
        String snippet = author.inputValue("#embed-code");
        assertTrue(snippet.startsWith("<iframe src=\"" + base() + "/embed/" + id + "\" width=\"480\" height=\"360\""), snippet);
        HttpServer blog = blog(snippet);
        try {
            Page reader = fresh(800);
            reader.navigate("http://localhost:" + blog.getAddress().getPort() + "/");
            FrameLocator frame = reader.frameLocator("iframe");
            frame.locator("body[data-ready=true]").waitFor();
            assertEquals(XSS_TITLE, frame.locator("#embed-title").textContent());
            assertTrue(frame.locator("#tiles").textContent().contains("ACCURACY"));
            assertTrue(frame.locator("#loss-chart canvas").count() > 0, "the recorded chart is drawn");
            frame.locator("#run").click();
            frame.locator("body[data-trained=true]").waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(60_000));
            assertTrue(frame.locator("#status").textContent().contains("Same numbers as the recorded run"), frame.locator("#status").textContent());
            assertEquals("/x/" + id, frame.locator("#open-full").getAttribute("href"));
            reader.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "embed-on-blog.png")));
        } finally {
            blog.stop(0);
        }
    }

    @Test
    void theShareSectionOffersTheLinkAndAnEmbedPreviewAtPhoneWidth() {
        Page page = fresh(375);
        page.navigate(base() + "/?v=1&data=spiral&epochs=5");
        waitFor(page, "body[data-ready=true]");
        Browsers.tab(page, "share");
        assertEquals(base() + "/?v=1&data=spiral&epochs=5", page.inputValue("#share-url"));
        assertTrue(page.inputValue("#embed-code").contains(base() + "/embed?v=1&amp;data=spiral&amp;epochs=5"), page.inputValue("#embed-code"));
        page.click("#preview-embed");
        FrameLocator frame = page.frameLocator("#embed-preview-box iframe");
        frame.locator("body[data-ready=true]").waitFor();
        assertTrue(frame.locator("#embed-spec").textContent().contains("data spiral"));
        frame.locator("#run").click();
        frame.locator("body[data-trained=true]").waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(60_000));
        page.locator("#panel-share").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(Paths.get("target", "screenshots", "share-phone.png")));
        assertFalse(page.isVisible("#saved"));
    }
}
