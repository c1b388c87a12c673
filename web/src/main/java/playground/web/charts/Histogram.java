package playground.web.charts;

import java.util.List;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import playground.web.page.Format;

/** Counts in equal bins from {@code min} to {@code max}, the ends labelled, and a dashed line at zero. */
public final class Histogram {
    private Histogram() {
    }

    public static void draw(HTMLCanvasElement c, double min, double max, List<Double> counts) {
        CanvasRenderingContext2D ctx = (CanvasRenderingContext2D) c.getContext("2d");
        int w = c.getWidth();
        int h = c.getHeight();
        ctx.clearRect(0, 0, w, h);
        double most = 1;
        for (double n : counts) {
            most = Math.max(most, n);
        }
        double pad = 20;
        double bw = (w - 2 * pad) / counts.size();
        ctx.setFillStyle("#0072b2");
        for (int i = 0; i < counts.size(); i++) {
            double bh = counts.get(i) / most * (h - 2 * pad);
            ctx.fillRect(pad + i * bw + 1, h - pad - bh, bw - 2, bh);
        }
        if (min < 0 && max > 0) {
            double x0 = pad + (0 - min) / (max - min) * (w - 2 * pad);
            ctx.setStrokeStyle("#d55e00");
            Plots.dashed(ctx, true);
            ctx.beginPath();
            ctx.moveTo(x0, pad / 2);
            ctx.lineTo(x0, h - pad);
            ctx.stroke();
            Plots.dashed(ctx, false);
        }
        ctx.setFillStyle("#333");
        ctx.setFont("11px sans-serif");
        ctx.fillText(Format.number(min), pad, h - 5);
        String right = Format.number(max);
        ctx.fillText(right, w - pad - ctx.measureText(right).getWidth(), h - 5);
    }
}
