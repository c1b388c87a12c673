package playground.web.charts;

import org.teavm.jso.JSBody;
import org.teavm.jso.canvas.CanvasRenderingContext2D;

/** A small grid of colours painted scaled up onto a canvas: a heatmap, or a neuron's thumbnail. */
final class Pixels {
    private Pixels() {
    }

    /**
     * Paints {@code rgb} (res × res cells, 3 values each, rows from the top) into the rectangle x, y, w, h,
     * smoothed: one drawImage call.
     */
    static void paint(CanvasRenderingContext2D ctx, int res, int[] rgb, double x, double y, double w, double h) {
        int[] rgba = new int[res * res * 4];
        for (int i = 0; i < res * res; i++) {
            rgba[4 * i] = rgb[3 * i];
            rgba[4 * i + 1] = rgb[3 * i + 1];
            rgba[4 * i + 2] = rgb[3 * i + 2];
            rgba[4 * i + 3] = 255;
        }
        put(ctx, res, rgba, x, y, w, h);
    }

    @JSBody(params = {"ctx", "res", "rgba", "x", "y", "w", "h"}, script = "var $cells = document.createElement('canvas');"
            + " $cells.width = res; $cells.height = res; var $g = $cells.getContext('2d'); var $img = $g.createImageData(res, res);"
            + " $img.data.set(rgba); $g.putImageData($img, 0, 0); ctx.imageSmoothingEnabled = true; ctx.drawImage($cells, x, y, w, h);")
    private static native void put(CanvasRenderingContext2D ctx, int res, int[] rgba, double x, double y, double w, double h);
}
