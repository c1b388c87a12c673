package playground.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import playground.engine.data.Table;
import playground.engine.experiment.Experiment;
import playground.engine.experiment.TfjsModel;
import playground.engine.spec.ExperimentSpec;
import playground.engine.spec.Presets;
import playground.engine.text.Json;
import playground.server.data.DatasetCatalog;

/**
 * The three exports from the command line — TensorFlow.js model, its import by predict and train, the Keras
 * script — and the Keras script's data part run by the real scikit-learn (Debian's python3-sklearn; skipped without
 * it, a failure under CI=true).
 */
class ExportsCliTest extends CapturedCli {
    @Test
    void aTensorflowJsExportPredictsWhatTheModelFilePredictsAndStartsARun(@TempDir Path dir) throws Exception {
        Path tfjs = dir.resolve("tfjs");
        Path model = dir.resolve("model.json");
        assertEquals(0, Main.run("train", "--preset", "insurance-blog", "--set", "epochs=3", "--save", model.toString(),
                "--save-tfjs", tfjs.toString()));
        for (String f : new String[] {"model.json", TfjsModel.WEIGHTS_FILE, TfjsModel.SIDECAR_FILE, "initial/model.json",
            "initial/" + TfjsModel.WEIGHTS_FILE}) {
            assertTrue(Files.exists(tfjs.resolve(f)), f + " written");
        }
        assertEquals(22745 * 4, Files.size(tfjs.resolve(TfjsModel.WEIGHTS_FILE)), "float32, every parameter once");
        Path rows = dir.resolve("rows.csv");
        Files.writeString(rows, "age,sex,bmi,children,smoker,region\n19,female,27.9,0,yes,southwest\n64,male,40.1,3,no,northeast\n");
        out.reset();
        assertEquals(0, Main.run("predict", "--model", model.toString(), "--input", rows.toString()));
        String fromFile = stdout();
        out.reset();
        assertEquals(0, Main.run("predict", "--model", tfjs.resolve("model.json").toString(), "--input", rows.toString()));
        String[] a = fromFile.trim().split("\n");
        String[] b = stdout().trim().split("\n");
        assertEquals("charges", b[0]);
        for (int i = 1; i < a.length; i++) {
            double x = Double.parseDouble(a[i]);
            double y = Double.parseDouble(b[i]);
            assertTrue(Math.abs(x - y) <= 1e-5 * Math.abs(x), "row " + i + ": " + x + " vs " + y + " (float32 weights)");
        }
        out.reset();
        assertEquals(0, Main.run("summary", "--model-file", tfjs.resolve("model.json").toString()));
        assertTrue(stdout().contains("Total params: 22,745\nTrainable params: 22,123\nNon-trainable params: 622\n"), stdout());
        out.reset();
        assertEquals(0, Main.run("train", "--preset", "insurance-blog", "--set", "epochs=1", "--init-weights",
                tfjs.resolve("model.json").toString()));
        assertTrue(stdout().contains("epochs run: 1"), stdout());
        assertEquals(2, Main.run("train", "--preset", "insurance-blog", "--set", "layers=dense:4:relu", "--init-weights",
                tfjs.resolve("model.json").toString()));
        assertTrue(stderr().contains("the starting weights have 24 tensors and this network has 4: its layers differ (the model's hidden "
                + "layers are bn,dense:100:relu,bn,dropout:0.5,dense:100:relu,bn,dropout:0.5,dense:100:relu,bn: --set layers="),
                stderr());
    }

    @Test
    void importMessagesNameWhatIsWrong(@TempDir Path dir) throws Exception {
        Path tfjs = dir.resolve("m");
        assertEquals(0, Main.run("train", "--set", "data=xor", "--set", "epochs=2", "--save-tfjs", tfjs.toString()));
        Path json = tfjs.resolve("model.json");
        String good = Files.readString(json);
        Path rows = dir.resolve("rows.csv");
        Files.writeString(rows, "x1,x2\n1,1\n");

        Files.writeString(json, good.replaceFirst("\"class_name\":\"Dense\"", "\"class_name\":\"Conv2D\""));
        assertEquals(2, Main.run("predict", "--model", json.toString(), "--input", rows.toString()));
        assertTrue(stderr().contains("layer dense is a Conv2D, which the playground does not have"), stderr());

        Files.writeString(json, good);
        byte[] bin = Files.readAllBytes(tfjs.resolve(TfjsModel.WEIGHTS_FILE));
        Files.write(tfjs.resolve(TfjsModel.WEIGHTS_FILE), java.util.Arrays.copyOf(bin, bin.length - 4));
        err.reset();
        assertEquals(2, Main.run("predict", "--model", json.toString(), "--input", rows.toString()));
        assertTrue(stderr().contains("the weights file is too short: " + (bin.length - 4) + " bytes, and model.json's weights need "
                + bin.length), stderr());

        Files.delete(tfjs.resolve(TfjsModel.WEIGHTS_FILE));
        err.reset();
        assertEquals(2, Main.run("predict", "--model", json.toString(), "--input", rows.toString()));
        assertTrue(stderr().contains("the weights file") && stderr().contains("that model.json names is missing"), stderr());

        Files.write(tfjs.resolve(TfjsModel.WEIGHTS_FILE), bin);
        Files.writeString(json, good.replaceFirst("\"units\":8", "\"units\":9"));
        err.reset();
        assertEquals(2, Main.run("predict", "--model", json.toString(), "--input", rows.toString()));
        assertTrue(stderr().contains("weight dense/kernel has shape [2, 8] and its layer needs [2, 9]"), stderr());

        // without the metadata the columns are the model's inputs, already prepared; predict says so
        Files.writeString(json, good.substring(0, good.indexOf(",\"userDefinedMetadata\"")) + "}");
        err.reset();
        out.reset();
        assertEquals(0, Main.run("predict", "--model", json.toString(), "--input", rows.toString()));
        assertTrue(stderr().contains("has no preprocessing metadata; the input's columns are taken as the model's 2 inputs, already prepared"),
                stderr());
        assertTrue(stdout().startsWith("output_0,output_1\n"), stdout());
    }

    @Test
    void theKerasScriptPreparesTheSameFeaturesUnderScikitLearnAndBuildsTheSameLayers(@TempDir Path dir) throws Exception {
        String python = pythonWithScikitLearn();
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(python != null, "CI=true but no python3 with scikit-learn and pandas (.ci/run installs python3-sklearn)");
        }
        assumeTrue(python != null, "no python3 with scikit-learn and pandas: the Keras script's data part is not run");
        DatasetCatalog catalog = new DatasetCatalog(DatasetCatalog.dataDir(null));
        String[][] experiments = {
            {"insurance-blog", ""},
            {"insurance-blog", "tf=age:standard,bmi:passthrough,children:onehot&yscale=standardize&split=shuffle"
                + "&layers=res(dense:8:leaky_relu),ln,dense:4:relu"},
            {"", "data=penguins&target=species&missing=impute&tf=beak_depth_mm:standard"},
            {"", "data=spiral&features=x1,x2,x1sq,x1x2,sinx1&tf=x1x2:standard"},
        };
        for (String[] x : experiments) {
            ExperimentSpec base = x[0].isEmpty() ? ExperimentSpec.defaults() : Presets.experiment(x[0]);
            ExperimentSpec spec = base.withAll(x[1].isEmpty() ? List.of() : List.of(x[1].split("&")));
            Table table = catalog.load(spec);
            boolean synthetic = playground.engine.data.Synthetic.isSynthetic(spec.get("data")); // its points are in the script
            Path csv = dir.resolve(spec.get("data") + ".csv");
            if (!synthetic) {
                Files.writeString(csv, catalog.csvText(spec.get("data")), StandardCharsets.UTF_8);
            }
            Experiment e = Experiment.prepare(spec, table, null, List.of());
            Path script = dir.resolve("experiment.py");
            Path tfjs = dir.resolve("tfjs");
            List<String> args = new ArrayList<>(List.of("train", "--set", "epochs=1", "--save-keras-script",
                    script.toString(), "--save-tfjs", tfjs.toString()));
            if (!x[0].isEmpty()) {
                args.addAll(List.of("--preset", x[0]));
            }
            for (String set : x[1].isEmpty() ? new String[0] : x[1].split("&")) {
                args.add("--set");
                args.add(set);
            }
            assertEquals(0, Main.run(args.toArray(new String[0])), stderr());
            String text = Files.readString(script);
            run(python, "-m", "py_compile", script.toString());
            Path features = dir.resolve("features");
            if (synthetic) {
                run(python, script.toString(), "--features-only", features.toString());
            } else {
                run(python, script.toString(), "--data", csv.toString(), "--features-only", features.toString());
            }
            int[][] parts = {e.split.train, e.split.test, e.split.val};
            String[] names = {"train", "test", "val"};
            for (int p = 0; p < 3; p++) {
                double[] mine = e.preprocessor.transform(e.table, parts[p]);
                String[] lines = Files.readString(features.resolve(names[p] + ".csv")).trim().split("\n");
                assertEquals(parts[p].length, lines.length, names[p] + " rows");
                int width = e.preprocessor.width();
                double worst = 0;
                for (int r = 0; r < lines.length; r++) {
                    String[] cells = lines[r].split(",");
                    assertEquals(width, cells.length);
                    for (int j = 0; j < width; j++) {
                        worst = Math.max(worst, Math.abs(Double.parseDouble(cells[j]) - mine[r * width + j]));
                    }
                }
                assertTrue(worst <= 1e-12, x[1] + " " + names[p] + ": scikit-learn's features differ from the engine's by " + worst);
            }
            assertEquals(layerNames(Files.readString(tfjs.resolve("model.json"))), scriptLayerNames(text),
                    "the script builds the export's layers, by name and kind");
            assertTrue(text.contains("train_idx = [" + e.split.train[0] + ", " + e.split.train[1] + ","), "explicit rows");
        }
    }

    /** The export's layers as "Class name" and a Dense's units (InputLayer left out). */
    private static List<String> layerNames(String modelJson) {
        List<String> out = new ArrayList<>();
        java.util.Map<?, ?> topology = (java.util.Map<?, ?>) ((java.util.Map<?, ?>) Json.parse(modelJson)).get("modelTopology");
        for (Object o : (List<?>) ((java.util.Map<?, ?>) topology.get("config")).get("layers")) {
            java.util.Map<?, ?> l = (java.util.Map<?, ?>) o;
            String cls = (String) l.get("class_name");
            if (!cls.equals("InputLayer")) {
                Object units = ((java.util.Map<?, ?>) l.get("config")).get("units");
                out.add(cls + " " + ((java.util.Map<?, ?>) l.get("config")).get("name") + (units == null ? "" : " " + ((Double) units).intValue()));
            }
        }
        return out;
    }

    /** The script's "layers.Class(…, name="…")" calls as "Class name" and a Dense's units, in order. */
    private static List<String> scriptLayerNames(String script) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("layers\\.(\\w+)\\((\\d+)?.*name=\"([\\w]+)\"\\)").matcher(script);
        while (m.find()) {
            out.add(m.group(1) + " " + m.group(3) + (m.group(1).equals("Dense") ? " " + m.group(2) : ""));
        }
        return out;
    }

    private static String pythonWithScikitLearn() throws Exception {
        for (String p : new String[] {"python3", "/usr/bin/python3"}) {
            try {
                Process proc = new ProcessBuilder(p, "-c", "import sklearn, pandas").redirectErrorStream(true).start();
                proc.getInputStream().readAllBytes();
                if (proc.waitFor(60, TimeUnit.SECONDS) && proc.exitValue() == 0) {
                    return p;
                }
            } catch (java.io.IOException e) {
                // not this one
            }
        }
        return null;
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
            fail(String.join(" ", command) + " failed:\n" + log);
        }
    }
}
