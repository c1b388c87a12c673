package playground.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import playground.engine.text.Json;

class CliTest extends CapturedCli {
    @Test
    void optionsWithoutACommandGoToTheServer() {
        assertEquals(2, Main.run("--port", "seventy"));
        assertTrue(stderr().contains("Invalid value for option '--port'"), "routed to serve: " + stderr());
        assertEquals(0, Main.run("--version"));
    }

    @Test
    void summaryOfTheInsuranceBlogPresetPrintsKerasCounts() {
        assertEquals(0, Main.run("summary", "--preset", "insurance-blog"));
        assertTrue(stdout().contains("Total params: 22,745\nTrainable params: 22,123\nNon-trainable params: 622\n"), stdout());
    }

    @Test
    void summaryJsonHasTheDocumentedFields() {
        assertEquals(0, Main.run("summary", "--preset", "insurance-blog", "--json"));
        Map<?, ?> m = (Map<?, ?>) Json.parse(stdout().trim());
        assertEquals(22745.0, m.get("total"));
        assertEquals(22123.0, m.get("trainable"));
        assertEquals(622.0, m.get("non_trainable"));
        Map<?, ?> first = (Map<?, ?>) ((List<?>) m.get("layers")).get(0);
        assertEquals(List.of("name", "type", "output_shape", "params", "trainable"), List.copyOf(first.keySet()));
    }

    @Test
    void trainSaveAndPredictRoundTrip(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("xor.json");
        assertEquals(0, Main.run("train", "--set", "data=xor", "--set", "epochs=80", "--set", "lr=0.03",
                "--save-model", model.toString()));
        assertTrue(stdout().contains("test:  accuracy "), stdout());
        Path input = dir.resolve("points.csv");
        Files.writeString(input, "x2,x1\n3,3\n3,-3\n-3,3\n-3,-3\n"); // columns by name, in another order
        out.reset();
        assertEquals(0, Main.run("predict", "--model", model.toString(), "--input", input.toString()));
        String[] lines = stdout().trim().split("\n");
        assertEquals("label,p_0,p_1", lines[0]);
        // XOR: same signs → 1, different signs → 0
        assertTrue(lines[1].startsWith("1,") && lines[4].startsWith("1,"), stdout());
        assertTrue(lines[2].startsWith("0,") && lines[3].startsWith("0,"), stdout());
    }

    @Test
    void trainInitWeightsTrainsOnFromASavedModelAndRefusesOneOfAnotherShape(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("circle.json");
        assertEquals(0, Main.run("train", "--set", "data=circle", "--set", "layers=dense:6:tanh", "--set", "epochs=60",
                "--set", "lr=0.03", "--save", model.toString(), "--json"));
        List<?> first = (List<?>) ((Map<?, ?>) Json.parse(stdout().trim())).get("history");
        double trainedLoss = (Double) ((Map<?, ?>) first.get(first.size() - 1)).get("loss");
        double freshLoss = (Double) ((Map<?, ?>) first.get(0)).get("loss");
        out.reset();
        assertEquals(0, Main.run("train", "--set", "data=circle", "--set", "layers=dense:6:tanh", "--set", "epochs=1",
                "--set", "lr=0.003", "--init-weights", model.toString(), "--json"));
        List<?> again = (List<?>) ((Map<?, ?>) Json.parse(stdout().trim())).get("history");
        double onFrom = (Double) ((Map<?, ?>) again.get(0)).get("loss");
        assertTrue(Math.abs(onFrom - trainedLoss) < 0.2 * trainedLoss && onFrom < freshLoss / 2,
                "it trains on from where the saved run ended: " + onFrom + " vs " + trainedLoss + " (fresh " + freshLoss + ")");
        assertEquals(2, Main.run("train", "--set", "data=circle", "--set", "layers=dense:7:tanh", "--init-weights", model.toString()));
        assertEquals("error: --init-weights " + model + ": starting weight tensor 1 is layer 0 kernel [2, 6], and this network's is"
                + " layer 0 kernel [2, 7]", stderr().trim());
        err.reset();
        assertEquals(2, Main.run("train", "--init-weights", dir.resolve("none.json").toString()));
        assertEquals("error: --init-weights: file not found: " + dir.resolve("none.json"), stderr().trim());
        err.reset();
        assertEquals(2, Main.run("train", "--init-weights", dir.toString()));
        assertTrue(stderr().startsWith("error: --init-weights " + dir + ": cannot be read"), stderr());
        err.reset();
        Path garbled = dir.resolve("garbled.json");
        Files.writeString(garbled, "{\"params\": [{\"layer\": 0, \"name\": \"kernel\", \"shape\": [2, 6], \"values\": \"many\"}]}");
        assertEquals(2, Main.run("train", "--init-weights", garbled.toString()));
        assertEquals("error: --init-weights " + garbled + ": starting weight tensor 1: \"values\" must be a list of 12 numbers (its shape"
                + " is [2, 6])", stderr().trim());
    }

    @Test
    void trainJsonHasHistoryMetricsAndCounts() {
        assertEquals(0, Main.run("train", "--set", "data=plane", "--set", "epochs=5", "--set", "es=val_loss:2:0.0",
                "--json"));
        Map<?, ?> m = (Map<?, ?>) Json.parse(stdout().trim());
        List<?> history = (List<?>) m.get("history");
        assertEquals(List.of("epoch", "loss", "mae", "val_loss", "val_mae", "lr"), List.copyOf(((Map<?, ?>) history.get(0)).keySet()));
        assertEquals(List.of("mae", "mse", "rmse", "r2"), List.copyOf(((Map<?, ?>) m.get("test")).keySet()));
        assertTrue(((Map<?, ?>) m.get("val")).containsKey("rmse"));
        for (String key : List.of("epochs_run", "stopped_early", "best_epoch", "params", "events")) {
            assertTrue(m.containsKey(key), key);
        }
        assertEquals(List.of("total", "trainable", "non_trainable"), List.copyOf(((Map<?, ?>) m.get("params")).keySet()));
    }

    @Test
    void classificationJsonHasTheConfusionMatrixOfTheTestRows() {
        assertEquals(0, Main.run("train", "--set", "data=clusters3", "--set", "epochs=30", "--set", "es=on", "--json"));
        Map<?, ?> m = (Map<?, ?>) Json.parse(stdout().trim());
        assertEquals(List.of("0", "1", "2"), m.get("classes"));
        List<?> confusion = (List<?>) m.get("confusion");
        double total = 0;
        for (Object row : confusion) {
            for (Object v : (List<?>) row) {
                total += (Double) v;
            }
        }
        assertEquals(72.0, total); // the test rows: ⌈(400 − 40) · 0.2⌉
        assertEquals(List.of("accuracy", "precision", "recall", "f1", "log_loss"), List.copyOf(((Map<?, ?>) m.get("test")).keySet()));
    }

    @Test
    void tuneRanksEveryGridPoint() {
        assertEquals(0, Main.run("tune", "--set", "data=plane", "--set", "epochs=3", "--grid", "lr=0.1,0.01;opt=sgd,adam",
                "--threads", "2", "--json"));
        Map<?, ?> m = (Map<?, ?>) Json.parse(stdout().trim());
        assertEquals(4.0, m.get("runs"));
        List<?> rows = (List<?>) m.get("rows");
        double previous = 0;
        for (Object row : rows) {
            double rmse = (Double) ((Map<?, ?>) ((Map<?, ?>) row).get("val")).get("rmse");
            assertTrue(rmse >= previous, "sorted by validation rmse");
            assertFalse(((Map<?, ?>) row).containsKey("test"), "the test rows are not shown for every run");
            previous = rmse;
        }
        Map<?, ?> chosen = (Map<?, ?>) m.get("chosen");
        assertEquals(((Map<?, ?>) rows.get(0)).get("spec"), chosen.get("spec"));
        assertTrue(((Map<?, ?>) chosen.get("test")).get("rmse") instanceof Double, "the chosen run's test rmse, reported once");
    }

    @Test
    void tuneRefusesToChooseWithoutValidationRows() {
        assertEquals(2, Main.run("tune", "--set", "data=plane", "--set", "val=0", "--grid", "lr=0.1,0.01"));
        assertTrue(stderr().contains("chooses on the validation rows"), stderr());
    }

    @Test
    void aSeededRandomSearchDrawsTheSameTrialsEveryTime() {
        String[] args = {"tune", "--set", "data=plane", "--set", "n=100", "--set", "epochs=2", "--search", "random", "--trials", "4",
            "--search-seed", "9", "--grid", "lr=1e-3..1e-1:log;layers=dense:{u}:tanh;u=2..8:int", "--threads", "2", "--json"};
        assertEquals(0, Main.run(args));
        Map<?, ?> first = (Map<?, ?>) Json.parse(stdout().trim());
        out.reset();
        assertEquals(0, Main.run(args));
        Map<?, ?> again = (Map<?, ?>) Json.parse(stdout().trim());
        assertEquals(first.get("rows"), again.get("rows"));
        assertEquals(4, ((List<?>) first.get("rows")).size());
        for (Object row : (List<?>) first.get("rows")) {
            String layers = (String) ((Map<?, ?>) ((Map<?, ?>) row).get("spec")).get("layers");
            assertTrue(layers.matches("dense:[2-8]:tanh"), layers);
        }
    }

    @Test
    void hyperbandRunsKerasTunersBracketsAndContinuesPromotedTrials() {
        assertEquals(0, Main.run("tune", "--set", "data=plane", "--set", "n=120", "--search", "hyperband", "--max-epochs", "9",
                "--grid", "lr=1e-3..3e-1:log;opt=sgd,adam", "--threads", "2", "--json"));
        Map<?, ?> m = (Map<?, ?>) Json.parse(stdout().trim());
        List<?> rows = (List<?>) m.get("rows");
        assertEquals(23.0, m.get("runs"), "9 + 3 + 1, 5 + 2, 3 trials (max epochs 9, factor 3)");
        int continued = 0;
        for (Object o : rows) {
            Map<?, ?> row = (Map<?, ?>) o;
            double trained = (Double) row.get("budget") - (Double) row.get("initial_epoch");
            assertEquals(trained, Double.parseDouble((String) ((Map<?, ?>) row.get("spec")).get("epochs")), "trains the rest of its budget");
            continued += (Double) row.get("parent") >= 0 ? 1 : 0;
        }
        assertEquals(6, continued);
        Map<?, ?> chosen = (Map<?, ?>) m.get("chosen");
        assertTrue(chosen.containsKey("budget") && chosen.containsKey("initial_epoch") && chosen.containsKey("parent"), chosen.toString());
    }

    @Test
    void aRandomSearchTrainsEachPointForTheEpochsItDrew() {
        assertEquals(0, Main.run("tune", "--set", "data=plane", "--set", "n=100", "--search", "random", "--trials", "6",
                "--grid", "epochs=1,2;lr=0.01..0.1:log", "--threads", "2", "--json"));
        for (Object o : (List<?>) ((Map<?, ?>) Json.parse(stdout().trim())).get("rows")) {
            Map<?, ?> row = (Map<?, ?>) o;
            assertEquals(Double.parseDouble((String) ((Map<?, ?>) row.get("spec")).get("epochs")), (Double) row.get("budget"));
            assertEquals((Double) row.get("budget"), (Double) row.get("epochs_run"));
        }
    }

    @Test
    void tuneTrainsRunsThatDifferOnlyInEpochsOnceAndTheirRowsAreThoseOfSeparateRuns() {
        String[] args = {"tune", "--set", "data=circle", "--set", "n=120", "--set", "es=val_loss:2:0", "--set", "ckpt=val_loss:restore",
            "--grid", "epochs=2,6;lr=0.3,0.03", "--threads", "2", "--json"};
        assertEquals(0, Main.run(args));
        Map<?, ?> shared = (Map<?, ?>) Json.parse(stdout().trim());
        assertEquals(4.0, shared.get("runs"));
        assertEquals(2.0, shared.get("trainings"));
        String[] separately = java.util.Arrays.copyOf(args, args.length + 1);
        separately[args.length] = "--separate";
        out.reset();
        assertEquals(0, Main.run(separately));
        Map<?, ?> separate = (Map<?, ?>) Json.parse(stdout().trim());
        assertEquals(4.0, separate.get("trainings"));
        assertEquals(separate.get("rows"), shared.get("rows"));
    }

    @Test
    void aDivergingRunExitsWith3AndSaysWhatToDo() {
        assertEquals(3, Main.run("train", "--set", "data=plane", "--set", "opt=sgd", "--set", "lr=100"));
        assertTrue(stderr().startsWith("Training diverged in epoch "), stderr());
        assertTrue(stderr().contains("Try a smaller learning rate than 100."), stderr());
    }

    @Test
    void badInputIsASentenceNotAStackTrace(@TempDir Path dir) throws Exception {
        assertEquals(2, Main.run("summary", "--inputs", "3", "--layers", "dense:4:relux"));
        assertTrue(stderr().startsWith("error: unknown activation 'relux'"), stderr());
        err.reset();
        Path input = dir.resolve("bad.csv");
        Files.writeString(input, "1,2\n3,abc\n");
        Path model = dir.resolve("m.json");
        assertEquals(0, Main.run("train", "--set", "epochs=1", "--save", model.toString()));
        assertEquals(2, Main.run("predict", "--model", model.toString(), "--input", input.toString()));
        assertEquals("error: the input has no column 'x1' (the model needs x1, x2)", stderr().trim());
        err.reset();
        assertEquals(2, Main.run("train", "--set", "batch=0"));
        assertEquals("error: setting 'batch': 0 is outside 1…65536", stderr().trim());
    }

    @Test
    void settingsPrintsTheEnginesKeyTable() {
        assertEquals(0, Main.run("settings", "--markdown"));
        assertEquals(playground.engine.spec.Settings.markdown(), stdout());
        out.reset();
        assertEquals(0, Main.run("settings"));
        for (String key : playground.engine.spec.Settings.keys()) {
            assertTrue(stdout().contains("\n  " + key + " "), key + " in\n" + stdout());
        }
        out.reset();
        assertEquals(0, Main.run("train", "--help"));
        assertTrue(stdout().replaceAll("\\s+", " ").contains("Keys: " + String.join(", ", playground.engine.spec.Settings.keys())),
                stdout());
    }

    @Test
    void setChoosesTheSpecVersionAndRefusesAnUnknownOne() {
        assertEquals(0, Main.run("train", "--set", "epochs=1", "--set", "v=1", "--json"));
        assertTrue(stdout().contains("\"spec\":{\"v\":1,"), stdout());
        assertEquals(0, Main.run("train", "--set", "epochs=1", "--json"));
        assertTrue(stdout().contains("\"spec\":{\"v\":2,"), "--set without v is the newest version: " + stdout());
        assertEquals(2, Main.run("train", "--set", "v=3", "--set", "epochs=1"));
        assertEquals("error: version 3 of the spec format is not known here (this engine reads versions 1 to 2)",
                stderr().trim());
    }
}
