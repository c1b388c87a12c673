package playground.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** TensorFlow Playground's input features and a weight regularizer, on the workspace. */
class PlaygroundFeaturesTest extends BrowserTest {
    private Page page;

    @AfterEach
    void closePage() {
        if (page != null) {
            page.close();
        }
    }

    /** A click on a feature's square, as the page receives it (the squares lie over the canvas, drawn there). */
    private void clickFeature(String id) {
        page.locator("#network-overlay .feature[data-feature=" + id + "]").dispatchEvent("click");
    }

    private int checkedFeatures() {
        return ((Number) page.evaluate("document.querySelectorAll('#network-overlay .feature[aria-checked=true]').length")).intValue();
    }

    @Test
    void aFeatureToggledOnTheDiagramChangesTheInputsTheSummaryAndTheDrawing() {
        page = openPlayground("?v=1&data=circle&layers=dense:4:tanh,dense:2:tanh&epochs=2", 1280, 900, null);
        page.waitForSelector("#network-overlay .feature");
        assertEquals(7, page.locator("#network-overlay .feature").count(), "X₁, X₂, X₁², X₂², X₁X₂, sin X₁, sin X₂");
        assertEquals(2, checkedFeatures());
        assertTrue(page.textContent("#param-count").startsWith("28 parameters"), page.textContent("#param-count"));
        clickFeature("x1sq");
        page.waitForURL(url -> url.contains("features=x1,x2,x1sq"));
        Browsers.waitUntil(page, "document.querySelector('#param-count').textContent.startsWith('32 parameters')");
        assertEquals(3, checkedFeatures());
        // by keyboard: to X₂² (one down) and Space turns it on; focus stays on it as the diagram is redrawn
        page.focus("#network-overlay .feature[data-feature=x1sq]");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Space");
        page.waitForURL(url -> url.contains("features=x1,x2,x1sq,x2sq"));
        Browsers.waitUntil(page, "document.activeElement.getAttribute('data-feature') === 'x2sq'"
                + " && document.activeElement.getAttribute('aria-checked') === 'true'");
        String[][] offs = {{"x1", "features=x2,x1sq,x2sq"}, {"x2", "features=x1sq,x2sq"}, {"x1sq", "features=x2sq"}};
        for (int i = 0; i < offs.length; i++) { // off again, one by one, as clicks on the squares
            String[] off = offs[i];
            clickFeature(off[0]);
            page.waitForURL(url -> url.contains(off[1] + "&") || url.endsWith(off[1]));
            Browsers.waitUntil(page, "document.querySelectorAll('#network-overlay .feature[aria-checked=true]').length === " + (3 - i));
        }
        clickFeature("x2sq"); // the last one stays
        Browsers.waitUntil(page, "document.querySelector('#status').textContent.includes('At least one input feature')");
        assertEquals(1, checkedFeatures());
        assertTrue(page.url().contains("features=x2sq"), page.url());
    }

    @Test
    void aRegularizerIsChosenAndThePenaltyIsShownBesideTheLoss() {
        page = openPlayground("?v=1&data=xor&epochs=5", 1280, 900, null);
        Browsers.tab(page, "training");
        page.selectOption("[data-compound=reg] [data-part=id]", "l2");
        page.waitForURL(url -> url.contains("reg=l2"));
        page.focus("#reg-rate");
        page.keyboard().press("ArrowRight"); // 0.01 → 0.03, TensorFlow Playground's next stop
        page.waitForURL(url -> url.contains("reg=l2:0.03"));
        assertEquals("l2", page.inputValue("[data-compound=reg] [data-part=id]"));
        trainToEnd(page);
        assertTrue(page.textContent("#penalty").startsWith("of which penalty 0."), page.textContent("#penalty"));
    }

    @Test
    void featuresInALinkToATableAreIgnoredWithAReason() {
        page = openPlayground("?v=1&data=iris&features=x1sq", 1280, 900, null);
        Browsers.waitUntil(page, "document.querySelector('#notices').textContent.includes('features=x1sq')");
        assertTrue(page.textContent("#notices").contains("not a 2-D set"), page.textContent("#notices"));
        assertEquals(0, page.locator("#network-overlay .feature").count());
    }

    /** A cheap fingerprint of a canvas's pixels. */
    private String pixels(String canvas) {
        return (String) page.evaluate("id => { const c = document.querySelector(id); const d = c.getContext('2d')"
                + ".getImageData(0, 0, c.width, c.height).data; let h = 0; for (let i = 0; i < d.length; i++) h = (h * 31 + d[i]) | 0;"
                + " return String(h); }", canvas);
    }

    @Test
    void showTestDataDiscretizeRegenerateAndTheProblemTypeEachChangeWhatIsShown() {
        page = openPlayground("?v=1&data=circle&epochs=20&seed=2", 1280, 900, null);
        trainToEnd(page);
        page.waitForSelector("#picture-figure:not([hidden])");
        String shown = pixels("#heatmap");
        page.uncheck("#picture-test");
        String noTest = pixels("#heatmap");
        assertTrue(!noTest.equals(shown), "hiding the test points changes the picture");
        page.check("#picture-discretize");
        String discrete = pixels("#heatmap");
        assertTrue(!discrete.equals(noTest), "thresholding the output changes the picture");
        page.check("#picture-test");
        page.uncheck("#picture-discretize");
        assertEquals(shown, pixels("#heatmap"), "both back: the picture as it was");
        String seed = (String) page.evaluate("new URLSearchParams(location.search).get('data_seed')");
        String data = pixels("#data-plot");
        page.click("#regenerate");
        page.waitForURL(url -> url.contains("data_seed=") && !url.contains("data_seed=" + seed + "&") && !url.endsWith("data_seed=" + seed));
        Browsers.waitUntil(page, "document.body.dataset.ready === 'true'");
        page.click("#play");
        page.waitForSelector("body[data-trained=true]", new Page.WaitForSelectorOptions().setTimeout(60_000));
        assertTrue(!data.equals(pixels("#data-plot")), "new points");
        page.selectOption("#problem", "regression");
        page.waitForURL(url -> url.contains("data=plane"));
        assertEquals("regression", page.inputValue("#problem"));
        Browsers.waitUntil(page, "document.querySelector('#picture-discretize').disabled"); // a regression has no classes
    }

    @Test
    void pointingAtOrFocusingANeuronShowsItLargeAClickKeepsItAndALinkSaysItsWeight() {
        page = openPlayground("?v=1&data=xor&layers=dense:3:tanh&epochs=30&seed=2", 1280, 900, null);
        trainToEnd(page);
        page.waitForSelector("#picture-figure:not([hidden])");
        String output = pixels("#heatmap");
        String neuron = "#network-overlay .neuron[data-layer='1'][data-unit='1']";
        page.hover(neuron);
        Browsers.waitUntil(page, "document.querySelector('#heatmap-neuron').textContent.startsWith('hidden layer 1 (tanh), neuron 2')");
        String second = pixels("#heatmap");
        assertTrue(!second.equals(output), "the neuron's own output is drawn");
        page.mouse().move(5, 5);
        Browsers.waitUntil(page, "document.querySelector('#heatmap-neuron').textContent === ''");
        assertEquals(output, pixels("#heatmap"), "pointing away: the network's output again");
        page.click(neuron);
        page.mouse().move(5, 5);
        Browsers.waitUntil(page, "document.querySelector('#heatmap-neuron').textContent.includes('click it again')");
        assertEquals(second, pixels("#heatmap"), "clicked: it stays");
        page.click(neuron);
        page.mouse().move(5, 5);
        Browsers.waitUntil(page, "document.querySelector('#heatmap-neuron').textContent === ''");
        page.focus("#network-overlay .neuron[data-layer='2'][data-unit='0']");
        Browsers.waitUntil(page, "document.querySelector('#heatmap-neuron').textContent.startsWith('output 1')");
        page.hover("#network-overlay .link[data-layer='1'][data-index='0']");
        page.waitForSelector("#network-tip:not([hidden])");
        assertTrue(page.textContent("#network-tip").matches("weight −?[0-9.e+-]+ from X₁ to hidden layer 1 neuron 1"),
                page.textContent("#network-tip"));
    }

    @Test
    void twoPinsPutThreeCurvePairsOnTheChartEachSaysWhatDiffersAndRestoresItsSettings() {
        page = openPlayground("?v=1&data=xor&epochs=8&lr=0.03&batch=10", 1280, 900, null);
        trainToEnd(page);
        page.click("#pin-run");
        page.waitForSelector("#pins li[data-pin='1']");
        Browsers.tab(page, "training");
        page.fill("[data-key=lr]", "0.1");
        page.dispatchEvent("[data-key=lr]", "change");
        page.waitForURL(url -> url.contains("lr=0.1"));
        trainToEnd(page);
        page.click("#pin-run");
        page.waitForSelector("#pins li[data-pin='2']");
        page.fill("[data-key=batch]", "30");
        page.dispatchEvent("[data-key=batch]", "change");
        page.waitForURL(url -> url.contains("batch=30"));
        trainToEnd(page);
        @SuppressWarnings("unchecked")
        java.util.List<String> legend = (java.util.List<String>) page.evaluate(
                "[...document.querySelectorAll('#loss-chart .u-legend .u-series th')].map(e => e.textContent.trim())");
        assertEquals(java.util.List.of("epoch", "loss", "val_loss", "lr", "pin 1 loss", "pin 1 val_loss", "pin 2 loss",
                "pin 2 val_loss"), legend);
        assertTrue(page.textContent("#pins li[data-pin='1']").contains("lr 0.03 → 0.1, batch 10 → 30"),
                page.textContent("#pins li[data-pin='1']"));
        assertTrue(page.textContent("#pins li[data-pin='2']").contains("batch 10 → 30")
                && !page.textContent("#pins li[data-pin='2']").contains("lr "), page.textContent("#pins li[data-pin='2']"));
        page.click("[aria-label='Restore the settings of pin 1']");
        page.waitForURL(url -> url.contains("lr=0.03") && url.contains("batch=10"));
        Browsers.waitUntil(page, "document.querySelector('#pins li[data-pin=\"1\"]').textContent.includes('the same settings')");
        page.focus("[aria-label='Remove pin 1']");
        page.keyboard().press("Enter");
        Browsers.waitUntil(page, "document.activeElement.getAttribute('aria-label') === 'Remove pin 2'");
        assertEquals(1, page.locator("#pins li").count());
    }

    @Test
    void aWeightEditedOnTheDiagramChangesThePictureIsRefusedWhenAbsurdAndSurvivesSaveReopenAndRerun() {
        page = openPlayground("?v=1&data=xor&layers=dense:3:tanh&epochs=12&seed=5", 1280, 900, null);
        page.evaluate("document.querySelector('#play').click()");
        Browsers.waitUntil(page, "Number(document.querySelector('#epoch').textContent) >= 1");
        page.focus("#network-overlay .neuron[tabindex='0']"); // X₁, then its first link
        page.keyboard().press("ArrowRight");
        page.keyboard().press("Enter"); // training pauses, the box opens with the weight
        page.waitForSelector("#weight-editor:not([hidden])");
        assertEquals("weight-editor", page.evaluate("document.activeElement.id"));
        page.keyboard().type("1e9");
        page.keyboard().press("Enter");
        Browsers.waitUntil(page, "document.querySelector('#status').textContent.startsWith('Weight not set')");
        assertTrue(page.textContent("#status").contains("absurd"), page.textContent("#status"));
        assertEquals("link", page.evaluate("document.activeElement.getAttribute('class')"), "focus back on the link");
        Browsers.waitUntil(page, "document.querySelector('#play').textContent !== 'Pause'");
        page.waitForSelector("#picture-figure:not([hidden])");
        String before = pixels("#heatmap");
        page.keyboard().press("Enter");
        page.keyboard().type("-4.5");
        page.keyboard().press("Enter");
        Browsers.waitUntil(page, "document.querySelector('#status').textContent.startsWith('Weight set to -4.5')");
        Browsers.waitUntil(page, "(document.activeElement.getAttribute('aria-label') || '').startsWith('weight −4.5 from X₁')");
        assertTrue(!before.equals(pixels("#heatmap")), "the output follows the weight at once");
        Browsers.tab(page, "share");
        assertTrue(page.isVisible("#weights-warning"), "a link alone does not carry the weight");
        page.click("#play"); // train on from the edited weight to the end
        page.waitForSelector("body[data-trained=true]", new Page.WaitForSelectorOptions().setTimeout(60_000));
        page.click("#save");
        page.waitForSelector("#short-link", new Page.WaitForSelectorOptions().setTimeout(30_000));
        String shortLink = page.getAttribute("#short-link", "href");
        page.navigate(shortLink.startsWith("http") ? shortLink : base() + shortLink);
        page.waitForSelector("body[data-ready=true]", new Page.WaitForSelectorOptions().setTimeout(30_000));
        page.click("#rerun");
        page.waitForSelector("body[data-rerun]", new Page.WaitForSelectorOptions().setTimeout(60_000));
        assertEquals("identical", page.getAttribute("body", "data-rerun"), page.textContent("#rerun-compare"));
    }

    private double number(String selector) {
        return Double.parseDouble(page.textContent(selector).replace(",", "").replace("−", "-"));
    }

    @Test
    void aRemixTrainsOnFromTheWeightsARunReachedWithNewSettingsAndItsSavedStartReRunsIdentically() {
        page = openPlayground("?v=1&data=circle&layers=dense:8:tanh,dense:8:tanh&epochs=40&lr=0.03&seed=3", 1280, 900, null);
        assertTrue(page.isDisabled("#remix"), "nothing trained yet: nothing to train on from");
        page.click("#step-batch");
        Browsers.waitUntil(page, "!document.querySelector('#remix').disabled"); // one batch is something to go on from
        page.click("#reset");
        Browsers.waitUntil(page, "document.querySelector('#remix').disabled");
        assertTrue(page.textContent("#start-text").contains("fresh weights (weights seed 3)"), page.textContent("#start-text"));
        trainToEnd(page);
        double reached = number("#train-loss");
        double fresh = Double.parseDouble(page.textContent("#history tbody tr:first-child td:nth-child(2)"));
        page.focus("#remix");
        page.keyboard().press("Enter");
        Browsers.waitUntil(page, "document.querySelector('#status').textContent.startsWith('Remixed')");
        assertTrue(page.textContent("#start-text").contains("weights an earlier run reached"), page.textContent("#start-text"));
        assertEquals("start-spec", page.evaluate("document.activeElement.id"), "focus moves to the way back, not to the page");
        assertEquals("0", page.textContent("#epoch"));
        Browsers.tab(page, "training");
        page.fill("[data-key=lr]", "0.003");
        page.dispatchEvent("[data-key=lr]", "change");
        page.waitForURL(url -> url.contains("lr=0.003"));
        assertTrue(page.textContent("#start-text").contains("weights an earlier run reached"), "a new learning rate keeps the start");
        page.click("#step-epoch");
        Browsers.waitUntil(page, "document.querySelector('#epoch').textContent === '1'");
        double onFrom = number("#train-loss");
        assertTrue(onFrom < fresh / 2 && Math.abs(onFrom - reached) < 0.25 * reached,
                "the first epoch goes on from " + reached + ", not from scratch (" + fresh + "): " + onFrom);
        Browsers.tab(page, "share");
        assertTrue(page.textContent("#weights-warning").contains("starts from an earlier run's weights"), page.textContent("#weights-warning"));
        page.click("#play");
        page.waitForSelector("body[data-trained=true]", new Page.WaitForSelectorOptions().setTimeout(60_000));
        page.click("#save");
        page.waitForSelector("#short-link", new Page.WaitForSelectorOptions().setTimeout(30_000));
        String shortLink = page.getAttribute("#short-link", "href");
        page.navigate(shortLink.startsWith("http") ? shortLink : base() + shortLink);
        page.waitForSelector("body[data-ready=true]", new Page.WaitForSelectorOptions().setTimeout(30_000));
        assertTrue(page.textContent("#start-text").contains("weights an earlier run reached"), page.textContent("#start-text"));
        page.click("#rerun");
        page.waitForSelector("body[data-rerun]", new Page.WaitForSelectorOptions().setTimeout(60_000));
        assertEquals("identical", page.getAttribute("body", "data-rerun"), page.textContent("#rerun-compare"));
        page.click("#remix"); // a remix of the re-run, then a network it does not fit: the remix ends, with the reason
        Browsers.waitUntil(page, "document.querySelector('#status').textContent.startsWith('Remixed')");
        page.click("#add-layer");
        Browsers.waitUntil(page, "document.querySelector('#notices').textContent.includes('Runs start from fresh weights again')");
        assertTrue(page.textContent("#notices").contains("no longer fit the network"), page.textContent("#notices"));
        assertTrue(page.textContent("#start-text").contains("seed 3"), page.textContent("#start-text"));
        page.click("#step-epoch");
        Browsers.waitUntil(page, "document.querySelector('#epoch').textContent === '1'");
        page.click("#remix");
        Browsers.waitUntil(page, "document.querySelector('#status').textContent.startsWith('Remixed')");
        page.focus("#start-spec"); // and back to fresh weights by hand, by keyboard
        page.keyboard().press("Enter");
        Browsers.waitUntil(page, "document.querySelector('#start-text').textContent.includes('seed 3')");
        assertTrue(page.isHidden("#start-spec"));
        assertEquals("play", page.evaluate("document.activeElement.id"), "focus goes on to Train, not to the page");
    }

    @Test
    void thePicturesSwitchesRegenerateAndTheProblemTypeWorkByKeyboard() {
        page = openPlayground("?v=1&data=circle&epochs=10&seed=2", 1280, 900, null);
        trainToEnd(page);
        page.waitForSelector("#picture-figure:not([hidden])");
        String shown = pixels("#heatmap");
        page.focus("#picture-test");
        page.keyboard().press("Space");
        assertTrue(!page.isChecked("#picture-test") && !shown.equals(pixels("#heatmap")), "Space hides the test points");
        page.focus("#picture-discretize");
        page.keyboard().press("Space");
        assertTrue(page.isChecked("#picture-discretize"), "Space thresholds the output");
        assertEquals("picture-discretize", page.evaluate("document.activeElement.id"), "focus stays on the switch");
        String seed = (String) page.evaluate("new URLSearchParams(location.search).get('data_seed') || '1'");
        page.focus("#regenerate");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("data_seed=") && !url.contains("data_seed=" + seed + "&") && !url.endsWith("data_seed=" + seed));
        assertEquals("regenerate", page.evaluate("document.activeElement.id"), "focus stays on the button");
        page.focus("#problem");
        page.keyboard().press("ArrowDown");
        page.waitForURL(url -> url.contains("data=plane"));
        assertEquals("problem", page.evaluate("document.activeElement.id"));
    }

    @Test
    void aLinksWeightTipStaysInsideTheDrawingOnAPhone() {
        page = openPlayground("?v=1&data=circle&layers=dense:4:tanh,dense:4:tanh&epochs=3&seed=2", 375, 812, null);
        trainToEnd(page);
        page.focus("#network-overlay .neuron[tabindex='0']");
        for (int i = 0; i < 5; i++) { // to the links into the output: the rightmost, with the longest labels
            page.keyboard().press("ArrowRight");
        }
        page.waitForSelector("#network-tip:not([hidden])");
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> m = (java.util.Map<String, Object>) page.evaluate("() => { const t = document.querySelector('#network-tip')"
                + ".getBoundingClientRect(), f = document.querySelector('#network-tip').offsetParent.getBoundingClientRect();"
                + " return {left: t.left - f.left, right: f.right - t.right, text: document.querySelector('#network-tip').textContent}; }");
        assertTrue(((Number) m.get("left")).doubleValue() >= 0 && ((Number) m.get("right")).doubleValue() >= 0,
                "the tip lies within the drawing: " + m);
        assertTrue(((String) m.get("text")).contains("output"), m.get("text").toString());
    }

    @Test
    void aRemixGoesWithTheRunToTheOtherEngineAndTrainsTheSameThere() {
        page = openPlayground("?v=1&data=xor&layers=dense:4:tanh&epochs=6&seed=4&runtime=wasm", 1280, 900, null);
        assertEquals("wasm", page.getAttribute("body", "data-runtime"), "from WebAssembly, to JavaScript");
        trainToEnd(page);
        page.click("#remix");
        Browsers.waitUntil(page, "document.querySelector('#status').textContent.startsWith('Remixed')");
        trainToEnd(page);
        String onWasm = page.textContent("#history tbody");
        page.selectOption("#runtime", "js");
        page.waitForURL(url -> url.contains("runtime=js"));
        Browsers.waitUntil(page, "document.body.dataset.runtime === 'js'"
                + " && document.querySelector('#status').textContent.endsWith('starting from an earlier run\\'s weights.')");
        assertTrue(page.textContent("#start-text").contains("weights an earlier run reached"), page.textContent("#start-text"));
        trainToEnd(page);
        assertEquals(onWasm, page.textContent("#history tbody"), "the remix, epoch by epoch, to the last digit on both engines");
    }

    private static String decoded(String url) {
        return java.net.URLDecoder.decode(url, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void tensorFlowPlaygroundsTopBarSitsBesideTheDiagramAndEditsTheSpec() {
        page = openPlayground("?v=2&data=circle&layers=dense:4:tanh,dense:2:tanh&epochs=3", 1366, 768, null);
        for (String id : java.util.List.of("#quick-lr", "#quick-activation", "#quick-reg", "#quick-reg-rate", "#quick-batch")) {
            com.microsoft.playwright.options.BoundingBox b = page.locator(id).boundingBox();
            assertTrue(b.y + b.height <= 768, id + " on the first screen: " + b.y);
        }
        assertEquals("", page.inputValue("#quick-lr")); // the link names no rate: the optimizer's own, Keras's default
        assertEquals("tanh", page.inputValue("#quick-activation"));
        assertTrue(page.isDisabled("#quick-reg-rate"), "no regularizer, no rate");
        page.selectOption("#quick-lr", "0.1");
        page.waitForURL(url -> url.contains("lr=0.1"));
        page.selectOption("#quick-activation", "relu");
        page.waitForURL(url -> decoded(url).contains("layers=dense:4:relu,dense:2:relu"));
        page.selectOption("#quick-reg", "l2");
        page.waitForURL(url -> decoded(url).contains("reg=l2:0.01"));
        Browsers.waitUntil(page, "!document.querySelector('#quick-reg-rate').disabled");
        page.focus("#quick-reg-rate");
        page.keyboard().press("ArrowDown"); // 0.01 → 0.03, by keyboard
        page.waitForURL(url -> decoded(url).contains("reg=l2:0.03"));
        assertEquals("quick-reg-rate", page.evaluate("document.activeElement.id"), "focus stays on the select");
        Browsers.tab(page, "training");
        assertEquals("0.1", page.inputValue("[data-key=lr]"), "the tab's form shows the same spec");
        page.navigate(base() + "/?v=1&data=circle&layers=dense:4:tanh,dense:2:relu");
        page.waitForSelector("body[data-ready=true]");
        assertEquals("mixed", page.inputValue("#quick-activation"));
        assertEquals(true, page.evaluate("document.querySelector('#quick-activation option[value=mixed]').disabled"),
                (String) page.evaluate("document.querySelector('#quick-activation').outerHTML"));
        page.selectOption("#quick-activation", "sigmoid"); // mixed → one activation for every column
        page.waitForURL(url -> decoded(url).contains("layers=dense:4:sigmoid,dense:2:sigmoid"));
        assertEquals("sigmoid", page.inputValue("#quick-activation"));
        page.navigate(base() + "/?v=1&data=circle&layers=res(dense:4:relu),ln");
        page.waitForSelector("body[data-ready=true]");
        assertTrue(page.isDisabled("#quick-activation"), "no Dense column to set");
    }

    @Test
    void aVersion1LinkSaysWhatItMeansTodayShowsItsFormulaAndAnEditRewritesItInVersion2() {
        page = openPlayground("?v=1&data=xor&opt=momentum&layers=dense:4:tanh&epochs=3", 1366, 900, null);
        Browsers.waitUntil(page, "document.querySelector('#notices').textContent.includes('version 1 of the settings')");
        assertTrue(page.textContent("#notices").contains("opt=momentum:0.9:ema, lr=0.01"), page.textContent("#notices"));
        Browsers.tab(page, "training");
        // the primer's moving average, version 1's momentum: shown, checked, as it trains; 0.01 as the rate
        assertTrue(page.isVisible("[data-compound=opt] [data-word=ema]"));
        assertTrue(page.isChecked("[data-compound=opt] [data-word=ema]"));
        assertEquals("0.01", page.inputValue("[data-key=lr]"));
        assertTrue(page.url().contains("v=1&"), "an unedited link keeps its text: " + page.url());
        page.fill("[data-key=batch]", "16");
        page.dispatchEvent("[data-key=batch]", "change");
        page.waitForURL(url -> url.contains("v=2&") && url.contains("opt=momentum:0.9:ema") && url.contains("lr=0.01")
                && url.contains("batch=16"));
        Browsers.waitUntil(page, "!document.querySelector('#notices').textContent.includes('version 1 of the settings')");
        // turned off, it is Keras's momentum, and no longer offered
        page.uncheck("[data-compound=opt] [data-word=ema]");
        page.waitForURL(url -> url.contains("opt=momentum&") || url.contains("opt=momentum:0.9&"));
        Browsers.waitUntil(page, "document.querySelector('[data-compound=opt] [data-word=ema]').closest('label').hidden");
    }

    @Test
    void anEmptyLearningRateIsTheOptimizersKerasDefaultAndTheControlsSaySo() {
        page = openPlayground("?v=2&data=xor&epochs=3", 1366, 900, null);
        assertEquals("", page.inputValue("#quick-lr"), "adam without a rate");
        assertEquals("the optimizer's default, 0.001", page.getAttribute("#quick-lr", "title"));
        Browsers.tab(page, "training");
        assertEquals("", page.inputValue("[data-key=lr]"));
        assertEquals("0.001 (default)", page.getAttribute("[data-key=lr]", "placeholder"));
        assertTrue(page.getAttribute("[data-slider=lr]", "aria-valuetext").startsWith("0.001"));
        page.selectOption("[data-compound=opt] [data-part=id]", "sgd");
        page.waitForURL(url -> url.contains("opt=sgd"));
        Browsers.waitUntil(page, "document.querySelector('[data-key=lr]').placeholder === '0.01 (default)'");
        page.selectOption("#quick-lr", "0.3");
        page.waitForURL(url -> url.contains("lr=0.3"));
    }
}
