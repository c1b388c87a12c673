package playground.web.charts;

import java.util.List;
import java.util.Map;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * The network as TensorFlow Playground draws it: a column of neurons per layer joined by links coloured by the sign
 * of their weight (blue positive, orange negative) and as wide as its size. With a picture (two inputs) each neuron
 * is a thumbnail of its output over the plane; without one (a table's many inputs, or before the first picture)
 * the neurons are plain squares and the links thin grey. Layers wider than {@link #MAX_SHOWN} show their first
 * neurons and say how many more there are. {@link #draw} returns where everything went, for the controls and the
 * overlay laid over the canvas.
 */
public final class NetworkDiagram {
    public static final int MAX_SHOWN = 24;

    /** Where the columns and neurons are, in canvas pixels. */
    public static final class Layout {
        public final int width;
        public final int height;
        public final int box;
        public final double[] colX;
        public final int[] shown;

        Layout(int width, int height, int box, double[] colX, int[] shown) {
            this.width = width;
            this.height = height;
            this.box = box;
            this.colX = colX;
            this.shown = shown;
        }

        /** The top of neuron {@code j} of column {@code i}. */
        public double rowY(int i, int j) {
            return 10 + (height - 30 - shown[i] * box * 1.25) / 2 + j * box * 1.25;
        }
    }

    private NetworkDiagram() {
    }

    /**
     * {@code layers}: the inputs, then each Dense layer: {units, activation, label?, weights (in × out)?, thumbs?}
     * (weights and thumbs come with a picture). A 2-D set's input column also has names and active (per feature): the
     * first layer's weights are then per active feature.
     */
    @SuppressWarnings("unchecked")
    public static Layout draw(HTMLCanvasElement c, List<Map<String, Object>> layers, int availableWidth, int maxHeight) {
        int n = layers.size();
        int[] shown = new int[n];
        int most = 1;
        for (int i = 0; i < n; i++) {
            shown[i] = Math.min(units(layers.get(i)), MAX_SHOWN);
            most = Math.max(most, shown[i]);
        }
        int width = Math.max(240, Math.min(900, availableWidth > 0 ? availableWidth : 480));
        int box = Math.max(8, Math.min(30, (int) Math.floor((maxHeight - 30) / (most * 1.25))));
        int height = Math.max(120, (int) Math.ceil(most * box * 1.25) + 30);
        c.setWidth(width);
        c.setHeight(height);
        CanvasRenderingContext2D ctx = (CanvasRenderingContext2D) c.getContext("2d");
        ctx.clearRect(0, 0, width, height);
        List<String> names = (List<String>) layers.get(0).get("names"); // a 2-D set's features, named left of each
        List<Boolean> active = (List<Boolean>) layers.get(0).get("active");
        double left = names != null ? 52 : 20;
        double[] colX = new double[n];
        for (int i = 0; i < n; i++) {
            colX[i] = left + i * (width - left - 20 - box) / (double) Math.max(1, n - 1);
        }
        Layout at = new Layout(width, height, box, colX, shown);
        // links first, under the neurons
        for (int i = 1; i < n; i++) {
            List<Double> w = (List<Double>) layers.get(i).get("weights");
            // the first layer's weights are per active input: a feature that is off has no links
            List<Number> rows = i == 1 ? (List<Number>) layers.get(0).get("rows") : null; // each feature's kernel row
            int[] row = new int[shown[i - 1]];
            int in = 0;
            for (int a = 0; a < row.length; a++) {
                row[a] = rows != null ? rows.get(a).intValue() : a;
                in += row[a] >= 0 ? 1 : 0;
            }
            in = rows != null ? in : units(layers.get(i - 1));
            int out = units(layers.get(i));
            boolean weighed = w != null && w.size() == in * out; // else not a plain chain (a residual block between)
            double maxAbs = 1e-9;
            if (weighed) {
                for (double v : w) {
                    maxAbs = Math.max(maxAbs, Math.abs(v));
                }
            }
            int links = shown[i - 1] * shown[i];
            for (int a = 0; a < shown[i - 1]; a++) {
                if (row[a] < 0) {
                    continue;
                }
                for (int b = 0; b < shown[i]; b++) {
                    if (weighed) {
                        double v = w.get(row[a] * out + b);
                        double t = Math.abs(v) / maxAbs;
                        double alpha = 0.15 + 0.6 * t;
                        ctx.setStrokeStyle(v >= 0 ? "rgba(0,114,178," + alpha + ")" : "rgba(230,159,0," + alpha + ")");
                        ctx.setLineWidth(Math.max(0.3, (links > 200 ? 1.5 : 4) * t));
                        Plots.dashed(ctx, v < 0); // the sign by line style too: colour is not the only cue
                    } else {
                        ctx.setStrokeStyle("rgba(120,120,120,0.25)");
                        ctx.setLineWidth(0.75);
                    }
                    ctx.beginPath();
                    ctx.moveTo(colX[i - 1] + box, at.rowY(i - 1, a) + box / 2.0);
                    ctx.lineTo(colX[i], at.rowY(i, b) + box / 2.0);
                    ctx.stroke();
                }
            }
        }
        Plots.dashed(ctx, false);
        for (int i = 0; i < n; i++) {
            Map<String, Object> l = layers.get(i);
            List<List<Double>> thumbs = (List<List<Double>>) l.get("thumbs");
            for (int j = 0; j < shown[i]; j++) {
                double y = at.rowY(i, j);
                if (thumbs != null && j < thumbs.size()) {
                    List<Double> t = thumbs.get(j);
                    int res = (int) Math.round(Math.sqrt(t.size()));
                    double maxAbs = 1e-9;
                    for (Object v : t) {
                        if (v instanceof Double) {
                            maxAbs = Math.max(maxAbs, Math.abs((Double) v));
                        }
                    }
                    int[] rgb = new int[res * res * 3];
                    for (int k = 0; k < res * res; k++) {
                        Object v = t.get(k);
                        System.arraycopy(Colours.diverging(v instanceof Double ? (Double) v / maxAbs : 0), 0, rgb, 3 * k, 3);
                    }
                    Pixels.paint(ctx, res, rgb, colX[i], y, box, box);
                    if (i == 0 && active != null && !active.get(j)) { // an unused feature: faded
                        ctx.setFillStyle("rgba(255,255,255,0.7)");
                        ctx.fillRect(colX[i], y, box, box);
                    }
                } else {
                    ctx.setFillStyle("#f1f3f4");
                    ctx.fillRect(colX[i], y, box, box);
                }
                ctx.setStrokeStyle("#555");
                ctx.setLineWidth(1);
                ctx.strokeRect(colX[i] + 0.5, y + 0.5, box - 1, box - 1);
            }
            if (i == 0 && names != null) {
                ctx.setFont("12px sans-serif");
                ctx.setTextAlign("right");
                for (int j = 0; j < shown[0]; j++) {
                    ctx.setFillStyle(active.get(j) ? "#333" : "#888");
                    ctx.fillText(names.get(j), colX[0] - 5, at.rowY(0, j) + box / 2.0 + 4);
                }
            }
            ctx.setFillStyle("#333");
            ctx.setFont("11px sans-serif");
            int u = units(l);
            String label = l.get("label") instanceof String ? (String) l.get("label")
                    : i == 0 ? "inputs" : u + " " + l.get("activation");
            label += u > shown[i] ? " (+" + (u - shown[i]) + ")" : "";
            boolean last = i == n - 1 && n > 1;
            ctx.setTextAlign(last ? "right" : "left"); // the last column's label ends at its neurons, inside the canvas
            ctx.fillText(label, last ? colX[i] + box : colX[i], height - 6);
        }
        return at;
    }

    private static int units(Map<String, Object> layer) {
        return ((Number) layer.get("units")).intValue();
    }
}
