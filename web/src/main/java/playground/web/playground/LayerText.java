package playground.web.playground;

import java.util.List;
import java.util.Map;

/**
 * A hidden layer written back as the spec's layer grammar after an edit of its parts, from what the engine parsed
 * ({@link Prepared#layers}): the initializers are written only when they differ from the defaults, so "dense:8:tanh"
 * stays that short.
 */
public final class LayerText {
    private LayerText() {
    }

    /** A Dense layer: units, activation, then the initializers if either differs from its default. */
    public static String dense(String units, String activation, String init, String bias, Map<String, Object> defaults) {
        boolean plainBias = bias.equals(defaults.get("bias_init"));
        boolean plainInits = init.equals(defaults.get("kernel_init")) && plainBias;
        return "dense:" + units + ":" + activation + (plainInits ? "" : ":" + init) + (plainBias ? "" : ":" + bias);
    }

    /** Dense layer {@code layer} (as parsed) with {@code units} neurons instead. */
    public static String withUnits(Map<String, Object> layer, int units, Map<String, Object> defaults) {
        return dense(Integer.toString(units), (String) layer.get("activation"), (String) layer.get("init"), (String) layer.get("bias_init"), defaults);
    }

    /** The indices in {@code layers} of the Dense layers at the top level, in order: the network's hidden columns. */
    public static int[] denseIndices(List<Map<String, Object>> layers) {
        int n = 0;
        for (Map<String, Object> l : layers) {
            n += "dense".equals(l.get("kind")) ? 1 : 0;
        }
        int[] out = new int[n];
        int k = 0;
        for (int i = 0; i < layers.size(); i++) {
            if ("dense".equals(layers.get(i).get("kind"))) {
                out[k++] = i;
            }
        }
        return out;
    }
}
