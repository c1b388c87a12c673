package playground.engine.nn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import playground.engine.text.Numbers;

/**
 * The model summary in Keras's format and with Keras's counts: one row per layer (name, type, output shape,
 * parameters), then total, trainable and non-trainable parameters. BatchNorm's moving mean and variance count as
 * non-trainable, exactly as in Keras.
 */
public final class Summary {
    /** One layer's row. */
    public static final class Row {
        public final String name;
        public final String type;
        public final int outputWidth;
        public final long params;
        public final long trainable;

        Row(String name, String type, int outputWidth, long params, long trainable) {
            this.name = name;
            this.type = type;
            this.outputWidth = outputWidth;
            this.params = params;
            this.trainable = trainable;
        }

        /** Keras's shape notation: the batch dimension is None. */
        public String outputShape() {
            return "(None, " + outputWidth + ")";
        }
    }

    public final List<Row> rows;
    public final long total;
    public final long trainable;

    private Summary(List<Row> rows) {
        this.rows = rows;
        long t = 0;
        long tr = 0;
        for (Row r : rows) {
            t += r.params;
            tr += r.trainable;
        }
        this.total = t;
        this.trainable = tr;
    }

    public long nonTrainable() {
        return total - trainable;
    }

    public static Summary of(Network network) {
        Map<String, Integer> seen = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (Layer layer : network.layers()) {
            String stem = layer.nameStem();
            int k = seen.getOrDefault(stem, 0);
            seen.put(stem, k + 1);
            long all = 0;
            long tr = 0;
            for (Param p : layer.params()) {
                all += p.size();
                if (p.trainable()) {
                    tr += p.size();
                }
            }
            rows.add(new Row(k == 0 ? stem : stem + "_" + k, layer.kind(), layer.outputSize(), all, tr));
        }
        return new Summary(rows);
    }

    /** The table as Keras prints it (names are not wrapped: the first column grows instead). */
    public String toText() {
        int c1 = 29;
        for (Row r : rows) {
            c1 = Math.max(c1, r.name.length() + r.type.length() + 5);
        }
        int c2 = 26;
        int c3 = 10;
        int width = c1 + c2 + c3;
        StringBuilder sb = new StringBuilder();
        sb.append("Model: \"sequential\"\n");
        sb.append(repeat('_', width)).append('\n');
        sb.append(pad(" Layer (type)", c1)).append(pad("Output Shape", c2)).append(pad("Param #", c3)).append('\n');
        sb.append(repeat('=', width)).append('\n');
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            sb.append(pad(" " + r.name + " (" + r.type + ")", c1)).append(pad(r.outputShape(), c2))
                    .append(pad(Long.toString(r.params), c3)).append('\n');
            if (i < rows.size() - 1) {
                sb.append('\n');
            }
        }
        sb.append(repeat('=', width)).append('\n');
        sb.append("Total params: ").append(Numbers.grouped(total)).append('\n');
        sb.append("Trainable params: ").append(Numbers.grouped(trainable)).append('\n');
        sb.append("Non-trainable params: ").append(Numbers.grouped(nonTrainable())).append('\n');
        sb.append(repeat('_', width)).append('\n');
        return sb.toString();
    }

    /**
     * The summary as JSON: {@code {"layers":[{"name","type","output_shape","params","trainable"}...],"total",
     * "trainable","non_trainable"}}, with the output shape as Keras's tuple, batch dimension null.
     */
    public String toJson() {
        StringBuilder sb = new StringBuilder("{\"layers\":[");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            sb.append(i == 0 ? "" : ",").append("{\"name\":\"").append(r.name).append("\",\"type\":\"").append(r.type)
                    .append("\",\"output_shape\":[null,").append(r.outputWidth).append("],\"params\":").append(r.params)
                    .append(",\"trainable\":").append(r.trainable).append('}');
        }
        return sb.append("],\"total\":").append(total).append(",\"trainable\":").append(trainable)
                .append(",\"non_trainable\":").append(nonTrainable()).append('}').toString();
    }

    private static String pad(String s, int width) {
        StringBuilder sb = new StringBuilder(s);
        while (sb.length() < width) {
            sb.append(' ');
        }
        return sb.toString();
    }

    private static String repeat(char c, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(c);
        }
        return sb.toString();
    }
}
