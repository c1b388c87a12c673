package playground.web.charts;

import java.util.List;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;

/**
 * The network's output over the plane, with the data on top: two classes shade orange – white – blue by the
 * probability of class 1, more classes by the winning class (stronger where it is surer), a regression by its
 * value. Training points are filled, test points hollow; a point's class shows by shape (● ■ ▲) and colour.
 */
public final class Heatmap {
    private Heatmap() {
    }

    /**
     * {@code values}: res × res outputs, rows from the top; {@code x}, {@code y}: the plane's ranges; {@code points}:
     * [x, y, label, part (0 training, 1 test)] each; {@code classes}: how many (0 for a regression).
     */
    public static void draw(HTMLCanvasElement canvas, int res, List<Object> values, List<Double> x, List<Double> y,
            List<List<Object>> points, int classes) {
        CanvasRenderingContext2D ctx = (CanvasRenderingContext2D) canvas.getContext("2d");
        int w = canvas.getWidth();
        int h = canvas.getHeight();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Object o : values) {
            if (o instanceof Double) {
                lo = Math.min(lo, (Double) o);
                hi = Math.max(hi, (Double) o);
            }
        }
        int[] rgb = new int[res * res * 3];
        for (int i = 0; i < values.size(); i++) {
            if (!(values.get(i) instanceof Double)) {
                System.arraycopy(new int[] {255, 255, 255}, 0, rgb, 3 * i, 3); // no output here (a NaN): blank
                continue;
            }
            double v = (Double) values.get(i);
            int[] c;
            if (classes == 2) {
                c = Colours.diverging(2 * v - 1);
            } else if (classes > 2) {
                c = Colours.tint((int) Math.floor(v), 0.25 + 0.6 * (v - Math.floor(v)));
            } else {
                c = Colours.diverging(hi > lo ? 2 * (v - lo) / (hi - lo) - 1 : 0);
            }
            System.arraycopy(c, 0, rgb, 3 * i, 3);
        }
        Pixels.paint(ctx, res, rgb, 0, 0, w, h);
        marks(ctx, x, y, points, classes, w, h);
        ticks(ctx, x, y, w, h);
    }

    /**
     * The output as hard classes, as TensorFlow Playground's "Discretize output": two classes thresholded at 0.5
     * (values are P(class 1)), more by their winner (values are the class index plus its confidence) at full tint.
     */
    public static List<Object> discretized(List<Object> values, int classes) {
        List<Object> out = new java.util.ArrayList<>(values.size());
        for (Object o : values) {
            if (!(o instanceof Double)) {
                out.add(o);
            } else if (classes == 2) {
                out.add((Double) o >= 0.5 ? 1.0 : 0.0);
            } else {
                out.add(Math.floor((Double) o) + 0.999);
            }
        }
        return out;
    }

    /** The data alone on the plane (the Data pane's picture): the same marks on white. */
    public static void points(HTMLCanvasElement canvas, List<Double> x, List<Double> y, List<List<Object>> points, int classes) {
        CanvasRenderingContext2D ctx = (CanvasRenderingContext2D) canvas.getContext("2d");
        int w = canvas.getWidth();
        int h = canvas.getHeight();
        ctx.setFillStyle("#fff");
        ctx.fillRect(0, 0, w, h);
        marks(ctx, x, y, points, classes, w, h);
        ticks(ctx, x, y, w, h);
    }

    /** Each point by class: shape and colour; training filled, test hollow. */
    private static void marks(CanvasRenderingContext2D ctx, List<Double> x, List<Double> y, List<List<Object>> points, int classes,
            int w, int h) {
        double x0 = x.get(0);
        double x1 = x.get(1);
        double y0 = y.get(0);
        double y1 = y.get(1);
        double labelLo = Double.POSITIVE_INFINITY;
        double labelHi = Double.NEGATIVE_INFINITY;
        for (List<Object> p : points) {
            if (p.get(2) instanceof Double) {
                labelLo = Math.min(labelLo, (Double) p.get(2));
                labelHi = Math.max(labelHi, (Double) p.get(2));
            }
        }
        double r = 3.5;
        for (List<Object> p : points) {
            if (!(p.get(0) instanceof Double && p.get(1) instanceof Double && p.get(2) instanceof Double)) {
                continue; // a missing cell (imputed for training) has no place on the plane
            }
            double px = ((Double) p.get(0) - x0) / (x1 - x0) * w;
            double py = h - ((Double) p.get(1) - y0) / (y1 - y0) * h;
            double label = (Double) p.get(2);
            boolean test = (Double) p.get(3) == 1; // part: 0 training, 1 test
            int k = classes > 0 ? (int) label : (label - labelLo) / (labelHi - labelLo == 0 ? 1 : labelHi - labelLo) > 0.5 ? 1 : 0;
            String colour = Colours.css(Colours.CLASSES[k % Colours.CLASSES.length]);
            ctx.setFillStyle(test ? "rgba(255,255,255,0.85)" : colour);
            ctx.setStrokeStyle(test ? colour : "#fff");
            ctx.setLineWidth(test ? 2 : 1);
            ctx.beginPath();
            if (k % 3 == 0) {
                ctx.arc(px, py, r, 0, 2 * Math.PI);
            } else if (k % 3 == 1) {
                ctx.rect(px - r, py - r, 2 * r, 2 * r);
            } else {
                ctx.moveTo(px, py - r - 1);
                ctx.lineTo(px + r + 1, py + r);
                ctx.lineTo(px - r - 1, py + r);
                ctx.closePath();
            }
            ctx.fill();
            ctx.stroke();
        }
    }

    /** The plane's scale: its ends and middle on each axis, on a light backing so they read over any colour. */
    private static void ticks(CanvasRenderingContext2D ctx, List<Double> x, List<Double> y, int w, int h) {
        ctx.setFont("10px sans-serif");
        for (int k = 0; k <= 2; k++) {
            double vx = x.get(0) + k * (x.get(1) - x.get(0)) / 2;
            double vy = y.get(0) + k * (y.get(1) - y.get(0)) / 2;
            String tx = playground.web.page.Format.precision(vx, 2);
            String ty = playground.web.page.Format.precision(vy, 2);
            double px = k == 0 ? 2 : k == 1 ? w / 2.0 - ctx.measureText(tx).getWidth() / 2 : w - ctx.measureText(tx).getWidth() - 2;
            double py = k == 0 ? h - 14 : k == 1 ? h / 2.0 : 12;
            label(ctx, tx, px, h - 3);
            if (k > 0) {
                label(ctx, ty, 2, py);
            }
        }
    }

    private static void label(CanvasRenderingContext2D ctx, String text, double x, double y) {
        double tw = ctx.measureText(text).getWidth();
        ctx.setFillStyle("rgba(255,255,255,0.75)");
        ctx.fillRect(x - 1, y - 9, tw + 2, 11);
        ctx.setFillStyle("#333");
        ctx.setTextAlign("left");
        ctx.fillText(text, x, y);
    }
}
