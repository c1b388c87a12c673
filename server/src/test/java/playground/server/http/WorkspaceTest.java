package playground.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The playground as a workspace: one screen at 1366 × 768, the picture first on a phone, and edits or links that
 * cannot leave the page in a state it cannot train.
 */
class WorkspaceTest extends BrowserTest {
    private static final String COUNT_HEATMAP_DRAWS = "window.__heatmapDraws = 0; (() => {"
            + " const draw = CanvasRenderingContext2D.prototype.drawImage;"
            + " CanvasRenderingContext2D.prototype.drawImage = function(...a) { if (this.canvas.id === 'heatmap') window.__heatmapDraws++;"
            + " return draw.apply(this, a); }; })();";
    private Page page;

    @AfterEach
    void closePage() {
        if (page != null) {
            page.close();
        }
    }

    private Page open(String query, int width, int height) {
        page = openPlayground(query, width, height, COUNT_HEATMAP_DRAWS);
        return page;
    }

    private void trainToEnd() {
        trainToEnd(page);
    }

    private BoundingBox box(String selector) {
        BoundingBox b = page.locator(selector).boundingBox();
        assertTrue(b != null, selector + " is shown");
        return b;
    }

    private void change(String selector, String value) {
        page.fill(selector, value);
        page.dispatchEvent(selector, "change");
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void atDesktopSizeTheRunBarTheDataTheNetworkAndTheOutputAreOnOneScreen(String runtime) {
        open("?runtime=" + runtime, 1366, 768);
        page.waitForSelector("#picture-figure:not([hidden])");
        page.waitForSelector("#data-plot:not([hidden])");
        for (String s : List.of("#play", "#step-batch", "#speed", "#dataset", "#data-plot", "#network", "#heatmap", "#loss-chart", "#tiles")) {
            BoundingBox b = box(s);
            assertTrue(b.y >= 0 && b.y + b.height <= 768 && b.x + b.width <= 1366, s + " within 1366 × 768: " + b.y + " + " + b.height);
        }
        assertEquals(0.0, ((Number) page.evaluate("window.scrollY")).doubleValue());
        assertTrue(page.url().contains("lr=0.03"), "the first screen's learning rate is written out: " + page.url());
        // Play animates: the heatmap is painted again and again while it trains, not only at the end — at a pace a
        // person watches (an epoch a frame), so that the count does not hang on how fast this machine trains
        page.selectOption("#speed", "16");
        page.evaluate("window.__heatmapDraws = 0");
        trainToEnd();
        int draws = ((Number) page.evaluate("window.__heatmapDraws")).intValue();
        assertTrue(draws >= 5, "the picture was redrawn " + draws + " times during 100 epochs");
        assertTrue(page.textContent("#train-loss").matches("[0-9.]+") && page.textContent("#test-loss").matches("[0-9.]+"),
                "the run bar shows the training and the test loss: " + page.textContent("#runbar"));
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Paths.get("target", "screenshots", "workspace-1366-" + runtime + ".png")));
    }

    @Test
    void onAPhoneTheRunBarSticksThePictureComesFirstAndNothingScrollsSideways() {
        open("?v=1&data=spiral&epochs=5", 375, 812);
        page.waitForSelector("#picture-figure:not([hidden])");
        BoundingBox bar = box("#runbar");
        BoundingBox picture = box("#heatmap");
        assertTrue(picture.y >= bar.y + bar.height && picture.y < 812, "the picture starts in the first screen: " + picture.y);
        assertTrue(((Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).doubleValue() <= 0);
        page.evaluate("window.scrollTo(0, 1500)");
        assertTrue(box("#play").y >= 0 && box("#play").y < 120, "the run bar stays reachable: " + box("#play").y);
        List<?> small = (List<?>) page.evaluate("[...document.querySelectorAll('#runbar button, #runbar select, .workspace button,"
                + " .workspace select, .workspace input, .tabs button')].filter(e => e.offsetParent !== null)"
                + ".map(e => [e.id || e.getAttribute('aria-label') || e.textContent, e.getBoundingClientRect()])"
                + ".filter(([, r]) => r.width < 24 || r.height < 24).map(([n]) => n)");
        assertEquals(List.of(), small, "tap targets under 24 px");
        page.evaluate("window.scrollTo(0, 0)");
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Paths.get("target", "screenshots", "workspace-375.png")));
        // below the workspace, collapsible sections rather than tabs: each opens and closes on its own
        assertTrue(page.isHidden("[role=tablist]"));
        assertEquals("false", page.getAttribute("#tab-training", "aria-expanded"));
        page.click("#tab-training");
        page.click("#tab-share");
        assertTrue(page.isVisible("#panel-training") && page.isVisible("#panel-share"), "two sections open at once");
        assertEquals("true", page.getAttribute("#tab-training", "aria-expanded"));
        page.click("#tab-training");
        assertTrue(page.isHidden("#panel-training"));
    }

    @Test
    void aBadLayerListIsRefusedBesideItsFieldAndTheModelStaysAsItWas() {
        open("?v=1&data=xor&layers=dense:6:tanh,dense:3:tanh&epochs=4", 1280, 900);
        String before = page.url();
        Browsers.tab(page, "model");
        change("#layers-text", "dense:abc:relu");
        page.waitForSelector(".field-error");
        assertTrue(page.textContent(".field-error").startsWith("your edit layers=dense:abc:relu: "), page.textContent(".field-error"));
        assertEquals("true", page.getAttribute("#layers-text", "aria-invalid"));
        assertEquals("dense:6:tanh,dense:3:tanh", page.inputValue("#layers-text"), "back to the valid value");
        assertEquals(2, page.locator("#layers li").count());
        assertEquals(before, page.url());
        trainToEnd();
        assertEquals(4, page.locator("#history tbody tr").count(), "it trains what it shows");
    }

    @Test
    void anOutOfRangeLearningRateKeepsTheLastValidOne() {
        open("?v=1&data=xor&lr=3&epochs=2", 1280, 900);
        Browsers.tab(page, "training");
        change("[data-key=lr]", "1e9");
        page.waitForSelector(".field-error");
        assertTrue(page.textContent(".field-error").contains("lr=1e9"), page.textContent(".field-error"));
        assertEquals("3", page.inputValue("[data-key=lr]"));
        assertTrue(page.url().contains("lr=3"), page.url());
        change("[data-key=lr]", "0.5");
        page.waitForURL(url -> url.contains("lr=0.5"));
        assertEquals(0, page.locator(".field-error").count(), "a good edit clears the message");
    }

    @Test
    void aLinkWithAColumnTheDataLacksStillGivesAWorkingPlaygroundAndSaysWhatItIgnored() {
        open("?v=1&data=iris&target=nosuchcol&epochs=3", 1280, 900);
        assertTrue(page.textContent("#notices").contains("ignored target=nosuchcol"), page.textContent("#notices"));
        assertEquals(2, page.locator("#layers li").count(), "the default layers, not empty fields");
        assertFalse(page.url().contains("nosuchcol"), page.url());
        trainToEnd();
        assertTrue(page.textContent("#tiles").contains("ACCURACY"));
    }

    @Test
    void anotherDatasetTakesItsOwnTargetTaskAndLossAndSaysSo() {
        open("?v=1&data=diabetes&loss=huber:2&yscale=standardize&epochs=2", 1280, 900);
        page.selectOption("#dataset", "iris");
        page.waitForURL(url -> url.contains("data=iris"));
        assertTrue(page.textContent("#notices").contains("To fit the new data, these went back to their defaults: loss and target scaling"),
                page.textContent("#notices"));
        assertFalse(page.url().contains("huber") || page.url().contains("yscale"), page.url());
        trainToEnd();
        assertTrue(page.textContent("#tiles").contains("ACCURACY"), "iris trains as a classification");
    }

    @Test
    void irisAfterTheInsurancePresetTrains() {
        open("?v=1&data=circle", 1280, 900);
        assumeTrue(!page.textContent("#dataset option[value=insurance]").contains("unavailable"), "no insurance data here");
        page.click("[data-preset-name=insurance-blog]");
        page.waitForURL(url -> url.contains("data=insurance"));
        page.selectOption("#dataset", "iris");
        page.waitForURL(url -> url.contains("data=iris"));
        Browsers.tab(page, "training");
        change("[data-key=epochs]", "2");
        page.waitForURL(url -> url.contains("epochs=2"));
        trainToEnd();
        assertTrue(page.textContent("#tiles").contains("ACCURACY"));
    }

    @Test
    void theNetworksPlusAndMinusChangeNeuronsAndLayersAndStepBatchSaysWhichBatch() {
        open("?v=1&data=circle&layers=dense:4:tanh,dense:2:tanh&n=200&batch=32&epochs=3", 1280, 900);
        page.click("[aria-label='Add a neuron to hidden layer 1']");
        page.waitForURL(url -> url.contains("layers=dense:5:tanh,dense:2:tanh"));
        page.click("[aria-label='Remove a neuron from hidden layer 2']");
        page.waitForURL(url -> url.contains("layers=dense:5:tanh,dense:1:tanh"));
        page.click("#add-layer");
        page.waitForURL(url -> url.contains("layers=dense:5:tanh,dense:1:tanh,dense:1:tanh"));
        assertEquals("3 hidden layers", page.textContent("#layer-count"));
        page.click("#remove-layer");
        page.waitForURL(url -> url.contains("layers=dense:5:tanh,dense:1:tanh") && !url.contains("dense:1:tanh,dense:1:tanh"));
        page.click("#step-batch");
        Browsers.waitUntil(page, "document.querySelector('#batch-text').textContent === 'batch 1 / 5'");
        assertEquals("0", page.textContent("#epoch"));
    }

    @Test
    void everyDecayScheduleCanBeChosenWithItsRequiredParametersWrittenOut() {
        open("?v=1&data=xor&epochs=2", 1280, 900);
        Browsers.tab(page, "training");
        page.selectOption("[data-compound=decay] [data-part=id]", "step");
        page.waitForURL(url -> url.contains("decay=step:0.5:500"));
        assertEquals(0, page.locator(".field-error").count());
        page.fill("[data-compound=decay] [data-param=factor]", "0.3");
        page.dispatchEvent("[data-compound=decay] [data-param=factor]", "change");
        page.waitForURL(url -> url.contains("decay=step:0.3:500"));
        page.selectOption("[data-compound=decay] [data-part=id]", "time");
        page.waitForURL(url -> url.contains("decay=time:0.001"));
        trainToEnd();
    }

    @Test
    void aRefusedTargetPutsTheSelectBackAndTrainsWhatItShows() {
        open("?v=1&data=diabetes&epochs=2", 1280, 900);
        String target = page.inputValue("#target");
        page.evaluate("(() => { const s = document.querySelector('#target'); const o = document.createElement('option');"
                + " o.value = 'nosuch'; o.textContent = 'nosuch'; s.append(o); s.value = 'nosuch';"
                + " s.dispatchEvent(new Event('change')); })()");
        page.waitForSelector(".field-error");
        assertEquals(target, page.inputValue("#target"), "back to the target that trains");
        trainToEnd();
        assertTrue(page.textContent("#tiles").contains("RMSE"));
    }

    @Test
    void aLinkToADatasetThisSiteLacksOpensThePlaygroundsOwnAndSaysSo() {
        open("?v=1&data=nosuch&lr=0.1&epochs=2", 1280, 900);
        assertTrue(page.textContent("#notices").contains("ignored data=nosuch"), page.textContent("#notices"));
        assertTrue(page.url().contains("lr=0.1") && !page.url().contains("nosuch"), page.url());
        trainToEnd();
    }

    @Test
    void callbackLabelsOnTheLossChartNeverPrintOverEachOther() {
        // every label the chart writes, with where: recorded from outside the page
        String labels = "window.__labels = []; (() => { const fill = CanvasRenderingContext2D.prototype.fillText;"
                + " CanvasRenderingContext2D.prototype.fillText = function(t, x, y) {"
                + " if (['stop', 'best', 'LR\\u2193', 'NaN'].includes(t)) window.__labels.push([t, x, y, this.measureText(t).width]);"
                + " return fill.apply(this, arguments); }; })();";
        page = openPlayground("?v=1&data=xor&epochs=300&lr=0.3&es=val_loss:2:0:restore&rlr=val_loss:0.5:1:0.00001", 1366, 768, labels);
        trainToEnd();
        assertTrue(page.textContent("#events").contains("early stop"), page.textContent("#events"));
        page.evaluate("window.__labels = []");
        page.setViewportSize(1300, 768); // one more drawing of the finished chart
        Browsers.waitUntil(page, "window.__labels.length >= 2");
        List<?> drawn = (List<?>) page.evaluate("window.__labels");
        for (int i = 0; i < drawn.size(); i++) {
            for (int j = i + 1; j < drawn.size(); j++) {
                List<?> a = (List<?>) drawn.get(i);
                List<?> b = (List<?>) drawn.get(j);
                double ax = ((Number) a.get(1)).doubleValue();
                double ay = ((Number) a.get(2)).doubleValue();
                double aw = ((Number) a.get(3)).doubleValue();
                double bx = ((Number) b.get(1)).doubleValue();
                double by = ((Number) b.get(2)).doubleValue();
                double bw = ((Number) b.get(3)).doubleValue();
                boolean apart = ax + aw <= bx || bx + bw <= ax || Math.abs(ay - by) >= 12;
                assertTrue(apart, "labels " + a + " and " + b + " overlap");
            }
        }
    }

    @Test
    void focusStaysOnALayerControlWhenTheLayerListIsRebuilt() {
        open("?v=1&data=xor&layers=dense:6:tanh,dense:3:tanh&epochs=2", 1280, 900);
        Browsers.tab(page, "model");
        page.focus("[aria-label='Layer 2 activation']");
        page.selectOption("[aria-label='Layer 2 activation']", "relu");
        page.waitForURL(url -> url.contains("dense:3:relu"));
        assertEquals("Layer 2 activation", page.evaluate("document.activeElement.getAttribute('aria-label')"));
        page.focus("[aria-label='Remove layer 2']");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("layers=dense:6:tanh") && !url.contains("relu"));
        assertEquals("Remove layer 1", page.evaluate("document.activeElement.getAttribute('aria-label')"),
                "the removed row's neighbour takes focus, not the page");
    }

    private String focusedLabel() {
        return (String) page.evaluate("document.activeElement.getAttribute('aria-label')");
    }

    @Test
    void theNetworksNeuronsAndLinksAreReachedWithTheArrowKeysAndSayWhatTheyAre() {
        open("?v=1&data=circle&layers=dense:4:tanh,dense:2:relu&epochs=2", 1280, 900);
        page.waitForSelector("#network-overlay .neuron[tabindex='0']");
        page.focus("#network-overlay .neuron[tabindex='0']");
        assertEquals("input feature X₁", focusedLabel());
        page.keyboard().press("ArrowRight");
        assertTrue(focusedLabel().matches("(weight −?\\d\\.\\d+(e[-+]\\d+)? |link )from X₁ to hidden layer 1 neuron 1"), focusedLabel());
        page.keyboard().press("ArrowDown");
        page.keyboard().press("ArrowDown");
        assertTrue(focusedLabel().endsWith("from X₁ to hidden layer 1 neuron 3"), "Down follows X₁'s links: " + focusedLabel());
        page.keyboard().press("ArrowRight");
        assertEquals("hidden layer 1 (tanh), neuron 3", focusedLabel(), "Right goes to the link's far end");
        page.keyboard().press("ArrowRight");
        for (int i = 0; i < 3; i++) {
            page.keyboard().press("ArrowDown");
        }
        assertTrue(focusedLabel().endsWith("from hidden layer 1 neuron 3 to hidden layer 2 neuron 2"), focusedLabel());
        page.keyboard().press("ArrowRight");
        assertEquals("hidden layer 2 (relu), neuron 2", focusedLabel(), "a shorter column: its last neuron");
        page.keyboard().press("ArrowLeft");
        page.keyboard().press("ArrowDown");
        assertTrue(focusedLabel().endsWith("from hidden layer 1 neuron 2 to hidden layer 2 neuron 2"),
                "entered from the right, Down walks the links into that neuron: " + focusedLabel());
        page.keyboard().press("ArrowLeft");
        assertEquals("hidden layer 1 (tanh), neuron 2", focusedLabel());
        for (int i = 0; i < 5; i++) { // link, neuron, link, output, and no further
            page.keyboard().press("ArrowRight");
        }
        assertTrue(focusedLabel().startsWith("output 1"), focusedLabel());
        page.keyboard().press("ArrowDown");
        assertTrue(focusedLabel().startsWith("output 2"), focusedLabel());
        assertEquals(1, ((Number) page.evaluate("document.querySelectorAll('#network-overlay [tabindex=\"0\"]').length")).intValue(),
                "one place in the tab order");
    }

    @Test
    void aFocusedLinkSaysItsWeightAndKeepsFocusAsTrainingChangesIt() {
        open("?v=1&data=xor&layers=dense:3:tanh&epochs=400&seed=3", 1280, 900);
        page.waitForSelector("#network-overlay .neuron[tabindex='0']");
        page.focus("#network-overlay .neuron[tabindex='0']");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("ArrowRight");
        Browsers.waitUntil(page, "(document.activeElement.getAttribute('aria-label') || '').startsWith('weight ')");
        String before = focusedLabel();
        assertTrue(before.matches("weight −?[0-9.e+-]+ from X₂ to hidden layer 1 neuron 1"), before);
        page.evaluate("document.querySelector('#play').click()"); // a click that leaves focus where it is
        page.waitForSelector("body[data-trained=true]", new Page.WaitForSelectorOptions().setTimeout(60_000));
        String after = focusedLabel();
        assertNotEquals(before, after, "400 epochs move the weight, and the label says so");
        assertTrue(after.endsWith("from X₂ to hidden layer 1 neuron 1"), after);
        assertEquals("link", page.evaluate("document.activeElement.getAttribute('class')"), "focus stayed on the link");
        assertEquals(1, ((Number) page.evaluate("document.querySelectorAll('#network-overlay .link[role]').length")).intValue(),
                "only the link in the tab order is in the accessibility tree: a 3-layer net has hundreds");
    }

    /** Presses Tab until {@code selector} has focus (it must be reachable by keyboard), at most 120 times. */
    private void tabTo(String selector) {
        for (int i = 0; i < 120; i++) {
            if ((Boolean) page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector)) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError(selector + " is not reached with Tab");
    }

    @Test
    void aKeyboardAloneBuildsANetworkTrainsPausesStepsOpensEveryTabAndSaves() {
        open("?v=1&data=xor&layers=dense:4:tanh&epochs=5000", 1280, 900);
        tabTo("#add-layer");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("layers=dense:4:tanh,dense:4:tanh"));
        assertEquals("add-layer", page.evaluate("document.activeElement.id"), "focus stays on + layer");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("layers=dense:4:tanh,dense:4:tanh,dense:4:tanh"));
        tabTo("#play");
        page.keyboard().press("Enter");
        Browsers.waitUntil(page, "document.querySelector('#play').textContent === 'Pause'");
        page.keyboard().press("Enter");
        Browsers.waitUntil(page, "document.querySelector('#play').textContent === 'Resume'");
        int epoch = Integer.parseInt(page.textContent("#epoch"));
        tabTo("#step-epoch");
        page.keyboard().press("Enter");
        Browsers.waitUntil(page, "Number(document.querySelector('#epoch').textContent) === " + (epoch + 1));
        tabTo("#tab-data");
        for (String tab : List.of("model", "training", "results", "tune", "share")) {
            page.keyboard().press("ArrowRight");
            page.waitForSelector("#panel-" + tab + ":not([hidden])");
        }
        tabTo("#save");
        page.keyboard().press("Enter");
        page.waitForSelector("#short-link", new Page.WaitForSelectorOptions().setTimeout(30_000));
        assertTrue(page.getAttribute("#short-link", "href").contains("/x/"));
    }

    @Test
    void theStatusSpeaksWhenSomethingHappensNotEveryEpoch() {
        open("?v=1&data=xor&epochs=30", 1280, 900);
        page.evaluate("window.__spoken = []; new MutationObserver(() => window.__spoken.push(document.querySelector('#status').textContent))"
                + ".observe(document.querySelector('#status'), { childList: true, characterData: true, subtree: true })");
        trainToEnd();
        List<?> spoken = (List<?>) page.evaluate("window.__spoken");
        assertTrue(spoken.size() <= 4, "announcements during 30 epochs: " + spoken);
    }

    @Test
    void afterAnUploadTheLinkWarnsThatTheFileIsNotInIt() {
        open("?v=1&data=circle", 1280, 900);
        StringBuilder csv = new StringBuilder("x,y\n");
        for (int i = 0; i < 30; i++) {
            csv.append(i).append(',').append(3 * i + 1).append('\n');
        }
        page.setInputFiles("#csv-file", new FilePayload("mine.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)));
        page.waitForURL(url -> url.contains("data=upload"));
        Browsers.tab(page, "share");
        assertTrue(page.isVisible("#share-warning"));
        assertTrue(page.textContent("#share-warning").contains("not in this link"));
    }
}
