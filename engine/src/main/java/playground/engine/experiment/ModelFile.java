package playground.engine.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import playground.engine.data.Preprocessor;
import playground.engine.data.TargetScaler;
import playground.engine.experiment.Experiment;
import playground.engine.nn.Network;
import playground.engine.nn.Param;
import playground.engine.spec.LayerSpec;
import playground.engine.spec.ModelSpec;
import playground.engine.text.Json;
import playground.engine.text.Numbers;

/**
 * A trained model as JSON, readable by the CLI's {@code predict} and by the browser:
 * <pre>
 * {"format": "backprop-playground/model", "version": 2,
 *  "inputs": 11, "layers": "bn,dense:100:relu,...,dense:1:linear", "loss": "mse",
 *  "params": [{"layer": 0, "name": "gamma", "shape": [11], "values": [...]}, ...],
 *  "preprocessing": {"features": [{"column": "age", "transform": "minmax", "a": 18, "b": 46, "fill": 39.2}, ...,
 *                                 {"column": "sex", "transform": "onehot", "categories": ["female", "male"], "fill": "male"}],
 *                    "target": {"column": "charges", "task": "regression", "mean": 0, "std": 1}}}
 * </pre>
 * Parameters come in layer order and, within a layer, in Keras's order and layout: a Dense kernel (shape
 * [in, out], row-major, so values[i·out + j] is the weight from input i to unit j) then its bias; BatchNorm's
 * gamma, beta, moving mean, moving variance; LayerNorm's gamma, beta. A feature transform computes (x − a)/b;
 * "preprocessing" is absent for a model trained on ready-made numbers.
 */
public final class ModelFile {
    public static final String FORMAT = "backprop-playground/model";
    /** 2: the layers in version 2 of the spec's words (leaky_relu's default slope 0.2); 1 (still read): version 1's. */
    public static final int VERSION = 2;

    public final ModelSpec spec;
    public final String loss;
    public final Network network;
    public final Preprocessor preprocessor;   // may be null
    public final String target;               // may be null
    public final List<String> classes;        // empty for regression
    public final TargetScaler targetScaler;

    public ModelFile(ModelSpec spec, String loss, Network network) {
        this(spec, loss, network, null, null, List.of(), TargetScaler.none());
    }

    ModelFile(ModelSpec spec, String loss, Network network, Preprocessor pre, String target, List<String> classes,
            TargetScaler scaler) {
        this.spec = spec;
        this.loss = loss;
        this.network = network;
        this.preprocessor = pre;
        this.target = target;
        this.classes = classes;
        this.targetScaler = scaler;
    }

    /** The trained model of an experiment, with its fitted preprocessing. */
    public static ModelFile of(Experiment e) {
        String loss = e.spec.get("loss").equals("auto") ? (e.classification ? "cce" : "mse") : e.spec.get("loss");
        return new ModelFile(e.model, loss, e.network, e.preprocessor, e.target, e.classes, e.targetScaler);
    }

    /** The same model with other weights (a run's start, say): a fresh network of this one's layers holding them. */
    public ModelFile withWeights(StartWeights weights) {
        Network net = spec.build(0).withPenalty(network.regularization());
        weights.applyTo(net);
        return new ModelFile(spec, loss, net, preprocessor, target, classes, targetScaler);
    }

    public String toJson() {
        return toJson(false);
    }

    /**
     * With {@code hexValues}, every parameter value is written as the string "0x" + its IEEE bits in hex instead of
     * a decimal: exact on every runtime (TeaVM's decimal formatting is not), for the browser to turn into numbers.
     */
    public String toJson(boolean hexValues) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\"format\":").append(Json.quote(FORMAT)).append(",\"version\":").append(VERSION)
                .append(",\"inputs\":").append(spec.inputSize)
                .append(",\"layers\":").append(Json.quote(LayerSpec.listToText(spec.layers)))
                .append(",\"loss\":").append(Json.quote(loss)).append(",\"params\":[");
        int k = 0;
        for (int layer = 0; layer < network.layers().size(); layer++) {
            for (Param p : network.layers().get(layer).params()) {
                sb.append(k++ == 0 ? "" : ",").append("{\"layer\":").append(layer).append(",\"name\":")
                        .append(Json.quote(p.name)).append(",\"shape\":[");
                for (int d = 0; d < p.shape.length; d++) {
                    sb.append(d == 0 ? "" : ",").append(p.shape[d]);
                }
                sb.append("],\"values\":[");
                for (int i = 0; i < p.value.length; i++) {
                    sb.append(i == 0 ? "" : ",");
                    if (hexValues) {
                        sb.append('"').append(StartWeights.hex(p.value[i])).append('"');
                    } else {
                        // On the JVM the shortest text that reads back to the same bits (TeaVM: see the README).
                        sb.append(Numbers.format(p.value[i]));
                    }
                }
                sb.append("]}");
            }
        }
        sb.append(']');
        if (preprocessor != null) {
            sb.append(",\"preprocessing\":").append(preprocessingJson());
        }
        return sb.append('}').toString();
    }

    /**
     * The fitted preprocessing as JSON ({"features": [...], "target": {...}}, the class comment's form); only for a
     * model that has one. A TensorFlow.js export carries the same object in its metadata.
     */
    String preprocessingJson() {
        StringBuilder sb = new StringBuilder("{\"features\":[");
        List<Preprocessor.Step> steps = preprocessor.steps();
        for (int i = 0; i < steps.size(); i++) {
            Preprocessor.Step s = steps.get(i);
            sb.append(i == 0 ? "" : ",").append("{\"column\":").append(Json.quote(s.column))
                    .append(",\"transform\":").append(Json.quote(s.kind.id()));
            if (s.kind == Preprocessor.Kind.ONEHOT) {
                sb.append(",\"categories\":[");
                for (int c = 0; c < s.categories.size(); c++) {
                    sb.append(c == 0 ? "" : ",").append(Json.quote(s.categories.get(c)));
                }
                sb.append("],\"fill\":").append(Json.quote(s.categoryFill));
            } else {
                sb.append(",\"a\":").append(Numbers.format(s.a)).append(",\"b\":").append(Numbers.format(s.b))
                        .append(",\"fill\":").append(Numbers.format(s.numberFill));
            }
            sb.append('}');
        }
        sb.append("],\"target\":{\"column\":").append(Json.quote(target)).append(",\"task\":")
                .append(Json.quote(classes.isEmpty() ? "regression" : "classification"));
        if (classes.isEmpty()) {
            sb.append(",\"mean\":").append(Numbers.format(targetScaler.mean)).append(",\"std\":")
                    .append(Numbers.format(targetScaler.std));
            if (targetScaler.log) {
                sb.append(",\"scale\":\"log1p\""); // trained on log1p(y): predictions are read back with expm1
            }
        } else {
            sb.append(",\"classes\":[");
            for (int c = 0; c < classes.size(); c++) {
                sb.append(c == 0 ? "" : ",").append(Json.quote(classes.get(c)));
            }
            sb.append(']');
        }
        return sb.append("}}").toString();
    }

    /** Reads a model file; errors say what is wrong ("parameter 3 (bias) has 4 values, the model needs 8"). */
    public static ModelFile fromJson(String text) {
        Object root = Json.parse(text);
        if (!(root instanceof Map)) {
            throw new IllegalArgumentException("a model file is a JSON object");
        }
        Map<?, ?> m = (Map<?, ?>) root;
        if (!FORMAT.equals(m.get("format"))) {
            throw new IllegalArgumentException("not a Backprop Playground model file (format is " + m.get("format") + ")");
        }
        Object version = m.get("version");
        if (!(version instanceof Double) || ((Double) version) != 1 && ((Double) version) != VERSION) {
            throw new IllegalArgumentException("model file version " + version + " is not supported (expected 1 to " + VERSION + ")");
        }
        ModelSpec spec = new ModelSpec(((Double) field(m, "inputs", Double.class)).intValue(),
                LayerSpec.parseList((String) field(m, "layers", String.class), ((Double) version).intValue()));
        Network net = spec.build(0);
        List<?> params = (List<?>) field(m, "params", List.class);
        List<Param> mine = net.params();
        if (params.size() != mine.size()) {
            throw new IllegalArgumentException("the file has " + params.size() + " parameter tensors, the model needs " + mine.size());
        }
        for (int k = 0; k < mine.size(); k++) {
            List<?> values = (List<?>) field((Map<?, ?>) params.get(k), "values", List.class);
            Param p = mine.get(k);
            if (values.size() != p.size()) {
                throw new IllegalArgumentException("parameter " + (k + 1) + " (" + p.name + ") has " + values.size()
                        + " values, the model needs " + p.size());
            }
            for (int i = 0; i < values.size(); i++) {
                p.value[i] = (Double) values.get(i);
            }
        }
        Object loss = m.get("loss");
        String lossId = loss instanceof String ? (String) loss : "mse";
        Object pre = m.get("preprocessing");
        if (!(pre instanceof Map)) {
            return new ModelFile(spec, lossId, net);
        }
        return withPreprocessing(spec, lossId, net, (Map<?, ?>) pre);
    }

    /** A model with the preprocessing read from {@link #preprocessingJson()}'s form. */
    static ModelFile withPreprocessing(ModelSpec spec, String lossId, Network net, Map<?, ?> pre) {
        List<Preprocessor.Step> steps = new ArrayList<>();
        for (Object o : (List<?>) field(pre, "features", List.class)) {
            Map<?, ?> s = (Map<?, ?>) o;
            Preprocessor.Kind kind = Preprocessor.Kind.parse((String) field(s, "transform", String.class));
            String column = (String) field(s, "column", String.class);
            if (kind == Preprocessor.Kind.ONEHOT) {
                List<String> cats = new ArrayList<>();
                for (Object c : (List<?>) field(s, "categories", List.class)) {
                    cats.add((String) c);
                }
                steps.add(new Preprocessor.Step(column, kind, 0, 1, cats, 0, (String) s.get("fill")));
            } else {
                steps.add(new Preprocessor.Step(column, kind, (Double) field(s, "a", Double.class),
                        (Double) field(s, "b", Double.class), null, (Double) field(s, "fill", Double.class), null));
            }
        }
        Map<?, ?> t = (Map<?, ?>) field(pre, "target", Map.class);
        List<String> classes = new ArrayList<>();
        TargetScaler scaler = TargetScaler.none();
        if ("classification".equals(t.get("task"))) {
            for (Object c : (List<?>) field(t, "classes", List.class)) {
                classes.add((String) c);
            }
        } else {
            double mean = (Double) field(t, "mean", Double.class);
            double std = (Double) field(t, "std", Double.class);
            scaler = "log1p".equals(t.get("scale")) ? TargetScaler.log()
                    : mean == 0 && std == 1 ? TargetScaler.none() : TargetScaler.of(mean, std);
        }
        return new ModelFile(spec, lossId, net, Preprocessor.of(steps), (String) t.get("column"), classes, scaler);
    }

    private static Object field(Map<?, ?> m, String name, Class<?> type) {
        Object v = m.get(name);
        if (!type.isInstance(v)) {
            throw new IllegalArgumentException("model file: field '" + name + "' is missing or not a "
                    + type.getSimpleName().toLowerCase());
        }
        return v;
    }
}
