package playground.engine.spec;

import java.util.List;
import java.util.Map;
import playground.engine.nn.Network;
import playground.engine.nn.Param;

/**
 * A trained model as JSON: the architecture in the compact layer text, the loss it was trained with, and every
 * parameter (trainable and not, in {@link Network#params()} order). The CLI's {@code predict} and the browser's
 * "export model" read and write this format.
 */
public final class ModelFile {
    public static final String FORMAT = "backprop-playground/model";
    public static final int VERSION = 1;

    public final ModelSpec spec;
    public final String loss;
    public final Network network;

    public ModelFile(ModelSpec spec, String loss, Network network) {
        this.spec = spec;
        this.loss = loss;
        this.network = network;
    }

    public String toJson() {
        StringBuilder sb = new StringBuilder();
        sb.append("{\"format\":").append(Json.quote(FORMAT)).append(",\"version\":").append(VERSION)
                .append(",\"inputs\":").append(spec.inputSize)
                .append(",\"layers\":").append(Json.quote(LayerSpec.listToText(spec.layers)))
                .append(",\"loss\":").append(Json.quote(loss)).append(",\"params\":[");
        List<Param> params = network.params();
        for (int k = 0; k < params.size(); k++) {
            Param p = params.get(k);
            sb.append(k == 0 ? "" : ",").append("{\"name\":").append(Json.quote(p.name)).append(",\"values\":[");
            for (int i = 0; i < p.value.length; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                // On the JVM the shortest text that reads back to the same bits (TeaVM: see the README).
                sb.append(Double.toString(p.value[i]));
            }
            sb.append("]}");
        }
        return sb.append("]}").toString();
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
        if (!(version instanceof Double) || ((Double) version).intValue() != VERSION) {
            throw new IllegalArgumentException("model file version " + version + " is not supported (expected " + VERSION + ")");
        }
        ModelSpec spec = new ModelSpec(((Double) field(m, "inputs", Double.class)).intValue(),
                LayerSpec.parseList((String) field(m, "layers", String.class)));
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
        return new ModelFile(spec, loss instanceof String ? (String) loss : "mse", net);
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
