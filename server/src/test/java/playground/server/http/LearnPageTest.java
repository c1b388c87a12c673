package playground.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import playground.engine.learn.Claims;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Learn views in headless Chromium: each opens, a control changes its numbers and the URL, embeds work. */
class LearnPageTest extends BrowserTest {
    private Page page;

    @AfterEach
    void closePage() {
        if (page != null) {
            page.close();
        }
    }

    private Page open(String path, int width) {
        page = browser.newPage(new Browser.NewPageOptions().setViewportSize(width, 900));
        watch(page);
        page.navigate(base() + path);
        page.waitForSelector("body[data-ready=true]", new Page.WaitForSelectorOptions().setTimeout(30_000));
        return page;
    }

    private void setControl(String key, String value) {
        String selector = "[data-learn=" + key + "]";
        if ("SELECT".equals(page.evalOnSelector(selector, "e => e.tagName"))) {
            page.selectOption(selector, value);
        } else if ("range".equals(page.evalOnSelector(selector, "e => e.type"))) {
            // a slider moves as a drag moves it: each new value is an input event
            page.evalOnSelector(selector, "(e, v) => { e.value = v; e.dispatchEvent(new Event('input', {bubbles: true})); }", value);
        } else {
            page.fill(selector, value);
            page.press(selector, "Enter");
            page.dispatchEvent(selector, "change");
        }
    }

    @Test
    void theNeuronViewShowsThePrimersNumbersAndItsSlips() {
        open("/learn/neuron", 1280);
        page.click("#preset-poor");
        Browsers.waitUntil(page, "location.search.includes('w=0.1')");
        String numbers = page.textContent("#neuron-numbers");
        assertTrue(numbers.contains("0.549834"), numbers); // h = σ(0.2)
        assertTrue(numbers.contains("-0.111424"), numbers); // ∂L/∂w
        assertTrue(numbers.contains("0.111142"), numbers); // w after the step
        assertTrue(page.textContent("#neuron-slip").contains("not the 0.001115"));
        assertEquals(6, page.locator("#neuron-slips li").count(), "every slip the primer makes");
        assertTrue(page.textContent("#neuron-slip").contains("0.228784, not the 0.2282 it prints"), page.textContent("#neuron-slip"));
        // the nudge check: the measured slope sits beside the chain rule's, equal to the digits shown
        List<?> slopes = (List<?>) page.evaluate("[...document.querySelectorAll('#neuron-numbers tbody tr')]"
                + ".filter(tr => /^(∂L\\/∂w|nudge check: \\(L\\(w)/.test(tr.children[0].textContent)).map(tr => tr.children[1].textContent)");
        assertEquals(2, slopes.size(), slopes.toString());
        assertEquals(slopes.get(0), slopes.get(1), "finite difference and chain rule agree");
        assertTrue(page.isHidden("#neuron-warnings"));
        page.click("#step");
        Browsers.waitUntil(page, "location.search.includes('steps=1')");
        assertEquals(2, page.locator("#neuron-history tbody tr").count());
        page.click("#preset-xavier");
        Browsers.waitUntil(page, "document.querySelector('#neuron-numbers').textContent.includes('0.0627797')");
        assertTrue(page.url().contains("w=0.5"), page.url());
        assertTrue(page.locator("math").count() >= 4, "formulas are rendered as MathML");
        open("/learn/neuron?act=relu&loss=bce&w=0.5&b=0.6", 1280);
        assertTrue(page.isVisible("#neuron-warnings") && page.textContent("#neuron-warnings").contains("relu does not keep them there"),
                page.textContent("#neuron-warnings"));
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Paths.get("target", "screenshots", "learn-neuron.png")));
    }

    @ParameterizedTest
    @CsvSource({
        "neuron, w, heavy", "init, depth, 50", "lr, drive, weekly", "optimizers, steps, 0", "activations, slope, 2",
        "losses, delta, abc", "regularization, reg, l3", "matrix, net, big", "batch, data, moon", "residual, act, softmax",
        "imbalance, n, 10",
    })
    void eachViewNamesABadSettingAndStillDrawsWithItsDefault(String view, String key, String bad) {
        open("/learn/" + view + "?" + key + "=" + bad, 1280);
        assertTrue(page.textContent("#notices").contains("Ignored " + key + "=" + bad + " from the link"), page.textContent("#notices"));
        assertTrue(page.url().contains(key + "=") && !page.url().contains(key + "=" + bad), "the default is in the link: " + page.url());
        assertTrue(page.locator("#view canvas, #view table, #view svg").count() > 0, "the view drew");
    }

    @Test
    void aBadSettingInTheLinkIsNamedAndTheViewDrawsWithItsDefaultWhileAnUnknownViewIs404() {
        open("/learn/network?x1=abc&t1=0.2", 1280);
        assertTrue(page.textContent("#notices").contains("Ignored x1=abc from the link: x1: 'abc' is not a number. It takes its default."),
                page.textContent("#notices"));
        assertTrue(page.textContent("#network-numbers").contains("0.05"), "the default input is drawn");
        assertTrue(page.url().contains("t1=0.2") && page.url().contains("x1=0.05"), page.url());
        for (String view : playground.engine.learn.Learn.VIEWS) {
            assertEquals(200, get("/learn/" + view).statusCode(), view);
        }
        java.net.http.HttpResponse<String> missing = get("/learn/nope");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("There is no Learn view &#39;nope&#39;") || missing.body().contains("There is no Learn view 'nope'"),
                missing.body());
        assertEquals(404, get("/embed/learn/nope").statusCode());
    }

    private java.net.http.HttpResponse<String> get(String path) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + path)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theInitializationTablesShowEveryColumnAt1366Pixels() {
        open("/learn/init", 1366);
        for (String table : new String[] {"#init-table", "#init-schemes"}) {
            Object fits = page.evaluate("s => { const e = document.querySelector(s); return e.scrollWidth <= e.clientWidth; }", table);
            assertEquals(Boolean.TRUE, fits, table + " has no hidden columns");
        }
        assertTrue(page.textContent("#lecun-note").contains("√(3/fan_in)"));
    }

    @Test
    void theSmallNetworkIsMazursWorkedExampleDigitForDigit() {
        open("/learn/network", 1280);
        assertEquals(playground.engine.learn.SmallNetwork.SOURCE, page.getAttribute("#mazur-link", "href"));
        assertTrue(page.textContent("#network-numbers").contains("0.298371109"), page.textContent("#network-numbers")); // E_total
        page.click("[data-stage=update]");
        Browsers.waitUntil(page, "document.querySelector('#network-numbers').textContent.includes('⁺')");
        // w₁⁺ … w₈⁺ as the table shows them, against the post's figures to the digits it prints
        List<?> shown = (List<?>) page.evaluate("[...document.querySelectorAll('#network-numbers tbody tr')]"
                + ".filter(tr => tr.children[0].textContent.includes('⁺')).map(tr => tr.children[1].textContent)");
        String[] published = {"0.149780716", "0.19956143", "0.24975114", "0.29950229", "0.35891648", "0.408666186", "0.511301270",
            "0.561370121"};
        assertEquals(8, shown.size());
        for (int k = 0; k < 8; k++) {
            double half = 0.5 * Math.pow(10, -(published[k].length() - 2));
            assertEquals(Double.parseDouble(published[k]), Double.parseDouble((String) shown.get(k)), half, "w" + (k + 1) + "⁺");
        }
        assertEquals(8, page.locator("#network-svg text.weight:has-text('w')").count(), "every edge is named");
        page.click("[data-steps='10000']");
        Browsers.waitUntil(page, "location.search.includes('updates=10000')");
        Browsers.waitUntil(page, "document.querySelector('#network-updates').textContent === 'Round 10,001, after 10,000 updates'");
        assertTrue(page.textContent("#network-numbers").contains("3.51018778e-5"), page.textContent("#network-numbers"));
        page.click("#network-round-10000"); // the post's "after 10,000 rounds": its 10,000th forward pass
        Browsers.waitUntil(page, "location.search.includes('updates=9999')");
        Browsers.waitUntil(page, "document.querySelector('#network-numbers').textContent.includes('3.51085481e-5')");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Paths.get("target", "screenshots", "learn-network-mazur.png")));
    }

    @Test
    void theNeuronNetworkInitAndLossesViewsSayTheEnginesClaimsAndShowWhatTheySay() {
        String[][] views = {{"neuron", playground.engine.learn.Claims.neuron()}, {"network", playground.engine.learn.Claims.network()},
            {"init", playground.engine.learn.Claims.init()}, {"losses", playground.engine.learn.Claims.losses()}};
        for (String[] v : views) {
            open("/learn/" + v[0], 1280);
            Browsers.waitUntil(page, "document.querySelector('#try-this').textContent.length > 80");
            assertEquals("Try this: " + v[1], page.textContent("#try-this"), v[0]);
            if (v[0].equals("network")) {
                assertEquals(playground.engine.learn.Claims.networkSlips(), page.textContent("#network-slips"));
            }
            page.close();
        }
        // the init claim's "random normal with σ = 1" is an option of that name, and its table shows the saturation the claim gives
        open("/learn/init", 1280);
        assertTrue(page.textContent("[data-learn=scheme] option[value='random_normal:1']").contains("σ = 1"));
        assertTrue(page.textContent("[data-learn=scheme] option[value='random_normal']").contains("σ = 0.05"));
        setControl("scheme", "random_normal:1");
        Browsers.waitUntil(page, "decodeURIComponent(location.search).includes('scheme=random_normal:1')");
        String share = playground.engine.learn.Claims.init().replaceAll("(?s).*σ = 1: ([0-9]+) %.*", "$1");
        String cell = "document.querySelector('#init-table tbody tr').children[4].textContent";
        Browsers.waitUntil(page, "parseFloat(" + cell + ") > 50");
        assertEquals(Long.parseLong(share), Math.round(Double.parseDouble(((String) page.evaluate(cell)).replace(" %", ""))), "layer 1 saturated");
    }

    @ParameterizedTest
    @CsvSource({
        "neuron, w, 0.7, #neuron-numbers",
        "network, t1, 0.2, #network-numbers",
        "init, scheme, he_normal, #init-table",
        "activations, act, tanh, #act-table",
        "losses, delta, 0.3, #fit-table",
        "optimizers, lr_sgd, 0.01, #race-table",
        "lr, lr_large, 0.09, #race-table",
        "regularization, reg, bn, #reg-result",
        "matrix, x1, 0.5, #matrix-layers",
        "residual, blocks, 3, #residual-shape",
    })
    void eachViewRecomputesWhenAControlChangesAndKeepsItInTheUrl(String view, String key, String value, String numbers) {
        open("/learn/" + view, 1280);
        String before = page.textContent(numbers);
        setControl(key, value);
        Browsers.waitUntil(page, "new URLSearchParams(location.search).get('" + key + "') === '" + value + "'");
        Browsers.waitUntil(page, "document.querySelector('" + numbers + "').textContent !== " + playground.engine.text.Json.quote(before));
        assertNotEquals(before, page.textContent(numbers));
        assertTrue(page.url().startsWith(base() + "/learn/" + view + "?"), page.url());
        // the URL restores the view exactly
        String url = page.url();
        String after = page.textContent(numbers);
        page.navigate(url);
        page.waitForSelector("body[data-ready=true]");
        assertEquals(after, page.textContent(numbers));
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Paths.get("target", "screenshots", "learn-" + view + ".png")));
    }

    @Test
    void oneButtonTrainsBothSidesAndTheVerdictIsTheEnginesClaim() {
        open("/learn/regularization?n=60", 1280);
        assertTrue(page.textContent("#try-this").contains("Press Train both. At the defaults (100 rows"), page.textContent("#try-this"));
        setControl("n", "100"); // back to the defaults the claim is about
        Browsers.waitUntil(page, "!location.search.includes('n=60')");
        page.click("#run-reg");
        page.waitForSelector("body[data-reg=done]", new Page.WaitForSelectorOptions().setTimeout(120_000));
        assertEquals(4, page.locator("#reg-legend span").count(), "training and validation, both runs: " + page.textContent("#reg-legend"));
        String verdict = page.textContent("#reg-verdict");
        double plain = Claims.finalValidationLoss(null);
        double dropout = Claims.finalValidationLoss("dropout");
        assertTrue(verdict.startsWith("dropout 0.3 lowers the final validation loss by "), verdict);
        // the browser's run is the JVM's, number for number (six significant digits shown)
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(([0-9.e+-]+) → ([0-9.e+-]+)\\)").matcher(verdict);
        assertTrue(m.find(), verdict);
        assertEquals(plain, Double.parseDouble(m.group(1)), 1e-5 * plain, verdict);
        assertEquals(dropout, Double.parseDouble(m.group(2)), 1e-5 * dropout, verdict);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Paths.get("target", "screenshots", "learn-regularization-trained.png")));
        setControl("reg", "ln");
        Browsers.waitUntil(page, "location.search.includes('reg=ln')");
        Browsers.waitUntil(page, "document.querySelector('#reg-result').textContent.includes('Not trained yet')");
        assertTrue(page.locator("#reg-plot").isHidden(), "the old runs' chart goes with the old settings");
    }

    @Test
    void theMatrixViewShowsMazursForwardPassBothWaysAndTheEngineAgrees() {
        open("/learn/matrix", 1280);
        assertTrue(page.textContent("#try-this").contains("σ(0.3775) = 0.593269992 is his out_h1"), page.textContent("#try-this"));
        String sums = page.textContent("#sums-1");
        assertTrue(sums.contains("z₁ = w₁₁·x₁ + w₁₂·x₂ + b₁ = 0.15 × 0.05 + 0.2 × 0.1 + 0.35 = 0.0275 + 0.35 = 0.3775"), sums);
        assertTrue(sums.contains("h₁ = σ(0.3775) = 0.593269992"), sums);
        assertTrue(page.textContent("#sums-2").contains(") = 0.772928465"), page.textContent("#sums-2"));
        assertEquals(2, page.locator("#matrix-layers .formula").count(), "each layer as one matrix product");
        assertEquals(10, page.locator("#matrix-layers mtable").count(), "W, x, b, z and h, in each of the two layers");
        assertTrue(page.locator("[data-learn=x3]").isHidden(), "Mazur's network has two inputs");
        setControl("net", "random");
        Browsers.waitUntil(page, "location.search.includes('net=random')");
        Browsers.waitUntil(page, "document.querySelectorAll('#sums-1 p').length === 4");
        assertTrue(page.locator("[data-learn=x3]").isVisible());
        for (String id : new String[] {"#engine-1", "#engine-2"}) {
            for (String diff : page.locator(id + " tbody td:last-child").allTextContents()) {
                assertEquals("0", diff, "the engine's Dense layer and the sums agree exactly");
            }
        }
    }

    @Test
    void theBatchResidualAndImbalanceViewsTrainByTheirButtonsAndSayWhatTheClaimSays() {
        open("/learn/batch", 1280);
        assertTrue(page.textContent("#try-this").contains("batch 1: 28,800 updates (288 an epoch)"), page.textContent("#try-this"));
        page.click("#run-batch");
        page.waitForSelector("body[data-batch=done]", new Page.WaitForSelectorOptions().setTimeout(120_000));
        List<String> runs = page.locator("#batch-table tbody th").allTextContents();
        assertEquals(List.of("batch 1", "batch 32", "full batch"), runs);
        assertEquals(List.of("28,800", "900", "100"), page.locator("#batch-table tbody td:nth-child(3)").allTextContents());
        page.setViewportSize(1000, 900); // a resize redraws the view: the trained runs stay
        page.waitForTimeout(500);
        assertEquals(3, page.locator("#batch-table tbody th").count());
        assertTrue(page.locator("#batch-updates").isVisible());
        page.setViewportSize(1280, 900);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Paths.get("target", "screenshots", "learn-batch-trained.png")));

        open("/learn/residual", 1280);
        page.click("#run-residual");
        page.waitForSelector("body[data-residual=done]", new Page.WaitForSelectorOptions().setTimeout(120_000));
        assertEquals(22, page.locator("#residual-table tbody tr").count(), "21 hidden layers and the output");
        assertTrue(page.textContent("#try-this").contains("times larger at every layer"), page.textContent("#try-this"));
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Paths.get("target", "screenshots", "learn-residual-trained.png")));

        open("/learn/imbalance", 1280);
        page.click("#run-imbalance");
        page.waitForSelector("body[data-imbalance=done]", new Page.WaitForSelectorOptions().setTimeout(120_000));
        String verdict = page.textContent("#imbalance-verdict");
        String claim = page.textContent("#try-this");
        // the browser's run is the claim's: the same rows found at 0.5
        java.util.regex.Matcher found = java.util.regex.Pattern.compile("It finds (\\d+) of the (\\d+) rare rows").matcher(verdict);
        assertTrue(found.find(), verdict);
        assertTrue(claim.contains("only " + found.group(2) + " rows are of the rare class, and it finds " + found.group(1) + " of them"),
                claim + " / " + verdict);
        page.focus("[data-learn=t]");
        page.keyboard().press("ArrowLeft");
        Browsers.waitUntil(page, "location.search.includes('t=0.49')");
        Browsers.waitUntil(page, "document.querySelector('#imbalance-verdict').textContent.startsWith('Threshold 0.49')");
        assertEquals("t", page.evaluate("document.activeElement.dataset.learn"), "focus stays on the slider");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Paths.get("target", "screenshots", "learn-imbalance-trained.png")));
    }

    @Test
    void deadReluTrainingAndTheRangeTestRunOnDatasetsInTheWorker() {
        open("/learn/activations?dr_lr=2&dr_epochs=8", 1280);
        assertTrue(page.textContent("#try-this").contains("are already dead"), page.textContent("#try-this"));
        assertEquals(5, page.locator("#deriv-legend span").count(), "every derivative: " + page.textContent("#deriv-legend"));
        page.click("#run-dead");
        page.waitForSelector("body[data-dead=done]", new Page.WaitForSelectorOptions().setTimeout(60_000));
        assertEquals(9, page.locator("#dead-table tbody tr").count(), "epoch 0 and 8 trained epochs");
        String headers = page.textContent("#dead-table thead");
        assertTrue(headers.contains("dense 1 (32 relu)") && headers.contains("dense 1 (32 leaky_relu)"), headers);
        assertTrue(page.url().contains("dr_lr=2"), page.url());
        open("/learn/lr?rt_data=iris&rt_steps=200", 1280);
        page.click("#run-range");
        page.waitForSelector("body[data-range=done]", new Page.WaitForSelectorOptions().setTimeout(60_000));
        assertTrue(page.textContent("#range-result").startsWith("Suggested learning rate: "), page.textContent("#range-result"));
        assertEquals(4, page.locator("canvas.map").count(), "three rates and the decayed run side by side");
        assertTrue(page.textContent("#verdict-large").contains("diverged at step"), page.textContent("#verdict-large"));
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Paths.get("target", "screenshots", "learn-lr-range.png")));
    }

    @Test
    void theMenuFollowsThePrimersOrderAndDraggingTheMapMovesTheStart() {
        open("/learn/optimizers", 1280);
        assertEquals(playground.engine.learn.Learn.VIEWS.size(), page.locator("#learn-menu a").count(), "the server's list is the menu");
        assertEquals(List.of("1. One neuron, step by step", "2. A small network, step by step", "3. The forward pass as matrices",
                "4. Initialization", "5. The learning rate", "6. Optimizers", "7. Epochs and batch size", "8. Activations", "9. Losses",
                "10. Regularization and normalization", "11. Residual connections", "12. When accuracy lies"),
                page.locator("#learn-menu a").allTextContents());
        page.locator("#contour").scrollIntoViewIfNeeded(); // below the sliders, out of the first screen
        com.microsoft.playwright.options.BoundingBox box = page.locator("#contour").boundingBox();
        page.mouse().move(box.x + box.width * 0.75, box.y + box.height * 0.25);
        page.mouse().down();
        page.mouse().move(box.x + box.width * 0.8, box.y + box.height * 0.2, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(3));
        page.mouse().up();
        Browsers.waitUntil(page, "Number(new URLSearchParams(location.search).get('x0')) > 1");
        assertTrue(Double.parseDouble((String) page.evaluate("new URLSearchParams(location.search).get('y0')")) > 1);
        page.locator("#learn-menu a", new Page.LocatorOptions().setHasText("Initialization")).click();
        page.waitForURL("**/learn/init**");
        Browsers.waitUntil(page, "document.querySelectorAll('#init-weights canvas').length === 10");
    }

    @Test
    void aFlatHugeLossStillPlotsInsteadOfHangingThePage() {
        open("/learn/neuron?x=0&b=1&t=0&lr=10&act=linear&loss=mse&steps=7", 1280); // a constant loss of 8e17
        assertEquals(8, page.locator("#neuron-history tbody tr").count());
    }

    @Test
    void aBadSettingSaysWhatIsWrongAndTheViewStaysUsable() {
        open("/learn/init", 1280);
        setControl("depth", "50");
        Browsers.waitUntil(page, "!document.querySelector('#notices').hidden");
        assertTrue(page.textContent("#notices").contains("depth must be between 1 and 20"));
        setControl("depth", "4");
        Browsers.waitUntil(page, "document.querySelectorAll('#init-table tbody tr').length === 4");
    }

    @Test
    void theOptimizerRaceStepsAndTheLargeRateDivergesVisibly() {
        open("/learn/optimizers?surface=bowl", 1280);
        page.click("#race-reset");
        assertEquals("step 0 of 100", page.textContent("#race-shown"));
        page.click("#race-step");
        assertEquals("step 1 of 100", page.textContent("#race-shown"));
        assertTrue(page.textContent("#race-scale").contains("the loss minus the surface's true minimum, 0."), page.textContent("#race-scale"));
        assertTrue(page.textContent("#try-this").contains("it changes direction 49 times in the first 50 steps"), page.textContent("#try-this"));
        assertEquals(List.of("SGD", "Momentum (Keras)", "Momentum (the primer's moving average)", "Adagrad", "RMSprop", "Adam"),
                page.locator(".updates h4").allTextContents(), "every optimizer's update is written out");
        assertEquals(6, page.locator(".updates .formula").count());
        // a slider redraws as it moves: one arrow key is one step of the range
        String table = page.textContent("#race-table");
        page.focus("[data-learn=lr_sgd]");
        page.keyboard().press("ArrowRight");
        Browsers.waitUntil(page, "new URLSearchParams(location.search).get('lr_sgd') === '0.091'");
        Browsers.waitUntil(page, "document.querySelector('#race-table').textContent !== " + playground.engine.text.Json.quote(table));
        assertEquals("0.091", page.textContent("[data-learn=lr_sgd] + output"));
        assertTrue(page.evaluate("document.activeElement.dataset.learn").equals("lr_sgd"), "focus stays on the slider");
        open("/learn/optimizers?surface=bowl&x0=1&y0=1", 1280);
        page.selectOption("[data-learn=surface]", "rosenbrock");
        Browsers.waitUntil(page, "location.search.includes('surface=rosenbrock')");
        assertTrue(page.url().contains("x0=-1.5") && page.url().contains("y0=2.5"), "a new surface starts from its own start: " + page.url());
        assertEquals("-1.5", page.inputValue("[data-learn=x0]"));
        assertEquals("optimizer", page.textContent("#race-table th"));
        open("/learn/optimizers?surface=saddle", 1280);
        assertTrue(page.textContent("#race-scale").contains("the saddle has no minimum"), page.textContent("#race-scale"));
        open("/learn/lr", 1280);
        assertTrue(page.textContent("#race-table").contains("at step"), "the too-large rate's divergence is reported");
        assertEquals("rate", page.textContent("#race-table th"), "the first column tells the rates apart");
        assertTrue(page.textContent("#verdict-large").contains("along y (λ = 20) by |1 − ηλ| = 1.1: it grows."), page.textContent("#verdict-large"));
        assertTrue(page.textContent("#verdict-decayed").contains("lowered by step:0.5:25 to 0.02625 at the last step"), page.textContent("#verdict-decayed"));
        assertEquals("At the defaults, the large rate η = 0.105", page.textContent("#try-this").substring("Try this: ".length(), 51),
                "the engine's sentence replaces the placeholder");
        assertTrue(page.textContent("#try-this").contains(playground.engine.learn.Claims.learningRate()), page.textContent("#try-this"));
        page.selectOption("[data-learn=drive]", "exp");
        Browsers.waitUntil(page, "location.search.includes('drive=exp')");
        Browsers.waitUntil(page, "document.querySelector('#verdict-decayed').textContent.includes('lowered by exp:')");
        open("/learn/lr?surface=saddle", 1280);
        assertTrue(page.textContent("#verdict-good").contains("along y (λ = -2) by |1 − ηλ| = 1.1: it grows — downhill, the escape, the loss falls"),
                page.textContent("#verdict-good"));
        open("/learn/lr?surface=two-minima", 1280);
        assertTrue(page.textContent("#race-scale").contains("true minimum, 0.0"), page.textContent("#race-scale"));
    }

    @Test
    void aLearnViewEmbedsInAnIframeFromAnotherOriginAndWorksAtPhoneWidth() throws Exception {
        HttpServer blog = blog("<iframe src=\"" + base() + "/embed/learn/neuron?w=0.5\" width=\"360\" height=\"700\" title=\"One neuron\"></iframe>");
        try {
            open("/learn/losses", 375);
            List<?> slopes = (List<?>) page.evaluate("[...document.querySelectorAll('#fit-table tbody tr')]"
                    + ".filter(tr => /^(MAE$|exact MAE)/.test(tr.children[0].textContent)).map(tr => tr.children[1].textContent)");
            assertEquals(2, slopes.size(), slopes.toString());
            assertEquals(slopes.get(1), slopes.get(0), "the MAE fit settles on the exact minimizer, to the digits shown");
            assertTrue(page.locator("#view math").count() >= 5, "each loss's formula");
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Paths.get("target", "screenshots", "learn-losses-phone.png")));
            Page reader = browser.newPage();
            reader.onPageError(e -> problems.add("embed page error: " + e));
            reader.navigate("http://localhost:" + blog.getAddress().getPort() + "/");
            FrameLocator frame = reader.frameLocator("iframe");
            frame.locator("body[data-ready=true]").waitFor();
            assertTrue(frame.locator("#learn-menu").isHidden(), "the embed is compact");
            assertTrue(frame.locator("#neuron-numbers").textContent().contains("0.645656"));
            frame.locator("#step").click();
            frame.locator("#neuron-history tbody tr:nth-child(2)").waitFor();
            reader.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "learn-embed.png")));
            reader.close();
        } finally {
            blog.stop(0);
        }
    }
}
