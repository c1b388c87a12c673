package playground.web.charts;

import java.util.List;
import java.util.Map;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * The network as TensorFlow Playground draws it: a column of neurons per layer, each a thumbnail of its output over
 * the plane, joined by links coloured by the sign of their weight (blue positive, orange negative) and as wide as
 * its size. Layers wider than {@link #MAX_SHOWN} show their first neurons and say how many more there are.
 */
public final class NetworkDiagram {
    static final int MAX_SHOWN = 24;

    private NetworkDiagram() {
    }

    /** {@code layers}: the inputs, then each Dense layer: {units, activation, weights (in × out), thumbs}. */
    @SuppressWarnings("unchecked")
    public static void draw(HTMLCanvasElement c, List<Map<String, Object>> layers, int availableWidth) {
        int n = layers.size();
        int[] shown = new int[n];
        int most = 1;
        for (int i = 0; i < n; i++) {
            shown[i] = Math.min(units(layers.get(i)), MAX_SHOWN);
            most = Math.max(most, shown[i]);
        }
        int width = Math.max(300, Math.min(900, availableWidth > 0 ? availableWidth : 640));
        int box = Math.max(8, Math.min(36, (int) Math.floor(300 / (most * 1.25))));
        int height = Math.max(120, (int) Math.ceil(most * box * 1.25) + 30);
        c.setWidth(width);
        c.setHeight(height);
        CanvasRenderingContext2D ctx = (CanvasRenderingContext2D) c.getContext("2d");
        ctx.clearRect(0, 0, width, height);
        double[] colX = new double[n];
        for (int i = 0; i < n; i++) {
            colX[i] = 20 + i * (width - 40 - box) / (double) Math.max(1, n - 1);
        }
        // links first, under the neurons
        for (int i = 1; i < n; i++) {
            List<Double> w = (List<Double>) layers.get(i).get("weights");
            int in = units(layers.get(i - 1));
            int out = units(layers.get(i));
            if (w == null || w.size() != in * out) {
                continue; // not a plain chain (a residual block in between)
            }
            double maxAbs = 1e-9;
            for (double v : w) {
                maxAbs = Math.max(maxAbs, Math.abs(v));
            }
            int links = shown[i - 1] * shown[i];
            for (int a = 0; a < shown[i - 1]; a++) {
                for (int b = 0; b < shown[i]; b++) {
                    double v = w.get(a * out + b);
                    double t = Math.abs(v) / maxAbs;
                    double alpha = 0.15 + 0.6 * t;
                    ctx.setStrokeStyle(v >= 0 ? "rgba(0,114,178," + alpha + ")" : "rgba(230,159,0," + alpha + ")");
                    ctx.setLineWidth(Math.max(0.3, (links > 200 ? 1.5 : 4) * t));
                    ctx.beginPath();
                    ctx.moveTo(colX[i - 1] + box, rowY(height, shown[i - 1], box, a) + box / 2.0);
                    ctx.lineTo(colX[i], rowY(height, shown[i], box, b) + box / 2.0);
                    ctx.stroke();
                }
            }
        }
        for (int i = 0; i < n; i++) {
            Map<String, Object> l = layers.get(i);
            List<List<Double>> thumbs = (List<List<Double>>) l.get("thumbs");
            for (int j = 0; j < shown[i]; j++) {
                List<Double> t = thumbs.get(j);
                int res = (int) Math.round(Math.sqrt(t.size()));
                double maxAbs = 1e-9;
                for (double v : t) {
                    maxAbs = Math.max(maxAbs, Math.abs(v));
                }
                int[] rgb = new int[res * res * 3];
                for (int k = 0; k < res * res; k++) {
                    System.arraycopy(Colours.diverging(t.get(k) / maxAbs), 0, rgb, 3 * k, 3);
                }
                double y = rowY(height, shown[i], box, j);
                Pixels.paint(ctx, res, rgb, colX[i], y, box, box);
                ctx.setStrokeStyle("#555");
                ctx.setLineWidth(1);
                ctx.strokeRect(colX[i] + 0.5, y + 0.5, box - 1, box - 1);
            }
            ctx.setFillStyle("#333");
            ctx.setFont("11px sans-serif");
            int u = units(l);
            String label = i == 0 ? "inputs" : u + " " + l.get("activation") + (u > shown[i] ? " (+" + (u - shown[i]) + ")" : "");
            boolean last = i == n - 1 && n > 1;
            ctx.setTextAlign(last ? "right" : "left"); // the last column's label ends at its neurons, inside the canvas
            ctx.fillText(label, last ? colX[i] + box : colX[i], height - 6);
        }
    }

    private static double rowY(int height, int shown, int box, int j) {
        return 10 + (height - 30 - shown * box * 1.25) / 2 + j * box * 1.25;
    }

    private static int units(Map<String, Object> layer) {
        return ((Number) layer.get("units")).intValue();
    }
}
