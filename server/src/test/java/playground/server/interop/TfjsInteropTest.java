package playground.server.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import playground.engine.data.Table;
import playground.engine.experiment.Experiment;
import playground.engine.experiment.ModelFile;
import playground.engine.experiment.TfjsModel;
import playground.engine.loss.Loss;
import playground.engine.math.Rng;
import playground.engine.nn.Network;
import playground.engine.nn.Param;
import playground.engine.optim.Optimizer;
import playground.engine.spec.ExperimentSpec;
import playground.engine.spec.Ids;
import playground.engine.spec.LayerSpec;
import playground.engine.spec.ModelSpec;
import playground.engine.spec.Presets;
import playground.engine.text.Json;
import playground.server.data.DatasetCatalog;

/**
 * The exported models against the real TensorFlow.js 4.22.0 (its CPU backend, under Node; installed by npm ci from
 * src/test/interop's lock file into target/interop). TF.js opens each export with {@code tf.io.fromMemory}, predicts
 * the insurance rows from their raw cells through the metadata's preprocessing, and trains from the exported
 * weights with the same optimizer and loss, one and ten steps, for every optimizer, loss and activation, BatchNorm,
 * LayerNorm, residual blocks and L1/L2. Without node the class is skipped; under CI=true that is a failure.
 */
class TfjsInteropTest {
    private static final Path INTEROP = Path.of("target", "interop");

    @TempDir
    Path dir;

    @BeforeAll
    static void needsTfjs() {
        boolean installed = Files.isDirectory(INTEROP.resolve("node_modules/@tensorflow/tfjs")) && onPath("node");
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(installed, "CI=true but TensorFlow.js is not installed in " + INTEROP.toAbsolutePath()
                    + " (mvn's process-test-resources runs src/test/interop/npm-ci.sh; it needs node and npm)");
        }
        assumeTrue(installed, "TensorFlow.js is not installed (no npm or node): the interop tests are skipped");
    }

    private static boolean onPath(String command) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, command))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void tfjsPredictsTheInsuranceRowsFromTheExportedModelAndItsPreprocessing() throws Exception {
        Table table = new DatasetCatalog(DatasetCatalog.dataDir(null)).load("insurance");
        ExperimentSpec spec = Presets.experiment("insurance-blog");
        Experiment e = Experiment.prepare(spec, table, null, List.of());
        e.train();
        Path model = dir.resolve("insurance");
        write(model, TfjsModel.write(ModelFile.of(e), spec.toQuery()));
        List<Map<String, Object>> rows = new ArrayList<>();
        int[] all = new int[e.table.rows()];
        for (int r = 0; r < all.length; r++) {
            all[r] = r;
            Map<String, Object> row = new LinkedHashMap<>();
            for (String f : e.features) {
                row.put(f, e.table.column(f).numeric ? (Object) e.table.column(f).numbers[r] : e.table.column(f).text(r));
            }
            rows.add(row);
        }
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", "insurance");
        c.put("dir", model.toAbsolutePath().toString());
        c.put("rows", rows);
        Map<?, ?> result = (Map<?, ?>) run(List.of(c)).get("insurance");

        // the engine running the exported model: its float32 weights, read back through the importer, in float64
        ModelFile exported = TfjsModel.read(Files.readString(model.resolve(TfjsModel.MODEL_FILE)),
                Files.readAllBytes(model.resolve(TfjsModel.WEIGHTS_FILE))).model();
        double[] mine = exported.network.predict(exported.preprocessor.transform(e.table, all), all.length);
        List<?> theirs = (List<?>) result.get("predictions");
        assertEquals(mine.length, theirs.size());
        double worst = 0;
        for (int i = 0; i < mine.length; i++) {
            double d = Math.abs(mine[i] - (Double) theirs.get(i)) / Math.max(Math.abs(mine[i]), 1);
            worst = Math.max(worst, d);
        }
        System.out.println("TF.js predicts the " + mine.length + " insurance rows within " + worst + " (relative) of the engine");
        assertTrue(worst <= 1e-6, "TF.js's predictions differ from the engine's by up to " + worst + " (relative)");
        assertEquals((double) playground.engine.nn.Summary.of(e.network).total, (Double) result.get("params"),
                "TF.js counts the same parameters");
    }

    /**
     * One training comparison: a network, data, loss and optimizer, as both sides build them. {@code departs}, when not
     * null, says where TF.js does not compute Keras's formula: such a row must differ measurably (so the departure is
     * still there and understood), and the engine's formula is pinned against hand-computed Keras updates instead.
     */
    private record Case(String name, int inputs, int outputs, String layers, String loss, String opt, String reg, String departs) {
        Case(String name, int inputs, int outputs, String layers, String loss, String opt, String reg) {
            this(name, inputs, outputs, layers, loss, opt, reg, null);
        }
    }

    private static final List<Case> CASES = List.of(
            new Case("sgd", 3, 1, "dense:6:tanh,dense:1:linear", "mse", "sgd", "none"),
            new Case("momentum", 3, 1, "dense:6:tanh,dense:1:linear", "mse", "momentum:0.9", "none"),
            new Case("nesterov", 3, 1, "dense:6:tanh,dense:1:linear", "mse", "nesterov:0.9", "none"),
            new Case("adagrad", 3, 1, "dense:6:tanh,dense:1:linear", "mse", "adagrad:0.1", "none"),
            new Case("rmsprop", 3, 1, "dense:6:tanh,dense:1:linear", "mse", "rmsprop:0.9", "none"),
            new Case("rmsprop-momentum-centered", 3, 1, "dense:6:tanh,dense:1:linear", "mse", "rmsprop:0.9:0.5:centered", "none",
                    "TF.js's centered RMSprop takes √(v − ḡ² − ε), ε subtracted where Keras adds it"),
            new Case("adam", 3, 1, "dense:6:tanh,dense:1:linear", "mse", "adam", "none",
                    "TF.js's Adam is the paper's form, ε added to √v̂; Keras's adds ε to √v with the correction in the rate"),
            new Case("adam-paper", 3, 1, "dense:6:tanh,dense:1:linear", "mse", "adam:0.9:0.999:paper", "none"),
            new Case("mae", 3, 1, "dense:6:tanh,dense:1:linear", "mae", "sgd", "none"),
            new Case("huber", 3, 1, "dense:6:tanh,dense:1:linear", "huber:0.5", "sgd", "none"),
            new Case("rmse", 3, 1, "dense:6:tanh,dense:1:linear", "rmse", "sgd", "none"),
            new Case("half-se", 3, 2, "dense:6:tanh,dense:2:linear", "half_se", "sgd", "none"),
            new Case("bce-sigmoid", 3, 1, "dense:6:tanh,dense:1:sigmoid", "bce", "sgd", "none"),
            new Case("cce-softmax", 3, 3, "dense:6:tanh,dense:3:softmax", "cce", "sgd", "none"),
            new Case("relu", 3, 1, "dense:6:relu,dense:1:linear", "mse", "sgd", "none"),
            new Case("sigmoid", 3, 1, "dense:6:sigmoid,dense:1:linear", "mse", "sgd", "none"),
            new Case("leaky-relu", 3, 1, "dense:6:leaky_relu,dense:1:linear", "mse", "sgd", "none"),
            new Case("linear", 3, 1, "dense:6:linear,dense:1:linear", "mse", "sgd", "none"),
            new Case("batch-norm", 3, 1, "dense:6:tanh,bn,dense:1:linear", "mse", "sgd", "none"),
            new Case("layer-norm", 3, 1, "dense:6:tanh,ln,dense:1:linear", "mse", "sgd", "none"),
            new Case("residual", 3, 1, "dense:6:tanh,res(dense:6:relu,dense:6:linear),dense:1:linear", "mse", "sgd", "none"),
            new Case("residual-projection", 3, 1, "res(dense:5:tanh),dense:1:linear", "mse", "sgd", "none"),
            new Case("l1l2", 3, 1, "dense:6:tanh,dense:1:linear", "mse", "sgd", "l1l2:0.01:0.01"),
            new Case("walkthrough-shape", 3, 1, "bn,dense:8:relu,bn,dropout:0,dense:8:relu,dense:1:linear", "mse", "momentum:0.9", "none"));

    private static final int ROWS = 16;

    @Test
    void tfjsTrainsEveryOptimizerLossActivationAndLayerLikeTheEngine() throws Exception {
        List<Map<String, Object>> cases = new ArrayList<>();
        Map<String, List<double[][]>> engine = new LinkedHashMap<>();
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (Case k : CASES) {
            ModelSpec spec = new ModelSpec(k.inputs, LayerSpec.parseList(k.layers));
            Network net = spec.build(7).withPenalty(Ids.penalty(k.reg));
            Rng rng = new Rng(11);
            double[] x = new double[ROWS * k.inputs];
            double[] y = new double[ROWS * k.outputs];
            for (int i = 0; i < x.length; i++) {
                x[i] = (float) (rng.nextDouble() * 2 - 1); // float32 values, so both sides see the same inputs
            }
            for (int r = 0; r < ROWS; r++) {
                if (k.loss.equals("cce")) {
                    y[r * 3 + (int) (rng.nextDouble() * 3)] = 1;
                } else if (k.loss.equals("bce")) {
                    y[r] = rng.nextDouble() < 0.5 ? 0 : 1;
                } else {
                    for (int j = 0; j < k.outputs; j++) {
                        y[r * k.outputs + j] = (float) (rng.nextDouble() * 2 - 1);
                    }
                }
            }
            roundToFloat(net);
            Path d = dir.resolve(k.name);
            TfjsModel.Files files = TfjsModel.write(new ModelFile(spec, k.loss, net), null);
            write(d, files);
            names.put(k.name, weightNames(files.modelJson()));

            Loss loss = Ids.loss(k.loss);
            Optimizer opt = Ids.optimizer(k.opt, Ids.defaultRate(k.opt) * 5); // Keras's default rate ×5: steps that show
            List<double[][]> snapshots = new ArrayList<>();
            for (int step = 1; step <= 10; step++) {
                net.computeGradients(x, y, ROWS, loss);
                opt.step(net.params());
                if (step == 1 || step == 10) {
                    snapshots.add(values(net));
                }
            }
            engine.put(k.name, snapshots);

            Map<String, Object> train = new LinkedHashMap<>();
            train.put("rows", (double) ROWS);
            train.put("x", toList(x));
            train.put("y", toList(y));
            train.put("steps", List.of(1.0, 10.0));
            train.put("optimizer", optimizerJson(opt));
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("name", playground.engine.text.Tokens.parts(k.loss).get(0));
            if (k.loss.startsWith("huber")) {
                l.put("delta", 0.5);
            }
            train.put("loss", l);
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("name", k.name);
            c.put("dir", d.toAbsolutePath().toString());
            c.put("train", train);
            cases.add(c);
        }
        Map<?, ?> results = run(cases);
        List<String> failures = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (Case k : CASES) {
            Map<?, ?> after = (Map<?, ?>) ((Map<?, ?>) results.get(k.name)).get("after");
            double worst = 0;
            String where = "";
            int s = 0;
            for (String step : new String[] {"1", "10"}) {
                Map<?, ?> theirs = (Map<?, ?>) after.get(step);
                double[][] mine = engine.get(k.name).get(s++);
                for (int t = 0; t < mine.length; t++) {
                    String name = names.get(k.name).get(t);
                    List<?> tv = (List<?>) theirs.get(name);
                    if (tv == null) {
                        failures.add(k.name + ": TF.js has no weight " + name + " (it has " + theirs.keySet() + ")");
                        continue;
                    }
                    double diff = 0;
                    double norm = 0;
                    for (int i = 0; i < mine[t].length; i++) {
                        double b = tv.get(i) == null ? Double.NaN : (Double) tv.get(i); // JSON writes NaN as null
                        diff += (mine[t][i] - b) * (mine[t][i] - b);
                        norm += b * b;
                    }
                    double rel = Math.sqrt(diff) / Math.max(Math.sqrt(norm), 1e-30);
                    if (!(rel <= worst)) {
                        worst = rel;
                        where = name + " after " + step + (step.equals("1") ? " step" : " steps");
                    }
                }
            }
            report.append(String.format("%-28s worst ‖a−b‖/‖b‖ %.2e (%s)%s%n", k.name, worst, where,
                    k.departs == null ? "" : "  departs: " + k.departs));
            if (k.departs != null) {
                if (worst <= 1e-5) {
                    failures.add(k.name + ": expected TF.js to depart from Keras here (" + k.departs + "), and it agrees to " + worst);
                }
            } else if (!(worst <= 1e-5)) {
                failures.add(k.name + ": " + where + " differs by " + worst + " (relative norm)");
            }
        }
        System.out.println("TensorFlow.js " + TfjsModel.TFJS_VERSION + " against the engine, from identical weights:\n" + report);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** The engine's weights exactly as float32 holds them, so both sides start from identical values. */
    private static void roundToFloat(Network net) {
        for (Param p : net.params()) {
            for (int i = 0; i < p.value.length; i++) {
                p.value[i] = (float) p.value[i];
            }
        }
    }

    private static double[][] values(Network net) {
        List<Param> params = net.params();
        double[][] out = new double[params.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = params.get(i).value.clone();
        }
        return out;
    }

    private static List<String> weightNames(String modelJson) {
        List<String> out = new ArrayList<>();
        Map<?, ?> m = (Map<?, ?>) Json.parse(modelJson);
        for (Object w : (List<?>) ((Map<?, ?>) ((List<?>) m.get("weightsManifest")).get(0)).get("weights")) {
            out.add((String) ((Map<?, ?>) w).get("name"));
        }
        return out;
    }

    /** The optimizer's settings in TF.js's terms (tf.train.*): the same hyperparameters the engine trains with. */
    private static Map<String, Object> optimizerJson(Optimizer opt) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("lr", opt.learningRate());
        if (opt instanceof playground.engine.optim.Momentum m) {
            o.put("name", m.nesterov ? "nesterov" : "momentum");
            o.put("beta", m.beta);
        } else if (opt instanceof playground.engine.optim.Adagrad a) {
            o.put("name", "adagrad");
            o.put("initialAccumulator", a.initialAccumulator);
        } else if (opt instanceof playground.engine.optim.RmsProp r) {
            o.put("name", "rmsprop");
            o.put("rho", r.beta);
            o.put("momentum", r.momentum);
            o.put("epsilon", r.epsilon);
            o.put("centered", r.centered);
        } else if (opt instanceof playground.engine.optim.Adam a) {
            o.put("name", "adam");
            o.put("beta1", a.beta1);
            o.put("beta2", a.beta2);
            o.put("epsilon", a.epsilon);
        } else {
            o.put("name", "sgd");
        }
        return o;
    }

    private static List<Object> toList(double[] v) {
        List<Object> out = new ArrayList<>();
        for (double d : v) {
            out.add(d);
        }
        return out;
    }

    private static void write(Path d, TfjsModel.Files files) throws Exception {
        Files.createDirectories(d);
        Files.writeString(d.resolve(TfjsModel.MODEL_FILE), files.modelJson(), StandardCharsets.UTF_8);
        Files.write(d.resolve(TfjsModel.WEIGHTS_FILE), files.weights());
    }

    /** Runs tfjs-check.mjs on the cases; returns its results by case name. */
    private Map<?, ?> run(List<Map<String, Object>> cases) throws Exception {
        Path in = dir.resolve("cases.json");
        Path out = dir.resolve("results.json");
        Files.writeString(in, Json.write(cases), StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("node", INTEROP.resolve("tfjs-check.mjs").toAbsolutePath().toString(), in.toString(), out.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("TF.js did not finish in 5 minutes:\n" + log);
        }
        assertEquals(0, p.exitValue(), "node tfjs-check.mjs failed:\n" + log);
        return (Map<?, ?>) Json.parse(Files.readString(out, StandardCharsets.UTF_8));
    }
}
