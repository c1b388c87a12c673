package playground.engine.learn;

/**
 * The activations view's dead-unit run: its default settings (read by the page and by {@link Claims}, so the "Try
 * this" describes exactly the run the button starts) and the leaky twin of a layer list. Plain strings only, so the
 * page can use it without pulling in the engine.
 */
public final class DeadUnits {
    public static final String DATA = "spiral";
    public static final String LAYERS = "dense:32:relu,dense:32:relu,dense:32:relu";
    /** Adam at 0.05 is a large step for this network: most ReLU units die within 20 epochs, which is the point. */
    public static final String OPTIMIZER = "adam";
    public static final String RATE = "0.05";
    public static final String EPOCHS = "20";
    /** The slope of the leaky twin; Keras 3's leaky_relu default, so a unit switched off still passes a fifth. */
    public static final String LEAKY_SLOPE = "0.2";

    private DeadUnits() {
    }

    /** {@code layers} with every ReLU activation made leaky at {@code slope}: "dense:32:relu" → "dense:32:leaky_relu:0.2". */
    public static String leaky(String layers, String slope) {
        StringBuilder out = new StringBuilder();
        int start = 0;
        while (start <= layers.length()) {
            int comma = layers.indexOf(',', start);
            int end = comma < 0 ? layers.length() : comma;
            StringBuilder layer = new StringBuilder();
            int from = start;
            while (from <= end) { // one layer's ':'-separated words
                int colon = layers.indexOf(':', from);
                int stop = colon < 0 || colon > end ? end : colon;
                String word = layers.substring(from, stop);
                layer.append(from == start ? "" : ":").append(word.equals("relu") ? "leaky_relu:" + slope : word);
                from = stop + 1;
            }
            out.append(start == 0 ? "" : ",").append(layer);
            start = end + 1;
        }
        return out.toString();
    }

    /** The experiment query of a run, as the page sends it. */
    public static String query(String data, String layers, String optimizer, String rate, String epochs) {
        return "v=2&data=" + data + "&layers=" + layers + "&opt=" + optimizer + "&lr=" + rate + "&epochs=" + epochs;
    }
}
