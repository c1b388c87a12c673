package playground.engine.experiment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import playground.engine.activation.Activation;
import playground.engine.nn.BatchNorm;
import playground.engine.nn.Dense;
import playground.engine.nn.Dropout;
import playground.engine.nn.Layer;
import playground.engine.nn.LayerNorm;
import playground.engine.nn.Network;
import playground.engine.nn.Param;
import playground.engine.nn.Penalty;
import playground.engine.nn.Residual;
import playground.engine.spec.LayerSpec;
import playground.engine.spec.ModelSpec;
import playground.engine.text.Json;
import playground.engine.text.Numbers;

/**
 * A model in TensorFlow.js's Layers format, the form {@code tf.loadLayersModel} opens and the tensorflowjs converter
 * turns into a Keras file: {@code model.json} (a Keras-2-style {@code modelTopology} and a {@code weightsManifest})
 * and one weights file, {@link #WEIGHTS_FILE}, of little-endian float32 values in the manifest's order.
 *
 * <p>Writing: a network without residual blocks is a {@code Sequential} model; with them, a functional
 * {@code Model} whose blocks end in an {@code Add} of the block's output and the skip (the input, or the projection
 * Dense). Leaky ReLU becomes a linear Dense followed by a {@code LeakyReLU} layer (TF.js has no such activation
 * string). L1/L2 appear as every Dense's {@code kernel_regularizer}. Layer names follow Keras's: {@code dense},
 * {@code dense_1}, …; weights are named {@code layer/kernel}, {@code layer/bias}, {@code layer/gamma},
 * {@code layer/beta}, {@code layer/moving_mean}, {@code layer/moving_variance}.
 *
 * <p>The fitted preprocessing travels in {@code userDefinedMetadata} under {@link #METADATA_KEY} (and, written
 * beside the model, in {@link #SIDECAR_FILE}):
 * {@code {"format": "backprop-playground/preprocessing", "version": 1, "experiment": "v=2&…", "loss": "mse",
 * "inputs": ["age", …, "region_southwest"], "preprocessing": {…ModelFile's form…}}}.
 *
 * <p>Reading accepts such a model from anywhere (Keras via the converter, TF.js's {@code model.save}): InputLayer,
 * Dense, BatchNormalization, LayerNormalization, Dropout, Add (as residual blocks), LeakyReLU and Activation layers
 * after a linear Dense, and the activations linear, relu, sigmoid, tanh, softmax; anything else is refused by name.
 */
public final class TfjsModel {
    public static final String WEIGHTS_FILE = "group1-shard1of1.bin";
    public static final String MODEL_FILE = "model.json";
    public static final String SIDECAR_FILE = "preprocessing.json";
    public static final String METADATA_KEY = "backpropPlayground";
    public static final String METADATA_FORMAT = "backprop-playground/preprocessing";
    /** The TF.js release this format is written for and tested against. */
    public static final String TFJS_VERSION = "4.22.0";

    /** The two files of an export, plus the sidecar (null without preprocessing). */
    public record Files(String modelJson, byte[] weights, String sidecar) { }

    /** A model read back: what {@code predict} runs, and the experiment it came from when its metadata says. */
    public record Imported(ModelFile model, String experiment, boolean hasPreprocessing) {
        /** The hidden layers in the spec's words: every layer but the output layer, which an experiment adds. */
        public String hiddenLayers() {
            List<LayerSpec> all = model.spec.layers;
            return LayerSpec.listToText(all.subList(0, all.size() - 1));
        }
    }

    private TfjsModel() { }

    // ---------------------------------------------------------------- writing

    /** One Keras layer of the export. */
    private record KLayer(String className, String name, Map<String, Object> config, List<String> inputs,
            List<Weight> weights) { }

    private record Weight(String name, int[] shape, double[] values) { }

    /** The export of {@code model}; {@code experiment} (may be null) is the spec text it was trained with. */
    public static Files write(ModelFile model, String experiment) {
        Penalty penalty = model.network.regularization();
        List<KLayer> layers = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        String input = "input_layer";
        String last = input;
        for (Layer layer : model.network.layers()) {
            last = emit(layer, last, layers, counts, penalty);
        }
        boolean functional = false;
        for (KLayer k : layers) {
            functional |= k.className.equals("Add");
        }
        StringBuilder topology = new StringBuilder();
        int inputs = model.spec.inputSize;
        if (functional) {
            topology.append("{\"class_name\":\"Model\",\"config\":{\"name\":\"model\",\"layers\":[");
            topology.append("{\"class_name\":\"InputLayer\",\"name\":\"").append(input).append("\",\"config\":{\"batch_input_shape\":[null,")
                    .append(inputs).append("],\"dtype\":\"float32\",\"sparse\":false,\"name\":\"").append(input)
                    .append("\"},\"inbound_nodes\":[]}");
            for (KLayer k : layers) {
                topology.append(",{\"class_name\":").append(Json.quote(k.className)).append(",\"name\":").append(Json.quote(k.name))
                        .append(",\"config\":").append(Json.write(k.config)).append(",\"inbound_nodes\":[[");
                for (int i = 0; i < k.inputs.size(); i++) {
                    topology.append(i == 0 ? "" : ",").append("[").append(Json.quote(k.inputs.get(i))).append(",0,0,{}]");
                }
                topology.append("]]}");
            }
            topology.append("],\"input_layers\":[[\"").append(input).append("\",0,0]],\"output_layers\":[[")
                    .append(Json.quote(last)).append(",0,0]]}");
        } else {
            topology.append("{\"class_name\":\"Sequential\",\"config\":{\"name\":\"sequential\",\"layers\":[");
            for (int i = 0; i < layers.size(); i++) {
                KLayer k = layers.get(i);
                Map<String, Object> config = new LinkedHashMap<>(k.config);
                if (i == 0) {
                    config.put("batch_input_shape", java.util.Arrays.asList(null, (double) inputs));
                }
                topology.append(i == 0 ? "" : ",").append("{\"class_name\":").append(Json.quote(k.className))
                        .append(",\"config\":").append(Json.write(config)).append('}');
            }
            topology.append("]}");
        }
        topology.append(",\"keras_version\":\"tfjs-layers ").append(TFJS_VERSION).append("\",\"backend\":\"tensor_flow.js\"}");

        List<Weight> weights = new ArrayList<>();
        for (KLayer k : layers) {
            weights.addAll(k.weights);
        }
        StringBuilder manifest = new StringBuilder("[{\"paths\":[\"./" + WEIGHTS_FILE + "\"],\"weights\":[");
        long count = 0;
        for (int i = 0; i < weights.size(); i++) {
            Weight w = weights.get(i);
            manifest.append(i == 0 ? "" : ",").append("{\"name\":").append(Json.quote(w.name)).append(",\"shape\":[");
            for (int d = 0; d < w.shape.length; d++) {
                manifest.append(d == 0 ? "" : ",").append(w.shape[d]);
            }
            manifest.append("],\"dtype\":\"float32\"}");
            count += w.values.length;
        }
        manifest.append("]}]");
        byte[] bin = new byte[(int) (count * 4)];
        int at = 0;
        for (Weight w : weights) {
            for (double v : w.values) {
                int bits = Float.floatToIntBits((float) v);
                bin[at++] = (byte) bits;
                bin[at++] = (byte) (bits >>> 8);
                bin[at++] = (byte) (bits >>> 16);
                bin[at++] = (byte) (bits >>> 24);
            }
        }
        String metadata = model.preprocessor == null && experiment == null ? null : metadata(model, experiment);
        String json = "{\"format\":\"layers-model\",\"generatedBy\":\"Backprop Playground\",\"convertedBy\":null,"
                + "\"modelTopology\":" + topology + ",\"weightsManifest\":" + manifest
                + (metadata == null ? "" : ",\"userDefinedMetadata\":{\"" + METADATA_KEY + "\":" + metadata + "}") + "}";
        return new Files(json, bin, model.preprocessor == null ? null : metadata);
    }

    private static String metadata(ModelFile model, String experiment) {
        StringBuilder sb = new StringBuilder("{\"format\":").append(Json.quote(METADATA_FORMAT)).append(",\"version\":1");
        if (experiment != null) {
            sb.append(",\"experiment\":").append(Json.quote(experiment));
        }
        sb.append(",\"loss\":").append(Json.quote(model.loss));
        if (model.preprocessor != null) {
            sb.append(",\"inputs\":[");
            List<String> names = model.preprocessor.outputNames();
            for (int i = 0; i < names.size(); i++) {
                sb.append(i == 0 ? "" : ",").append(Json.quote(names.get(i)));
            }
            sb.append("],\"preprocessing\":").append(model.preprocessingJson());
        }
        return sb.append('}').toString();
    }

    /** Appends the Keras layers of {@code layer} fed by {@code input}; returns the name of the last one. */
    private static String emit(Layer layer, String input, List<KLayer> out, Map<String, Integer> counts, Penalty penalty) {
        if (layer instanceof Dense d) {
            String name = name("dense", counts);
            Map<String, Object> config = config(name);
            config.put("units", (double) d.units);
            boolean leaky = d.activation.kind == Activation.Kind.LEAKY_RELU;
            config.put("activation", leaky ? "linear" : d.activation.id());
            config.put("use_bias", true);
            if (!penalty.none()) {
                Map<String, Object> l1l2 = new LinkedHashMap<>();
                l1l2.put("l1", penalty.l1);
                l1l2.put("l2", penalty.l2);
                Map<String, Object> reg = new LinkedHashMap<>();
                reg.put("class_name", "L1L2");
                reg.put("config", l1l2);
                config.put("kernel_regularizer", reg);
            }
            out.add(new KLayer("Dense", name, config, List.of(input),
                    List.of(weight(name, d.kernel()), weight(name, d.bias()))));
            if (!leaky) {
                return name;
            }
            String act = name("leaky_re_lu", counts);
            Map<String, Object> c = config(act);
            c.put("alpha", d.activation.slope);
            out.add(new KLayer("LeakyReLU", act, c, List.of(name), List.of()));
            return act;
        }
        if (layer instanceof Residual r) {
            String x = input;
            for (Layer inner : r.block()) {
                x = emit(inner, x, out, counts, penalty);
            }
            String skip = r.projection() == null ? input : emit(r.projection(), input, out, counts, penalty);
            String name = name("add", counts);
            Map<String, Object> c = config(name);
            out.add(new KLayer("Add", name, c, List.of(x, skip), List.of()));
            return name;
        }
        String className;
        String name;
        Map<String, Object> c;
        if (layer instanceof BatchNorm bn) {
            className = "BatchNormalization";
            name = name("batch_normalization", counts);
            c = config(name);
            c.put("axis", -1.0);
            c.put("momentum", bn.momentum);
            c.put("epsilon", bn.epsilon);
            c.put("center", true);
            c.put("scale", true);
        } else if (layer instanceof LayerNorm ln) {
            className = "LayerNormalization";
            name = name("layer_normalization", counts);
            c = config(name);
            c.put("axis", -1.0);
            c.put("epsilon", ln.epsilon);
            c.put("center", true);
            c.put("scale", true);
        } else if (layer instanceof Dropout dr) {
            className = "Dropout";
            name = name("dropout", counts);
            c = config(name);
            c.put("rate", dr.rate);
        } else {
            throw new IllegalArgumentException("a " + layer.kind() + " layer has no TensorFlow.js form");
        }
        List<Weight> weights = new ArrayList<>();
        for (Param p : layer.params()) {
            weights.add(weight(name, p));
        }
        out.add(new KLayer(className, name, c, List.of(input), weights));
        return name;
    }

    /** A layer config's common part: its name, trainable, float32. */
    private static Map<String, Object> config(String name) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", name);
        c.put("trainable", true);
        c.put("dtype", "float32");
        return c;
    }

    private static Weight weight(String layer, Param p) {
        return new Weight(layer + "/" + p.name, p.shape.clone(), p.value.clone());
    }

    private static String name(String stem, Map<String, Integer> counts) {
        int k = counts.getOrDefault(stem, 0);
        counts.put(stem, k + 1);
        return k == 0 ? stem : stem + "_" + k;
    }

    /**
     * The export as one zip, the page's download: the trained model at the top (model.json, its weights, the sidecar),
     * the starting weights in initial/ (for the Keras script's --initial-weights, or to train again from the start).
     */
    public static byte[] archive(Files trained, Files initial) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(MODEL_FILE, utf8(trained.modelJson()));
        entries.put(WEIGHTS_FILE, trained.weights());
        if (trained.sidecar() != null) {
            entries.put(SIDECAR_FILE, utf8(trained.sidecar()));
        }
        entries.put("initial/" + MODEL_FILE, utf8(initial.modelJson()));
        entries.put("initial/" + WEIGHTS_FILE, initial.weights());
        return playground.engine.text.Zip.write(entries);
    }

    private static int depth(String path) {
        int n = 0;
        for (int i = 0; i < path.length(); i++) {
            n += path.charAt(i) == '/' ? 1 : 0;
        }
        return n;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads a model from the files a person chose (name → bytes): model.json with its weights file, or a zip holding
     * them (the page's export: its top-level model, not initial/). The weights file is the one the manifest names.
     */
    public static Imported readFiles(Map<String, byte[]> chosen) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> f : chosen.entrySet()) {
            if (f.getKey().toLowerCase().endsWith(".zip")) {
                files.putAll(playground.engine.text.Zip.read(f.getValue()));
            } else {
                files.put(f.getKey(), f.getValue());
            }
        }
        String json = null; // the model: a .json that is not the sidecar nor in initial/, the shallowest first
        for (String name : files.keySet()) {
            boolean initial = name.startsWith("initial/") || name.contains("/initial/");
            boolean better = json == null || depth(name) < depth(json);
            if (name.endsWith(".json") && !name.endsWith(SIDECAR_FILE) && !initial && better) {
                json = name;
            }
        }
        if (json == null) {
            throw new IllegalArgumentException("choose a TensorFlow.js model.json with its weights file (or the zip the playground exports)");
        }
        String text = new String(files.get(json), java.nio.charset.StandardCharsets.UTF_8);
        String folder = json.lastIndexOf('/') < 0 ? "" : json.substring(0, json.lastIndexOf('/') + 1);
        byte[] bin = null;
        Object root;
        try {
            root = Json.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(json + " is not JSON: " + e.getMessage());
        }
        Object manifest = root instanceof Map ? ((Map<?, ?>) root).get("weightsManifest") : null;
        if (manifest instanceof List && !((List<?>) manifest).isEmpty() && ((List<?>) manifest).get(0) instanceof Map
                && ((Map<?, ?>) ((List<?>) manifest).get(0)).get("paths") instanceof List) {
            List<?> paths = (List<?>) ((Map<?, ?>) ((List<?>) manifest).get(0)).get("paths");
            if (paths.size() > 1) {
                throw new IllegalArgumentException("the weights come in " + paths.size() + " shards; only models with one weights file are read");
            }
            if (paths.size() == 1) {
                String path = String.valueOf(paths.get(0));
                path = path.startsWith("./") ? path.substring(2) : path;
                bin = files.get(folder + path);
                if (bin == null) { // chosen side by side, without their folder
                    bin = files.get(path.lastIndexOf('/') < 0 ? path : path.substring(path.lastIndexOf('/') + 1));
                }
                if (bin == null) {
                    throw new IllegalArgumentException("the weights file " + path + " that " + json + " names was not among the files"
                            + " chosen; choose both");
                }
            }
        }
        return read(text, bin);
    }

    /** A layer of the file's topology. */
    private record Node(String className, String name, Map<?, ?> config, List<String> inputs) { }

    /**
     * Reads {@code model.json} and its weights file. Errors are specific: the unsupported layer by name and class, a
     * missing or short weights file, a weight whose shape differs from the layer's, a weight the file lacks.
     */
    public static Imported read(String modelJson, byte[] weights) {
        Object root;
        try {
            root = Json.parse(modelJson);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("model.json is not JSON: " + e.getMessage());
        }
        if (!(root instanceof Map) || !(((Map<?, ?>) root).get("modelTopology") instanceof Map)) {
            throw new IllegalArgumentException("not a TensorFlow.js Layers model (model.json has no \"modelTopology\")");
        }
        try {
            return readModel((Map<?, ?>) root, weights);
        } catch (StackOverflowError e) {
            throw new IllegalArgumentException("the model's layers are nested too deeply to read");
        } catch (ClassCastException | IndexOutOfBoundsException | NullPointerException e) {
            // a field of another type or shape than TensorFlow.js writes: said as such, not as a Java error
            throw new IllegalArgumentException("model.json is not in the form TensorFlow.js writes (a field has another type or"
                    + " shape than expected)");
        }
    }

    private static Imported readModel(Map<?, ?> m, byte[] weights) {
        Map<?, ?> topology = (Map<?, ?>) m.get("modelTopology");
        if (topology.get("model_config") instanceof Map) { // the converter's Keras form wraps the model once more
            topology = (Map<?, ?>) topology.get("model_config");
        }
        Graph graph = Graph.of(topology);
        Built built = graph.build();
        Manifest manifest = Manifest.of(m, weights);
        long needed = parameters(built.layers, graph.inputs);
        if (needed > manifest.total && needed > 1_000_000) { // before allocating: more than the file could fill
            throw new IllegalArgumentException("the model's layers have " + needed + " parameters and its weights manifest holds "
                    + manifest.total + " values");
        }
        ModelSpec spec = new ModelSpec(graph.inputs, built.layers);
        Network net = spec.build(0);
        checkProjections(spec.layers, net.layers(), built);
        if (built.sources.size() != net.params().size()) {
            throw new IllegalArgumentException("the model's layers have " + built.sources.size() + " weights and the playground's"
                    + " network of them " + net.params().size());
        }
        manifest.load(built.sources, net, weights);

        Object meta = m.get("userDefinedMetadata") instanceof Map ? ((Map<?, ?>) m.get("userDefinedMetadata")).get(METADATA_KEY) : null;
        String loss = "mse";
        String experiment = null;
        Map<?, ?> pre = null;
        if (meta instanceof Map) {
            Map<?, ?> md = (Map<?, ?>) meta;
            loss = md.get("loss") instanceof String ? (String) md.get("loss") : loss;
            experiment = md.get("experiment") instanceof String ? (String) md.get("experiment") : null;
            pre = md.get("preprocessing") instanceof Map ? (Map<?, ?>) md.get("preprocessing") : null;
        }
        if (pre == null) {
            return new Imported(new ModelFile(spec, loss, net), experiment, false);
        }
        ModelFile file;
        try {
            file = ModelFile.withPreprocessing(spec, loss, net, pre);
        } catch (IllegalArgumentException | ClassCastException | NullPointerException e) {
            throw new IllegalArgumentException("the preprocessing in model.json's metadata cannot be read"
                    + (e instanceof IllegalArgumentException ? ": " + e.getMessage() : ""));
        }
        if (file.preprocessor.width() != spec.inputSize) {
            throw new IllegalArgumentException("the metadata's preprocessing makes " + file.preprocessor.width()
                    + " inputs and the model takes " + spec.inputSize);
        }
        int outputs = net.outputSize();
        if (file.classes.isEmpty() ? outputs != 1 : file.classes.size() != outputs) {
            throw new IllegalArgumentException("the metadata names " + (file.classes.isEmpty() ? "a regression target" : file.classes.size()
                    + " classes") + " and the model has " + outputs + " outputs");
        }
        return new Imported(file, experiment, true);
    }

    /** The parameter count of {@code layers} on {@code width} inputs, before anything is allocated (saturating). */
    private static long parameters(List<LayerSpec> layers, long width) {
        return countAndWidth(layers, width)[0];
    }

    /** {parameters, output width} of {@code layers} on {@code width} inputs, in one pass (a projection where a block changes the width). */
    private static long[] countAndWidth(List<LayerSpec> layers, long width) {
        long total = 0;
        long w = width;
        for (LayerSpec s : layers) {
            switch (s.type) {
                case DENSE:
                    total += w * s.units + s.units;
                    w = s.units;
                    break;
                case BATCH_NORM:
                    total += 4 * w;
                    break;
                case LAYER_NORM:
                    total += 2 * w;
                    break;
                case RESIDUAL: {
                    long[] inner = countAndWidth(s.block, w);
                    total += inner[0] + (inner[1] != w ? w * inner[1] + inner[1] : 0);
                    w = inner[1];
                    break;
                }
                default:
                    break;
            }
            if (total > 1L << 40) {
                return new long[] {total, w};
            }
        }
        return new long[] {total, w};
    }

    /** Each residual block has a projection exactly where the file's block has a skip Dense (where it changes the width). */
    private static void checkProjections(List<LayerSpec> specs, List<Layer> layers, Built built) {
        for (int i = 0; i < specs.size(); i++) {
            if (!(layers.get(i) instanceof Residual r)) {
                continue;
            }
            for (Block b : built.blocks) {
                if (b.spec != specs.get(i)) {
                    continue;
                }
                if (b.skip != null && r.projection() == null) {
                    throw new IllegalArgumentException("Add layer " + b.add + " adds Dense layer " + b.skip + " on its skip path, but its"
                            + " block keeps the width (" + r.inputSize() + "); the playground's residual blocks then add the input itself");
                }
                if (b.skip == null && r.projection() != null) {
                    throw new IllegalArgumentException("Add layer " + b.add + " adds its block's input (width " + r.inputSize() + ") to a"
                            + " block of width " + r.outputSize() + "; that needs a Dense projection on the skip path");
                }
            }
            checkProjections(specs.get(i).block, r.block(), built);
        }
    }

    /** The layers read, for each parameter of the network they build the name of its weight in the file, and the blocks. */
    private record Built(List<LayerSpec> layers, List<String> sources, List<Block> blocks) { }

    /** A residual block as the file has it: its spec, its Add layer, and the Dense on its skip path (null: the input itself). */
    private record Block(LayerSpec spec, String add, String skip) { }

    /** One weight of the manifest: its shape and where its values start in the weights file (in floats). */
    private record Entry(List<Integer> shape, long offset, long size) { }

    /** The weights manifest, checked against the weights file before anything is built from it. */
    private static final class Manifest {
        final Map<String, Entry> entries = new LinkedHashMap<>();
        long total;

        static Manifest of(Map<?, ?> m, byte[] bin) {
            if (!(m.get("weightsManifest") instanceof List) || ((List<?>) m.get("weightsManifest")).isEmpty()) {
                throw new IllegalArgumentException("model.json has no \"weightsManifest\"");
            }
            List<?> groups = (List<?>) m.get("weightsManifest");
            if (groups.size() > 1) {
                throw new IllegalArgumentException("the weights come in " + groups.size() + " groups; only models with one weights file are read");
            }
            Object ws = groups.get(0) instanceof Map ? ((Map<?, ?>) groups.get(0)).get("weights") : null;
            if (!(ws instanceof List)) {
                throw new IllegalArgumentException("the weights manifest's group has no \"weights\" list");
            }
            Manifest out = new Manifest();
            for (Object o : (List<?>) ws) {
                if (!(o instanceof Map) || !(((Map<?, ?>) o).get("shape") instanceof List)) {
                    throw new IllegalArgumentException("a weight in the manifest has no name and shape");
                }
                Map<?, ?> w = (Map<?, ?>) o;
                String name = String.valueOf(w.get("name"));
                Object dtype = w.get("dtype");
                if (dtype != null && !"float32".equals(dtype)) {
                    throw new IllegalArgumentException("weight " + name + " is " + dtype + "; only float32 weights are read");
                }
                if (w.get("quantization") != null) {
                    throw new IllegalArgumentException("weight " + name + " is quantized; only float32 weights are read");
                }
                List<Integer> shape = new ArrayList<>();
                long size = 1;
                for (Object d : (List<?>) w.get("shape")) {
                    if (!(d instanceof Double) || (Double) d < 0 || (Double) d > 1e8 || (Double) d != Math.rint((Double) d)) {
                        throw new IllegalArgumentException("weight " + name + " has a shape that is not a list of sizes");
                    }
                    shape.add(((Double) d).intValue());
                    size *= ((Double) d).longValue();
                    if (size > 1L << 40) {
                        throw new IllegalArgumentException("weight " + name + " is too large");
                    }
                }
                out.entries.put(name, new Entry(shape, out.total, size));
                out.total += size;
            }
            if (bin == null) {
                throw new IllegalArgumentException("the weights file " + WEIGHTS_FILE + " is missing (model.json needs it beside it)");
            }
            if (out.total * 4 != bin.length) {
                throw new IllegalArgumentException("the weights file is too " + (bin.length < out.total * 4 ? "short" : "long") + ": "
                        + bin.length + " bytes, and model.json's weights need " + out.total * 4 + " (float32, " + out.total + " values)");
            }
            return out;
        }

        /** Sets every parameter of {@code net} from its weight, found by name ({@code sources}) with its layer's shape. */
        void load(List<String> sources, Network net, byte[] bin) {
            List<Param> params = net.params();
            for (int k = 0; k < params.size(); k++) {
                String want = sources.get(k);
                String found = null;
                for (String have : entries.keySet()) { // exact, or with a scope in front ("sequential/dense/kernel")
                    if (have.equals(want) || found == null && have.endsWith("/" + want)) {
                        found = have;
                    }
                }
                if (found == null) {
                    throw new IllegalArgumentException("the weights manifest has no " + want);
                }
                List<Integer> expected = new ArrayList<>();
                for (int d : params.get(k).shape) {
                    expected.add(d);
                }
                Entry e = entries.get(found);
                if (!e.shape.equals(expected)) {
                    throw new IllegalArgumentException("weight " + found + " has shape " + e.shape + " and its layer needs " + expected);
                }
                double[] v = params.get(k).value;
                for (int i = 0; i < v.length; i++) {
                    int at = (int) (e.offset + i) * 4;
                    int bits = (bin[at] & 0xff) | (bin[at + 1] & 0xff) << 8 | (bin[at + 2] & 0xff) << 16 | (bin[at + 3] & 0xff) << 24;
                    v[i] = Float.intBitsToFloat(bits);
                    if (Double.isNaN(v[i]) || Double.isInfinite(v[i])) {
                        throw new IllegalArgumentException("weight " + found + " holds " + v[i] + ": every weight must be a finite number");
                    }
                }
            }
        }
    }

    /** The topology as a graph of named layers, Sequential or functional. */
    private static final class Graph {
        final Map<String, Node> nodes = new LinkedHashMap<>();
        String input;
        String output;
        int inputs;

        static Graph of(Map<?, ?> topology) {
            Graph g = new Graph();
            Object className = topology.get("class_name");
            Object config = topology.get("config");
            List<?> layers = config instanceof List ? (List<?>) config
                    : config instanceof Map && ((Map<?, ?>) config).get("layers") instanceof List ? (List<?>) ((Map<?, ?>) config).get("layers") : null;
            if (layers == null || layers.isEmpty()) {
                throw new IllegalArgumentException("the model's topology lists no layers");
            }
            if ("Sequential".equals(className)) {
                String previous = "input";
                g.input = previous;
                g.nodes.put(previous, new Node("InputLayer", previous, Map.of(), List.of()));
                for (Object o : layers) {
                    Map<?, ?> l = (Map<?, ?>) o;
                    Map<?, ?> c = l.get("config") instanceof Map ? (Map<?, ?>) l.get("config") : Map.of();
                    String cls = String.valueOf(l.get("class_name"));
                    if (g.inputs == 0) {
                        g.inputs = inputWidth(c);
                    }
                    if (cls.equals("InputLayer")) {
                        continue;
                    }
                    String name = c.get("name") instanceof String ? (String) c.get("name") : cls + "_" + g.nodes.size();
                    g.nodes.put(name, new Node(cls, name, c, List.of(previous)));
                    previous = name;
                }
                g.output = previous;
            } else if ("Model".equals(className) || "Functional".equals(className)) {
                Map<?, ?> c = (Map<?, ?>) config;
                for (Object o : layers) {
                    Map<?, ?> l = (Map<?, ?>) o;
                    String name = String.valueOf(l.get("name"));
                    Map<?, ?> lc = l.get("config") instanceof Map ? (Map<?, ?>) l.get("config") : Map.of();
                    List<String> in = new ArrayList<>();
                    if (l.get("inbound_nodes") instanceof List && !((List<?>) l.get("inbound_nodes")).isEmpty()) {
                        List<?> nodes = (List<?>) l.get("inbound_nodes");
                        if (nodes.size() > 1) {
                            throw new IllegalArgumentException("layer " + name + " is called " + nodes.size() + " times; shared layers"
                                    + " are not read");
                        }
                        if (nodes.get(0) instanceof List) { // Keras 2 and TF.js: [[["name", 0, 0, {}], …]]
                            for (Object t : (List<?>) nodes.get(0)) {
                                if (!(t instanceof List) || ((List<?>) t).isEmpty()) {
                                    throw new IllegalArgumentException("layer " + name + "'s inbound nodes are not in a form read here");
                                }
                                in.add(String.valueOf(((List<?>) t).get(0)));
                            }
                        } else if (nodes.get(0) instanceof Map) { // Keras 3: {"args": [tensor or [tensors]], …}, each with keras_history
                            histories(((Map<?, ?>) nodes.get(0)).get("args"), in);
                        }
                        if (in.isEmpty()) {
                            throw new IllegalArgumentException("layer " + name + "'s inbound nodes are not in a form read here");
                        }
                    }
                    g.nodes.put(name, new Node(String.valueOf(l.get("class_name")), name, lc, in));
                }
                g.input = firstName(c.get("input_layers"), "input");
                g.output = firstName(c.get("output_layers"), "output");
                Node in = g.nodes.get(g.input);
                if (in == null) {
                    throw new IllegalArgumentException("the model's input layer " + g.input + " is not among its layers");
                }
                g.inputs = inputWidth(in.config);
                if (!g.nodes.containsKey(g.output)) {
                    throw new IllegalArgumentException("the model's output layer " + g.output + " is not among its layers");
                }
            } else {
                throw new IllegalArgumentException("a " + className + " model is not read here (only Sequential and functional models)");
            }
            if (g.inputs < 1) {
                throw new IllegalArgumentException("the model's input shape is missing (batch_input_shape [null, n])");
            }
            return g;
        }

        /** The layers Keras 3's serialized tensors come from: each {"config": {"keras_history": [name, 0, 0]}}, in order. */
        private static void histories(Object o, List<String> out) {
            if (o instanceof List) {
                for (Object x : (List<?>) o) {
                    histories(x, out);
                }
            } else if (o instanceof Map && ((Map<?, ?>) o).get("config") instanceof Map) {
                Object h = ((Map<?, ?>) ((Map<?, ?>) o).get("config")).get("keras_history");
                if (h instanceof List && !((List<?>) h).isEmpty()) {
                    out.add(String.valueOf(((List<?>) h).get(0)));
                }
            }
        }

        private static String firstName(Object list, String what) {
            if (list instanceof List && ((List<?>) list).size() == 1 && ((List<?>) list).get(0) instanceof List
                    && !((List<?>) ((List<?>) list).get(0)).isEmpty()) {
                return String.valueOf(((List<?>) ((List<?>) list).get(0)).get(0));
            }
            if (list instanceof List && ((List<?>) list).size() == 3 && ((List<?>) list).get(0) instanceof String) {
                return (String) ((List<?>) list).get(0); // Keras 3 writes a single input or output unwrapped: ["name", 0, 0]
            }
            throw new IllegalArgumentException("the model must have exactly one " + what + " layer");
        }

        private static int inputWidth(Map<?, ?> c) {
            Object shape = c.get("batch_input_shape") != null ? c.get("batch_input_shape") : c.get("batch_shape");
            if (!(shape instanceof List)) {
                return 0;
            }
            List<?> s = (List<?>) shape;
            if (s.size() != 2 || !(s.get(1) instanceof Double) || (Double) s.get(1) < 1 || (Double) s.get(1) > 1e7
                    || (Double) s.get(1) != Math.rint((Double) s.get(1))) {
                throw new IllegalArgumentException("the model's input shape is " + Json.write(s) + "; only flat inputs [null, n] are read");
            }
            return ((Double) s.get(1)).intValue();
        }

        final List<Block> blocks = new ArrayList<>();

        Built build() {
            for (Node n : nodes.values()) { // in the file's order (inputs first): each block found from the ones before it
                if (n.className.equals("Add")) {
                    blockStart(n);
                }
            }
            List<LayerSpec> layers = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            chain(output, input, layers, sources);
            if (layers.isEmpty()) {
                throw new IllegalArgumentException("the model has no layers between its input and output");
            }
            return new Built(layers, sources, blocks);
        }

        /** The layers from {@code from} (exclusive) to {@code to} (inclusive), in order, with their weights' names. */
        void chain(String to, String from, List<LayerSpec> out, List<String> sources) {
            List<LayerSpec> reversed = new ArrayList<>();
            List<List<String>> reversedSources = new ArrayList<>();
            String n = to;
            int steps = 0;
            while (!n.equals(from)) {
                if (++steps > nodes.size()) {
                    throw new IllegalArgumentException("the model's layers do not lead from its input to its output (a cycle?)");
                }
                Node node = node(n);
                List<String> src = new ArrayList<>();
                switch (node.className) {
                    case "Add": {
                        String start = blockStart(node);
                        String a = node.inputs.get(0);
                        String b = node.inputs.get(1);
                        String blockEnd;
                        String skip;
                        if (b.equals(start) || a.equals(start)) {
                            blockEnd = b.equals(start) ? a : b;
                            skip = null;
                        } else if (isProjection(b, start)) {
                            blockEnd = a;
                            skip = b;
                        } else if (isProjection(a, start)) {
                            blockEnd = b;
                            skip = a;
                        } else {
                            throw new IllegalArgumentException("Add layer " + n + " adds two paths neither of which is its block's "
                                    + "input or a linear Dense of it; only residual blocks (y = F(x) + x or + Dense(x)) are read");
                        }
                        List<LayerSpec> block = new ArrayList<>();
                        chain(blockEnd, start, block, src);
                        if (skip != null) {
                            src.add(skip + "/kernel");
                            src.add(skip + "/bias");
                        }
                        LayerSpec residual = LayerSpec.residual(block);
                        blocks.add(new Block(residual, n, skip));
                        reversed.add(residual);
                        n = start;
                        break;
                    }
                    case "LeakyReLU":
                    case "Activation": {
                        Node dense = node(single(node));
                        if (!dense.className.equals("Dense") || !"linear".equals(activationOf(dense))) {
                            throw new IllegalArgumentException(node.className + " layer " + n + " follows " + dense.className + " layer "
                                    + dense.name + "; it is read only right after a Dense layer without activation");
                        }
                        Activation act = node.className.equals("LeakyReLU") ? Activation.leakyRelu(leakySlope(node))
                                : activation(String.valueOf(node.config.get("activation")), n);
                        reversed.add(dense(dense, act));
                        src.add(dense.name + "/kernel");
                        src.add(dense.name + "/bias");
                        n = single(dense);
                        break;
                    }
                    case "Dense":
                        reversed.add(dense(node, activation(activationOf(node), n)));
                        src.add(n + "/kernel");
                        src.add(n + "/bias");
                        n = single(node);
                        break;
                    case "BatchNormalization":
                        checkNormalization(node, BatchNorm.DEFAULT_EPSILON);
                        if (node.config.get("momentum") instanceof Double && (Double) node.config.get("momentum") != BatchNorm.DEFAULT_MOMENTUM) {
                            throw new IllegalArgumentException("BatchNormalization layer " + n + " has momentum "
                                    + Numbers.format((Double) node.config.get("momentum")) + "; the playground's is Keras's default "
                                    + Numbers.format(BatchNorm.DEFAULT_MOMENTUM));
                        }
                        reversed.add(LayerSpec.batchNorm());
                        for (String w : new String[] {"gamma", "beta", "moving_mean", "moving_variance"}) {
                            src.add(n + "/" + w);
                        }
                        n = single(node);
                        break;
                    case "LayerNormalization":
                        checkNormalization(node, LayerNorm.DEFAULT_EPSILON);
                        reversed.add(LayerSpec.layerNorm());
                        src.add(n + "/gamma");
                        src.add(n + "/beta");
                        n = single(node);
                        break;
                    case "Dropout": {
                        Object rate = node.config.get("rate");
                        reversed.add(LayerSpec.dropout(rate instanceof Double ? (Double) rate : 0));
                        n = single(node);
                        break;
                    }
                    case "InputLayer":
                        throw new IllegalArgumentException("the path from the output reaches the input without passing " + from);
                    default:
                        throw new IllegalArgumentException("layer " + n + " is a " + node.className + ", which the playground does not "
                                + "have (it reads Dense, BatchNormalization, LayerNormalization, Dropout, Add, LeakyReLU and Activation)");
                }
                reversedSources.add(src);
            }
            for (int i = reversed.size() - 1; i >= 0; i--) {
                out.add(reversed.get(i));
                sources.addAll(reversedSources.get(i));
            }
        }

        private Node node(String name) {
            Node node = nodes.get(name);
            if (node == null) {
                throw new IllegalArgumentException("layer " + name + " is an input of another layer but not in the model");
            }
            return node;
        }

        private static String single(Node node) {
            if (node.inputs.size() != 1) {
                throw new IllegalArgumentException("layer " + node.name + " has " + node.inputs.size() + " inputs; a " + node.className
                        + " layer takes one");
            }
            return node.inputs.get(0);
        }

        /** The layer before {@code n} on the main path: its input, or for an Add, where its block starts. */
        private String back(String n) {
            Node node = node(n);
            if (node.className.equals("InputLayer")) {
                return null;
            }
            return node.className.equals("Add") ? blockStart(node) : single(node);
        }

        /** Each Add's block start, once found; {@link #FINDING} while being found (met again: a cycle). */
        private final Map<String, String> starts = new HashMap<>();
        private static final String FINDING = "";

        /**
         * Where the block an Add ends begins: the nearest layer both its inputs come from. Remembered, so a chain of
         * blocks is walked once each, not once per later block.
         */
        private String blockStart(Node add) {
            String known = starts.get(add.name);
            if (known != null) {
                if (known.equals(FINDING)) {
                    throw new IllegalArgumentException("the model's layers do not lead from its input to its output (a cycle?)");
                }
                return known;
            }
            if (add.inputs.size() != 2) {
                throw new IllegalArgumentException("Add layer " + add.name + " adds " + add.inputs.size() + " tensors; a residual block adds two");
            }
            starts.put(add.name, FINDING);
            Set<String> a = new HashSet<>();
            int steps = 0;
            for (String n = add.inputs.get(0); n != null; n = back(n)) {
                if (!a.add(n) || ++steps > nodes.size()) {
                    throw new IllegalArgumentException("the model's layers do not lead from its input to its output (a cycle?)");
                }
            }
            steps = 0;
            for (String n = add.inputs.get(1); n != null; n = back(n)) {
                if (a.contains(n)) {
                    starts.put(add.name, n);
                    return n;
                }
                if (++steps > nodes.size()) {
                    throw new IllegalArgumentException("the model's layers do not lead from its input to its output (a cycle?)");
                }
            }
            throw new IllegalArgumentException("the two inputs of Add layer " + add.name + " do not meet");
        }

        private boolean isProjection(String name, String start) {
            Node node = node(name);
            return node.className.equals("Dense") && "linear".equals(activationOf(node)) && node.inputs.size() == 1
                    && node.inputs.get(0).equals(start);
        }

        private static String activationOf(Node node) {
            Object a = node.config.get("activation");
            return a == null ? "linear" : String.valueOf(a);
        }

        private static LayerSpec dense(Node node, Activation activation) {
            if (Boolean.FALSE.equals(node.config.get("use_bias"))) {
                throw new IllegalArgumentException("Dense layer " + node.name + " has no bias (use_bias false); the playground's "
                        + "Dense layers all have one");
            }
            Object units = node.config.get("units");
            if (!(units instanceof Double)) {
                throw new IllegalArgumentException("Dense layer " + node.name + " has no \"units\"");
            }
            double u = (Double) units;
            if (u < 1 || u > 1e7 || u != Math.rint(u)) {
                throw new IllegalArgumentException("Dense layer " + node.name + " has " + Numbers.format(u) + " units");
            }
            return LayerSpec.dense((int) u, activation);
        }

        private static double leakySlope(Node node) {
            Object alpha = node.config.get("alpha") != null ? node.config.get("alpha") : node.config.get("negative_slope");
            return alpha instanceof Double ? (Double) alpha : 0.3; // Keras's and TF.js's LeakyReLU layer default
        }

        private static Activation activation(String id, String layer) {
            switch (id) {
                case "linear":
                    return Activation.LINEAR;
                case "relu":
                    return Activation.RELU;
                case "sigmoid":
                    return Activation.SIGMOID;
                case "tanh":
                    return Activation.TANH;
                case "softmax":
                    return Activation.SOFTMAX;
                default:
                    throw new IllegalArgumentException("layer " + layer + " uses the activation '" + id + "', which the playground "
                            + "does not have (it reads linear, relu, sigmoid, tanh, softmax, and LeakyReLU layers)");
            }
        }

        private static void checkNormalization(Node node, double epsilon) {
            Object axis = node.config.get("axis");
            boolean last = axis == null || axis instanceof Double && ((Double) axis == -1 || (Double) axis == 1)
                    || axis instanceof List && ((List<?>) axis).size() == 1 && ((List<?>) axis).get(0) instanceof Double
                            && ((Double) ((List<?>) axis).get(0) == -1 || (Double) ((List<?>) axis).get(0) == 1);
            if (!last) {
                throw new IllegalArgumentException(node.className + " layer " + node.name + " normalizes axis " + Json.write(axis)
                        + "; only the feature axis (-1) is read");
            }
            if (node.config.get("epsilon") instanceof Double && (Double) node.config.get("epsilon") != epsilon) {
                throw new IllegalArgumentException(node.className + " layer " + node.name + " has epsilon "
                        + Numbers.format((Double) node.config.get("epsilon")) + "; the playground's is Keras's default "
                        + Numbers.format(epsilon));
            }
            if (Boolean.TRUE.equals(node.config.get("rms_scaling"))) {
                throw new IllegalArgumentException(node.className + " layer " + node.name + " uses rms_scaling (RMS normalization);"
                        + " the playground's LayerNorm subtracts the mean");
            }
            if (Boolean.FALSE.equals(node.config.get("center")) || Boolean.FALSE.equals(node.config.get("scale"))) {
                throw new IllegalArgumentException(node.className + " layer " + node.name + " has no "
                        + (Boolean.FALSE.equals(node.config.get("scale")) ? "scale (gamma)" : "offset (beta)")
                        + "; the playground's have both");
            }
        }
    }
}
