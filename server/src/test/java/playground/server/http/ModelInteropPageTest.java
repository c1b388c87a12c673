package playground.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import playground.engine.data.Synthetic;
import playground.engine.experiment.Experiment;
import playground.engine.experiment.ModelFile;
import playground.engine.experiment.TfjsModel;
import playground.engine.spec.ExperimentSpec;
import playground.engine.spec.LayerSpec;
import playground.engine.spec.ModelSpec;
import playground.engine.text.Json;
import playground.engine.text.Zip;

/** The page's TensorFlow.js and Keras exports, and a model imported on the page as the start of a run. */
class ModelInteropPageTest extends BrowserTest {
    private Page page;

    @AfterEach
    void closePage() {
        if (page != null) {
            page.close();
        }
    }

    @Test
    void theTensorflowJsZipHoldsTheTrainedWeightsAndImportsBackAsTheExperimentAndStartOfARun() throws Exception {
        String query = "v=2&data=circle&layers=dense:6:tanh,bn,dense:4:relu&epochs=8";
        page = openPlayground("?" + query + "&runtime=wasm", 1280, 900, null);
        trainToEnd(page);
        Browsers.tab(page, "results");
        Download download = page.waitForDownload(() -> page.click("#export-tfjs"));
        assertEquals("model-tfjs.zip", download.suggestedFilename());
        byte[] zip = Files.readAllBytes(download.path());
        Map<String, byte[]> entries = Zip.read(zip);
        assertEquals(List.of("model.json", TfjsModel.WEIGHTS_FILE, TfjsModel.SIDECAR_FILE, "initial/model.json",
                "initial/" + TfjsModel.WEIGHTS_FILE), List.copyOf(entries.keySet()));
        TfjsModel.Imported browser = TfjsModel.readFiles(Map.of("model-tfjs.zip", zip));
        Experiment jvm = Experiment.prepare(ExperimentSpec.fromQuery(query).spec, Synthetic.table("circle", 400, 0.1, 1), null, List.of());
        ModelFile initial = ModelFile.of(jvm).withWeights(jvm.initialWeights());
        jvm.train();
        for (int i = 0; i < jvm.network.params().size(); i++) {
            double[] mine = jvm.network.params().get(i).value;
            double[] theirs = browser.model().network.params().get(i).value;
            for (int j = 0; j < mine.length; j++) {
                assertEquals((float) mine[j], theirs[j], 0.0, "parameter " + i + "[" + j + "]: the trained weight in float32");
            }
        }
        TfjsModel.Imported start = TfjsModel.read(new String(entries.get("initial/model.json"), StandardCharsets.UTF_8),
                entries.get("initial/" + TfjsModel.WEIGHTS_FILE));
        assertEquals((float) initial.network.params().get(0).value[0], start.model().network.params().get(0).value[0], 0.0,
                "initial/ holds the weights the run started from");
        assertEquals(ExperimentSpec.fromQuery(query).spec.toQuery(), browser.experiment(), "the metadata names the experiment");

        Download script = page.waitForDownload(() -> page.click("#export-keras"));
        String py = Files.readString(script.path());
        assertTrue(py.contains("model = keras.Model(inputs, x)") && py.contains("train_idx = [") && py.contains("DATA = \"\"\"x1,x2,label"),
                py.substring(0, Math.min(py.length(), 400)));

        // another experiment on another dataset: the zip brings back its own, and its weights as the start
        page.close();
        page = openPlayground("?v=2&data=xor&layers=dense:3:relu&epochs=3", 1280, 900, null);
        Browsers.tab(page, "model");
        page.setInputFiles("#model-file", new FilePayload("model-tfjs.zip", "application/zip", zip));
        page.waitForURL(url -> !url.contains("data=xor") && url.contains("layers=dense:6:tanh,bn,dense:4:relu")); // circle: the default
        Browsers.waitUntil(page, "document.querySelector('#start-text').textContent.includes('imported model')");
        assertTrue(page.textContent("#import-note").contains("Imported model-tfjs.zip (80 parameters) with the experiment it was trained in"),
                page.textContent("#import-note"));
        Browsers.waitUntil(page, "/\\d/.test(document.querySelector('#tiles').textContent)"); // its metrics, before any training
        page.click("#step-epoch");
        Browsers.waitUntil(page, "document.querySelector('#epoch').textContent === '1'");
        page.click("#play");
        page.waitForSelector("body[data-trained=true]", new Page.WaitForSelectorOptions().setTimeout(60_000));
        Browsers.tab(page, "share");
        assertTrue(page.textContent("#weights-warning").contains("starts from an earlier run's weights"), page.textContent("#weights-warning"));
        page.click("#save");
        page.waitForSelector("#short-link", new Page.WaitForSelectorOptions().setTimeout(30_000));
        String id = page.getAttribute("#short-link", "href").replaceAll(".*/x/", "");
        String body = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base() + "/api/experiments/" + id)).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        Map<?, ?> saved = (Map<?, ?>) Json.parse(body);
        Map<?, ?> weights = (Map<?, ?>) ((Map<?, ?>) saved.get("results")).get("weights");
        assertTrue(weights.get("start") instanceof Map, "the imported start travels with the saved experiment: " + weights);
    }

    @Test
    void aModelWithoutMetadataTakesTheDataAsPreparedAndWhatCannotBeReadIsSaid() throws Exception {
        ModelSpec spec = new ModelSpec(2, LayerSpec.parseList("dense:5:tanh,dense:2:softmax"));
        TfjsModel.Files files = TfjsModel.write(new ModelFile(spec, "cce", spec.build(4)), null);
        page = openPlayground("?v=2&data=circle&epochs=3", 1280, 900, null);
        Browsers.tab(page, "model");
        page.setInputFiles("#model-file", new FilePayload[] {
            new FilePayload("model.json", "application/json", files.modelJson().getBytes(StandardCharsets.UTF_8)),
            new FilePayload(TfjsModel.WEIGHTS_FILE, "application/octet-stream", files.weights())});
        page.waitForURL(url -> url.contains("layers=dense:5:tanh"));
        Browsers.waitUntil(page, "document.querySelector('#import-note').textContent.includes('no preprocessing metadata')");
        assertTrue(page.textContent("#import-note").contains("its 2 inputs are taken as this data's features as prepared here (2 columns)"),
                page.textContent("#import-note"));
        assertTrue(page.textContent("#start-text").contains("imported model's weights (model.json, " + TfjsModel.WEIGHTS_FILE + ")"),
                page.textContent("#start-text"));

        String conv = files.modelJson().replaceFirst("\"class_name\":\"Dense\"", "\"class_name\":\"Conv2D\"");
        page.setInputFiles("#model-file", new FilePayload[] {
            new FilePayload("model.json", "application/json", conv.getBytes(StandardCharsets.UTF_8)),
            new FilePayload(TfjsModel.WEIGHTS_FILE, "application/octet-stream", files.weights())});
        Browsers.waitUntil(page, "document.querySelector('#import-note').textContent.includes('Conv2D')");
        assertTrue(page.textContent("#import-note").contains("The model cannot be imported: layer dense is a Conv2D"), page.textContent("#import-note"));

        page.setInputFiles("#model-file", new FilePayload("model.json", "application/json", files.modelJson().getBytes(StandardCharsets.UTF_8)));
        Browsers.waitUntil(page, "document.querySelector('#import-note').textContent.includes('was not among the files chosen')");
        assertTrue(page.url().contains("layers=dense:5:tanh"), "a refused import changes nothing: " + page.url());
    }
}
