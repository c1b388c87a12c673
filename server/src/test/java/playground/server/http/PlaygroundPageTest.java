package playground.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The playground page in headless Chromium, on the WebAssembly and the JavaScript build of the engine. */
class PlaygroundPageTest extends BrowserTest {
    private Page page;

    @AfterEach
    void closePage() {
        if (page != null) {
            page.close();
        }
    }

    /**
     * Counts the heatmap's paintings per animation frame, from outside the page: each frame's first callback (this
     * one re-registers itself first) records how many drawImage calls on #heatmap happened since the last frame.
     */
    private static final String COUNT_PICTURES_PER_FRAME = "window.__heatmapPerFrame = []; (() => { let n = 0;"
            + " const draw = CanvasRenderingContext2D.prototype.drawImage;"
            + " CanvasRenderingContext2D.prototype.drawImage = function(...a) { if (this.canvas.id === 'heatmap') n++;"
            + " return draw.apply(this, a); };"
            + " const tick = () => { window.__heatmapPerFrame.push(n); n = 0; requestAnimationFrame(tick); };"
            + " requestAnimationFrame(tick); })();";

    private Page open(String query, int width) {
        page = openPlayground(query, width, 900, COUNT_PICTURES_PER_FRAME);
        return page;
    }

    private void trainToEnd() {
        trainToEnd(page);
    }

    /** A column of the training log the page shows under its loss chart, as numbers. */
    private List<Double> column(String name) {
        List<?> cells = (List<?>) page.evaluate("name => { const t = document.querySelector('#history');"
                + " const i = [...t.querySelectorAll('thead th')].map(th => th.textContent).indexOf(name);"
                + " return [...t.querySelectorAll('tbody tr')].map(tr => tr.children[i].textContent); }", name);
        return cells.stream().map(c -> Double.parseDouble((String) c)).toList();
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Paths.get("target", "screenshots", name + ".png")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void theDefaultPageTrainsAndTheLossFalls(String runtime) {
        open("?v=1&data=circle&epochs=40&runtime=" + runtime, 1280);
        assertEquals(runtime, page.getAttribute("body", "data-runtime"));
        trainToEnd();
        List<?> loss = column("loss");
        assertEquals(40, loss.size());
        double first = ((Number) loss.get(0)).doubleValue();
        double last = ((Number) loss.get(loss.size() - 1)).doubleValue();
        assertTrue(last < first / 2, "loss fell from " + first + " to " + last);
        assertTrue(page.textContent("#tiles").contains("ACCURACY"), page.textContent("#tiles"));
        Browsers.tab(page, "results");
        assertTrue(page.isVisible("#confusion-figure"));
        page.waitForSelector("#picture-figure:not([hidden])");
        assertTrue(page.isVisible("#network-figure"));
        // the heatmap is painted: every pixel of its canvas, not blank canvas
        Object painted = page.evaluate("(() => { const c = document.querySelector('#heatmap');"
                + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
                + " for (let i = 3; i < d.length; i += 4) n += d[i] > 0 ? 1 : 0; return n === c.width * c.height; })()");
        assertEquals(true, painted);
        // the worker answers faster than the screen repaints: still at most one picture per frame
        List<?> perFrame = (List<?>) page.evaluate("window.__heatmapPerFrame");
        assertTrue(perFrame.stream().mapToInt(n -> ((Number) n).intValue()).max().orElse(0) == 1, "pictures per frame: " + perFrame);
        screenshot("playground-circle-" + runtime);
    }

    @Test
    void theExportedModelHasExactlyTheWeightsTheJvmTrainsAndTheLogHasKerasColumns() throws Exception {
        String query = "v=1&data=circle&layers=dense:6:tanh,bn,dense:4:relu&epochs=8";
        open("?" + query + "&runtime=wasm", 1280);
        trainToEnd();
        Browsers.tab(page, "results");
        com.microsoft.playwright.Download model = page.waitForDownload(() -> page.click("#export-model"));
        playground.engine.experiment.ModelFile browser = playground.engine.experiment.ModelFile.fromJson(
                java.nio.file.Files.readString(model.path()));
        playground.engine.experiment.Experiment jvm = playground.engine.experiment.Experiment.prepare(
                playground.engine.spec.ExperimentSpec.fromQuery(query).spec,
                playground.engine.data.Synthetic.table("circle", 400, 0.1, 1), null, List.of());
        jvm.train();
        for (int i = 0; i < jvm.network.params().size(); i++) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(jvm.network.params().get(i).value,
                    browser.network.params().get(i).value, 0.0, "parameter " + i);
        }
        assertEquals(List.of("1", "0"), browser.classes.stream().sorted(java.util.Comparator.reverseOrder()).toList());
        com.microsoft.playwright.Download log = page.waitForDownload(() -> page.click("#export-log"));
        List<String> lines = java.nio.file.Files.readAllLines(log.path());
        assertEquals("epoch,accuracy,loss,val_accuracy,val_loss", lines.get(0), "Keras's CSVLogger: sorted, no rate without rlr or decay");
        assertEquals(9, lines.size());
        assertTrue(lines.get(1).startsWith("0,"));
        com.microsoft.playwright.Download predictions = page.waitForDownload(() -> page.click("#export-predictions"));
        assertEquals("row,label,predicted,p_0,p_1", java.nio.file.Files.readAllLines(predictions.path()).get(0));
    }

    @Test
    void theFirstLoadIsSmall() {
        // Bytes as the browser would transfer them with gzip (what a compressing proxy or CDN serves).
        long gzipped = 0;
        for (String path : List.of("/teavm/page/page.js", "/js/start.js", "/js/engine-worker.js",
                "/webjars/uplot/1.6.30/dist/uPlot.iife.min.js", "/teavm/wasm/classes.wasm-runtime.js", "/teavm/wasm/engine.wasm")) {
            byte[] body = fetch(path);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
                gz.write(body);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            gzipped += out.size();
        }
        assertTrue(gzipped < 400 * 1024, "script + wasm gzipped: " + gzipped + " bytes");
        // the load time and the page thread's longest task are measured by BrowserBenchmark, not asserted here
    }

    private static byte[] fetch(String path) {
        try {
            java.net.http.HttpResponse<byte[]> r = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), path);
            return r.body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theUrlIsTheSpecAndBackAndForwardWork() {
        open("?v=1&data=xor&lr=0.03&layers=dense:6:tanh,dropout:0.1", 1280);
        assertEquals("0.03", page.inputValue("[data-key=lr]"));
        assertEquals(2, page.locator("#layers li").count());
        Browsers.tab(page, "training");
        page.fill("[data-key=lr]", "0.005");
        page.dispatchEvent("[data-key=lr]", "change");
        page.waitForURL(url -> url.contains("lr=0.005"));
        page.click("#add-layer");
        page.waitForURL(url -> url.contains("dropout:0.1,dense:6:tanh"));
        assertEquals(3, page.locator("#layers li").count());
        page.goBack();
        page.waitForURL(url -> !url.contains("dropout:0.1,dense:6:tanh"));
        Browsers.waitUntil(page, "document.querySelectorAll('#layers li').length === 2");
        assertEquals("0.005", page.inputValue("[data-key=lr]"));
        page.reload();
        page.waitForSelector("body[data-ready=true]");
        assertEquals("0.005", page.inputValue("[data-key=lr]"));
    }

    @Test
    void theRuntimeSwitchRestartsTheEngineOnTheOtherBuildKeepsTheSpecAndIsRemembered() {
        open("?v=1&data=xor&lr=0.03&epochs=5&runtime=wasm", 1280);
        page.selectOption("#runtime", "js");
        page.waitForURL(url -> url.contains("runtime=js") && url.contains("lr=0.03"));
        assertEquals("js", page.getAttribute("body", "data-runtime"));
        assertEquals("running on JavaScript", page.textContent("#runtime-note"));
        trainToEnd();
        assertTrue(page.textContent("#tiles").contains("ACCURACY"));
        page.navigate("http://127.0.0.1:" + server.port() + "/?v=1&data=xor");
        page.waitForSelector("body[data-ready=true]");
        assertEquals("js", page.getAttribute("body", "data-runtime"), "the choice is remembered in this browser");
        assertEquals("js", page.inputValue("#runtime"));
    }

    @Test
    void spaceTrainsFromThePageButNotFromAControlThatUsesIt() {
        open("?v=1&data=xor&epochs=3", 1280);
        Browsers.tab(page, "results");
        page.focus("details.numbers summary");
        page.keyboard().press("Space");
        assertEquals(false, page.evaluate("document.querySelector('details.numbers').open"), "Space toggled the table");
        assertEquals("0", page.textContent("#epoch"), "and did not train");
        page.evaluate("document.activeElement.blur()");
        page.keyboard().press("Space");
        page.waitForSelector("body[data-trained=true]", new Page.WaitForSelectorOptions().setTimeout(60_000));
        assertEquals(3, page.locator("#history tbody tr").count());
    }

    @Test
    void aGarbledLinkLoadsWhatItCanAndSaysWhatItIgnored() {
        open("?v=1&data=circle&lr=fast&batch=8&colour=red", 1280);
        String notice = page.textContent("#notices");
        assertTrue(notice.contains("ignored lr=fast: setting 'lr': 'fast' is not a number"), notice);
        assertTrue(notice.contains("ignored colour=red: unknown setting 'colour'"), notice);
        assertEquals("8", page.inputValue("[data-key=batch]"));
        assertTrue(page.url().contains("batch=8") && !page.url().contains("colour"), page.url());
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void anUploadedCsvTrainsAndAMalformedOneShowsItsMessage(String runtime) {
        open("?v=1&data=circle&runtime=" + runtime, 1280);
        StringBuilder csv = new StringBuilder("size;colour;price\n");
        for (int i = 0; i < 60; i++) {
            csv.append(i).append(';').append(i % 3 == 0 ? "red" : "blue").append(';').append(2 * i + (i % 3 == 0 ? 5 : 0)).append('\n');
        }
        page.setInputFiles("#csv-file", new FilePayload("prices.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)));
        Browsers.waitUntil(page, "document.querySelector('#split-note').textContent.includes('inputs: size, colour_blue, colour_red')");
        assertTrue(page.textContent("#profile").contains("colour"));
        page.selectOption("select[data-column=size]", "standard");
        page.waitForURL(url -> url.contains("tf=size:standard"));
        page.selectOption("select[data-column=colour]", "drop");
        page.waitForURL(url -> url.contains("drop=colour"));
        Browsers.waitUntil(page, "document.querySelector('#split-note').textContent.includes('inputs: size.')");
        Browsers.tab(page, "training");
        page.fill("[data-key=epochs]", "5");
        page.dispatchEvent("[data-key=epochs]", "change");
        page.waitForURL(url -> url.contains("epochs=5"));
        trainToEnd();
        assertTrue(page.textContent("#tiles").contains("RMSE"));
        page.setInputFiles("#csv-file", new FilePayload("broken.csv", "text/csv", "a,b\n1,2\n3\n".getBytes(StandardCharsets.UTF_8)));
        Browsers.waitUntil(page, "document.querySelector('#notices').textContent.includes('broken.csv: line 3 has 1 fields, but line 1 has 2')");
        assertTrue(page.isEnabled("#play"), "the page stays usable");
    }

    @Test
    void aSmallGridCompletesOnTwoWorkersSharingEpochsAndItsTableSorts() {
        open("?v=1&data=circle&epochs=5", 1280);
        Browsers.tab(page, "tune");
        page.fill("#grid", "lr=0.1,0.01,0.001;epochs=3,6");
        page.fill("#workers", "2");
        page.selectOption("#rank", "accuracy");
        page.click("#run-grid");
        page.waitForSelector("body[data-grid-done='6']", new Page.WaitForSelectorOptions().setTimeout(60_000));
        assertTrue(page.textContent("#status").contains("6 runs (3 trainings, runs that differ only in epochs sharing one)")
                && page.textContent("#status").contains("on 2 workers"), page.textContent("#status"));
        assertEquals(6, page.locator("#grid-results tbody tr").count());
        List<?> accuracy = (List<?>) page.evaluate("(() => { const t = document.querySelector('#grid-results');"
                + " const i = [...t.querySelectorAll('thead th')].findIndex(th => th.dataset.column === 'val_accuracy');"
                + " return [...t.querySelectorAll('tbody tr')].map(tr => Number(tr.children[i].textContent)); })()");
        assertEquals(6, accuracy.size());
        for (int i = 1; i < accuracy.size(); i++) {
            assertTrue(((Number) accuracy.get(i - 1)).doubleValue() >= ((Number) accuracy.get(i)).doubleValue(), "sorted: " + accuracy);
        }
        assertEquals("descending", page.getAttribute("#grid-results th[data-column=val_accuracy]", "aria-sort"));
        assertTrue(page.textContent("#grid-chosen").startsWith("Chosen on validation accuracy: lr ")
                && page.textContent("#grid-chosen").matches(".*epochs run \\d+\\. Its test rows, reported once: accuracy .*"), page.textContent("#grid-chosen"));
        page.click("#grid-results th:first-child button"); // sort by lr, ascending
        assertEquals("0.001", page.textContent("#grid-results tbody tr:first-child td:first-child"));
        page.click("#grid-results tbody tr:first-child");
        page.waitForURL(url -> url.contains("lr=0.001"));
        assertEquals("0.001", page.inputValue("[data-key=lr]"));
        screenshot("playground-grid");
    }

    /**
     * Hyperband on the page: the search in the page's engine, its trials on two workers of their own, promoted trials
     * continuing their parents' weights. It makes tune's choices: the same trials, in the same brackets and rounds,
     * promoting the same points (a promoted trial keeps its parent's drawn rate), as the same search run on the JVM.
     */
    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void aSmallHyperbandRunsOnTwoWorkersAndChoosesAsTheEngineDoesOnTheJvm(String runtime) {
        String base = "v=2&data=circle&n=160&val=0.25&test=0.25&layers=dense:6:tanh&epochs=9";
        String space = "lr=0.003..0.3:log;opt=sgd,adam";
        open("?" + base + "&runtime=" + runtime, 1280);
        Browsers.tab(page, "tune");
        page.selectOption("#search-kind", "hyperband");
        assertEquals("Run Hyperband", page.textContent("#run-grid"));
        assertTrue(page.isHidden("#search-trials") && page.isVisible("#search-max-epochs"), "only Hyperband's options show");
        page.fill("#grid", space);
        page.fill("#search-max-epochs", "9");
        page.fill("#search-seed", "7");
        page.fill("#workers", "2");
        page.selectOption("#rank", "accuracy");
        page.click("#run-grid");
        page.waitForSelector("body[data-grid-done='23']", new Page.WaitForSelectorOptions().setTimeout(120_000));
        String status = page.textContent("#status");
        assertTrue(status.startsWith("Hyperband done: 23 trials (b2: 9×1 3×3 1×9; b1: 5×3 2×9; b0: 3×9), 75 epochs in ")
                && status.endsWith(" on 2 workers."), status);
        assertEquals("23 / 23 trials", page.textContent("#grid-status").substring(0, "23 / 23 trials".length()));

        playground.engine.spec.ExperimentSpec spec = playground.engine.spec.ExperimentSpec.fromQuery(base).spec;
        playground.engine.data.Table table = playground.engine.data.Synthetic.table("circle", 160, spec.number("noise"),
                spec.seed("data_seed"));
        playground.engine.experiment.Search jvm = playground.engine.experiment.Search.hyperband(
                playground.engine.experiment.Grid.parse(space), spec, 9, 3, 1, 7, "val_loss");
        List<String> expected = new java.util.ArrayList<>();
        int best = -1; // tune's choice: the best validation accuracy, diverged runs left out, ties to the lowest trial
        double bestAccuracy = -1;
        for (List<playground.engine.experiment.Trial> round = jvm.nextRound(); !round.isEmpty(); round = jvm.nextRound()) {
            List<playground.engine.experiment.Trial.Result> done = new java.util.ArrayList<>();
            for (playground.engine.experiment.Trial t : round) {
                playground.engine.experiment.Trial.Result r = t.run(table, null, t.parent >= 0 ? jvm.weightsOf(t.parent) : null, "val_loss");
                done.add(r);
                expected.add(t.id + " " + t.bracket + " " + t.round + " " + t.epochs + " " + t.spec.get("lr") + " " + t.spec.get("opt"));
                double accuracy = r.result.val.get("accuracy");
                if (!r.result.history().diverged() && accuracy > bestAccuracy) {
                    best = t.id;
                    bestAccuracy = accuracy;
                }
            }
            done.forEach(jvm::report);
        }
        page.click("#grid-results th[data-column=trial] button"); // by trial, ascending
        List<?> shown = (List<?>) page.evaluate("(() => { const t = document.querySelector('#grid-results');"
                + " const cols = [...t.querySelectorAll('thead th')].map(th => th.dataset.column);"
                + " const at = c => cols.indexOf(c);"
                + " return [...t.querySelectorAll('tbody tr')].map(tr => ['trial', 'bracket', 'round', 'budget', 'lr', 'opt']"
                + " .map(c => tr.children[at(c)].textContent).join(' ')); })()");
        assertEquals(expected, shown);

        assertTrue(page.isVisible("#search-chart"), "the trials are drawn");
        assertTrue(page.textContent("#search-caption").startsWith("Validation accuracy of each trial against its budget: 23 trials"),
                page.textContent("#search-caption"));
        String chosen = page.textContent("#grid-chosen");
        assertTrue(chosen.matches("Chosen on validation accuracy: lr \\S+, opt \\S+, trial " + best + ", budget \\d+ epochs?, .*"
                + "Its test rows, reported once: accuracy .*"), chosen);
        screenshot("playground-hyperband-" + runtime);

        page.click("#run-grid"); // again, and cancelled at once: the page stays usable
        page.click("#cancel-grid");
        Browsers.waitUntil(page, "document.querySelector('#status').textContent.startsWith('Hyperband cancelled after')");
        assertTrue(page.isEnabled("#run-grid"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void theWalkthroughPresetShowsItsSummaryTrainsAndDrawsItsCharts(String runtime) {
        open("?v=1&data=circle&runtime=" + runtime, 1280);
        boolean available = !page.textContent("#dataset option[value=insurance]").contains("unavailable");
        assumeTrue(available, "the insurance data is not available here");
        page.click("[data-preset-name=insurance-blog]");
        Browsers.waitUntil(page, "document.querySelector('#summary').textContent.includes('Total params: 22,745')");
        assertTrue(page.textContent("#summary").contains("non-trainable: 622"));
        assertTrue(page.url().contains("data=insurance"));
        Browsers.tab(page, "training");
        page.fill("[data-key=epochs]", "3");
        page.dispatchEvent("[data-key=epochs]", "change");
        page.waitForURL(url -> url.contains("epochs=3"));
        trainToEnd();
        assertTrue(page.isVisible("#scatter-figure"));
        Browsers.tab(page, "results");
        assertTrue(page.isVisible("#residual-figure"));
        assertTrue(page.textContent("#tiles").contains("RMSE"));
        assertTrue(page.textContent("#events").contains("restored the best weights"), page.textContent("#events"));
        screenshot("playground-insurance-desktop-" + runtime);
        page.setViewportSize(375, 800);
        screenshot("playground-insurance-phone-" + runtime);
        double overflow = ((Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).doubleValue();
        assertTrue(overflow <= 0, "the page is " + overflow + " px wider than a 375 px phone");
    }

    @Test
    void theFormAndTheLayerEditorListWhatTheEnginesKeyTableDeclares() {
        open("?v=2&data=circle&layers=dense:8:leaky_relu:0.1:he_normal,dropout:0.2,res(dense:8:relu,ln)", 1280);
        List<String> splitChoices = new java.util.ArrayList<>();
        for (playground.engine.spec.Choice c : playground.engine.spec.Settings.find("split").choices) {
            splitChoices.add(c.id + "=" + c.label);
        }
        assertEquals(splitChoices, page.evaluate("[...document.querySelectorAll('[data-key=split] option')]"
                + ".map(o => o.value + '=' + o.textContent)"));
        List<String> optimizers = new java.util.ArrayList<>();
        for (playground.engine.spec.Choice c : playground.engine.spec.Ids.OPTIMIZERS.choices()) {
            optimizers.add(c.id);
        }
        assertEquals(optimizers, page.evaluate("[...document.querySelectorAll('[data-compound=opt] [data-part=id] option')]"
                + ".map(o => o.value)"));
        assertEquals("1", page.getAttribute("[data-key=batch]", "min"));
        // the layer rows show what the engine parsed, labelled as the engine labels the grammar's ids
        assertEquals(List.of("dense", "dropout", "res"), page.evaluate("[...document.querySelectorAll('#layers > li > select:first-child')]"
                + ".map(s => s.value)"));
        assertEquals("leaky_relu:0.1", page.inputValue("[aria-label='Layer 1 activation']"));
        assertEquals("leaky ReLU (0.1)", page.evaluate("document.querySelector('[aria-label=\"Layer 1 activation\"]')"
                + ".selectedOptions[0].textContent"));
        assertEquals("He normal", page.evaluate("document.querySelector('[aria-label=\"Layer 1 initializer\"]')"
                + ".selectedOptions[0].textContent"));
        assertEquals("dense:8:relu,ln", page.inputValue("[aria-label='Layer 3 residual block layers']"));
        Browsers.tab(page, "model");
        page.fill("[aria-label='Layer 1 units']", "5");
        page.dispatchEvent("[aria-label='Layer 1 units']", "change");
        Browsers.waitUntil(page, "document.querySelector('#layers-text').value.startsWith('dense:5:')");
        assertEquals("dense:5:leaky_relu:0.1:he_normal,dropout:0.2,res(dense:8:relu,ln)",
                page.inputValue("#layers-text"), "an edit keeps the slope and the initializer");
        // the optimizer is a select and a box per parameter, from the key table: nobody types "momentum:0.8"
        Browsers.tab(page, "training");
        page.selectOption("[data-compound=opt] [data-part=id]", "momentum");
        page.waitForURL(url -> url.contains("opt=momentum") && !url.contains("opt=momentum:"));
        assertEquals("0.9", page.inputValue("[data-compound=opt] [data-param='β']"), "the engine's default momentum");
        page.fill("[data-compound=opt] [data-param='β']", "0.8");
        page.dispatchEvent("[data-compound=opt] [data-param='β']", "change");
        page.waitForURL(url -> url.contains("opt=momentum:0.8"));
        page.check("[data-compound=es] [data-part=on]");
        page.waitForURL(url -> url.contains("es=val_loss:10:0.001"));
        assertEquals("10", page.inputValue("[data-compound=es] [data-param=patience]"));
    }
}
