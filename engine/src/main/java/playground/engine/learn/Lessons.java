package playground.engine.learn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import playground.engine.text.Numbers;

/**
 * The Learn views that train real experiments in the page's worker — batch size, residual connections, imbalanced
 * classes: their settings, and the experiment queries their buttons train (the page sends each one as it is, and
 * {@link Claims} trains the same queries for the "Try this"). One place for each view's defaults.
 */
final class Lessons {
    static final String BATCH_DATA = "xor";
    static final double BATCH_RATE = 0.1;
    static final int BATCH_EPOCHS = 100;
    static final int BATCH_MIDDLE = 32;
    static final int BATCH_ROWS = 400;

    static final String RESIDUAL_ACTIVATION = "tanh";
    static final int RESIDUAL_BLOCKS = 10;
    static final int RESIDUAL_WIDTH = 16;
    static final double RESIDUAL_RATE = 0.1;
    static final int RESIDUAL_EPOCHS = 50;

    static final int RARE_ROWS = 2000;
    static final int RARE_EPOCHS = 100;
    static final String RARE_LAYERS = "dense:16:relu";

    private Lessons() {
    }

    private static Map<String, Object> run(String label, String query) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", label);
        m.put("query", query);
        return m;
    }

    /** Batch 1, a middle size and the whole training set, on the same data, network, rate and epochs. */
    static Map<String, Object> batch(Learn.Settings s) {
        String data = s.text("data", BATCH_DATA);
        if (!List.of("xor", "circle", "clusters", "spiral").contains(data)) {
            throw new IllegalArgumentException("data: '" + data + "' is not xor, circle, clusters or spiral");
        }
        double lr = s.number("lr", BATCH_RATE, 1e-4, 2);
        int epochs = s.integer("epochs", BATCH_EPOCHS, 1, 300);
        int middle = s.integer("mid", BATCH_MIDDLE, 2, 256);
        List<Object> runs = new ArrayList<>();
        for (int batch : new int[] {1, middle, BATCH_ROWS}) {
            runs.add(run(batch == BATCH_ROWS ? "full batch" : "batch " + batch, batchQuery(data, lr, epochs, batch)));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("runs", runs);
        return m;
    }

    /** A batch at least the training set's size is the full batch: the engine takes min(batch, rows). */
    static String batchQuery(String data, double lr, int epochs, int batch) {
        return "v=2&data=" + data + "&n=" + BATCH_ROWS + "&layers=dense:8:tanh,dense:8:tanh&opt=sgd&lr=" + Numbers.format(lr)
                + "&epochs=" + epochs + "&batch=" + batch;
    }

    /** A plain stack of 2·blocks + 1 hidden Dense layers, and the same layers with every pair after the first a residual block. */
    static Map<String, Object> residual(Learn.Settings s) {
        String act = s.text("act", RESIDUAL_ACTIVATION);
        if (!List.of("tanh", "sigmoid", "relu").contains(act)) {
            throw new IllegalArgumentException("act: '" + act + "' is not tanh, sigmoid or relu");
        }
        int blocks = s.integer("blocks", RESIDUAL_BLOCKS, 1, 15);
        double lr = s.number("lr", RESIDUAL_RATE, 1e-4, 2);
        int epochs = s.integer("epochs", RESIDUAL_EPOCHS, 1, 300);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("runs", List.of(run("plain", residualQuery(act, blocks, lr, epochs, false)),
                run("residual", residualQuery(act, blocks, lr, epochs, true))));
        m.put("depth", (double) (2 * blocks + 1));
        return m;
    }

    static String residualQuery(String act, int blocks, double lr, int epochs, boolean residual) {
        String dense = "dense:" + RESIDUAL_WIDTH + ":" + act;
        StringBuilder layers = new StringBuilder(dense);
        for (int i = 0; i < blocks; i++) {
            layers.append(residual ? ",res(" + dense + "," + dense + ")" : "," + dense + "," + dense);
        }
        return "v=2&data=circle&layers=" + layers + "&opt=sgd&lr=" + Numbers.format(lr) + "&epochs=" + epochs;
    }

    /** A small network on the rare-class set (one row in twenty is positive). */
    static Map<String, Object> imbalance(Learn.Settings s) {
        int rows = s.integer("n", RARE_ROWS, 200, 20_000);
        int epochs = s.integer("epochs", RARE_EPOCHS, 1, 300);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("runs", List.of(run("network", imbalanceQuery(rows, epochs))));
        return m;
    }

    static String imbalanceQuery(int rows, int epochs) {
        return "v=2&data=rare&n=" + rows + "&layers=" + RARE_LAYERS + "&epochs=" + epochs;
    }
}
