package playground.web.charts;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import playground.web.dom.Browser;
import playground.web.dom.Dom;

/**
 * Small canvas plots for the Learn views: line charts (dashes, points, a log axis), contour maps with paths, and
 * histograms. Colours are Okabe–Ito and every series also differs by dash, so colour is not the only cue.
 */
public final class Plots {
    public static final String[] PALETTE = {"#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000"};
    public static final double[][] DASHES = {{}, {8, 4}, {2, 3}, {10, 3, 2, 3}, {4, 4}, {1, 2}, {12, 6}};

    private Plots() {
    }

    /** One series of a line plot. */
    public static final class Series {
        public final double[] xs;
        public final double[] ys;
        public final String label;
        public String color;
        public double[] dash;
        public boolean points;
        public boolean hollow;
        public double radius = 4;

        public Series(double[] xs, double[] ys, String label) {
            this.xs = xs;
            this.ys = ys;
            this.label = label;
        }

        public Series color(String c) {
            color = c;
            return this;
        }

        public Series dash(double... d) {
            dash = d;
            return this;
        }

        public Series points(double r) {
            points = true;
            radius = r;
            return this;
        }

        public Series hollow() {
            hollow = true;
            return this;
        }
    }

    /** How a line plot maps data to pixels (the losses view's drag reads it back). */
    public static final class Scale {
        public double x0;
        public double x1;
        public double y0;
        public double y1;
        public final double l = 58;
        public final double r = 12;
        public final double t = 10;
        public final double b = 40;
        public double width;
        public double height;

        double px(double x) {
            return l + (x - x0) / (x1 - x0) * (width - l - r);
        }

        double py(double y) {
            return height - b - (y - y0) / (y1 - y0) * (height - t - b);
        }
    }

    /** Options of a line plot; null ranges are taken from the data. */
    public static final class Options {
        public String xLabel;
        public String yLabel;
        public boolean yLog;
        /** A log x axis (the batch view's weight updates, 1 to tens of thousands); ticks at powers of ten. */
        public boolean xLog;
        public double[] xRange;
        public double[] yRange;
        public int width = 520;
        public int height = 280;

        public Options labels(String x, String y) {
            xLabel = x;
            yLabel = y;
            return this;
        }

        public Options size(int w, int h) {
            width = w;
            height = h;
            return this;
        }
    }

    static CanvasRenderingContext2D setup(HTMLElement canvas, int width, int height) {
        double ratio = devicePixelRatio();
        HTMLCanvasElement c = (HTMLCanvasElement) canvas;
        c.setWidth((int) Math.round(width * ratio));
        c.setHeight((int) Math.round(height * ratio));
        CanvasRenderingContext2D ctx = (CanvasRenderingContext2D) c.getContext("2d");
        ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
        ctx.clearRect(0, 0, width, height);
        return ctx;
    }

    /** "Nice" tick values between lo and hi. */
    static List<Double> ticks(double lo, double hi, int n) {
        List<Double> out = new ArrayList<>();
        if (Double.isNaN(lo) || Double.isInfinite(lo) || Double.isNaN(hi) || Double.isInfinite(hi)) {
            return out;
        }
        double span = hi - lo == 0 ? 1 : hi - lo;
        double mag = Math.pow(10, Math.floor(Math.log10(span / n)));
        double step = 10 * mag;
        for (double m : new double[] {1, 2, 5, 10}) {
            if (span / (m * mag) <= n) {
                step = m * mag;
                break;
            }
        }
        double first = Math.ceil(lo / step) * step;
        if (first + step == first) {
            out.add(lo); // the step is lost in rounding at this magnitude
            return out;
        }
        for (int k = 0; k < 50; k++) {
            double v = first + k * step;
            if (v > hi + step * 1e-9) {
                break;
            }
            out.add(Math.abs(v) < step * 1e-9 ? 0 : v);
        }
        return out;
    }

    /**
     * Axis labels: whole ticks below a million grouped (25,000: "2e+4" would name 15,000, 20,000 and 25,000 alike),
     * 3e+8 rather than 300,000,000 above that and 1.5e-4 below 0.001, with as many digits as the tick has; 0.001 as
     * it is.
     */
    static String compact(double v) {
        double a = Math.abs(v);
        if (a >= 1e4 && a < 1e6 && v == Math.rint(v)) {
            return playground.engine.text.Numbers.grouped(Math.round(v));
        }
        if (a != 0 && (a >= 1e4 || a < 1e-3)) {
            for (int digits = 0; digits < 3; digits++) { // as few as tell the tick from its neighbours: 1.5e+6, not 2e+6
                String e = Browser.exponential(v, digits);
                if (Math.abs(Double.parseDouble(e) - v) <= a * 1e-9) {
                    return e;
                }
            }
            return Browser.exponential(v, 3);
        }
        return Browser.jsString(Browser.roundToPrecision(v, 3));
    }

    private static double fy(Options o, double v) {
        return o.yLog ? (v > 0 ? Math.log10(v) : Double.NaN) : v;
    }

    private static double fx(Options o, double v) {
        return o.xLog ? (v > 0 ? Math.log10(v) : Double.NaN) : v;
    }

    private static boolean finite(double v) {
        return !Double.isNaN(v) && !Double.isInfinite(v);
    }

    /** A line plot; non-finite values break the line. */
    public static Scale line(HTMLElement canvas, List<Series> series, Options o) {
        int width = o.width;
        int height = o.height;
        CanvasRenderingContext2D ctx = setup(canvas, width, height);
        Scale s = new Scale();
        s.width = width;
        s.height = height;
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        if (o.xRange != null) {
            x0 = o.xRange[0];
            x1 = o.xRange[1];
        }
        if (o.yRange != null) {
            y0 = o.yRange[0];
            y1 = o.yRange[1];
        }
        if (o.xRange == null || o.yRange == null) {
            for (Series ser : series) {
                for (int i = 0; i < ser.xs.length; i++) {
                    double x = fx(o, ser.xs[i]);
                    double y = fy(o, ser.ys[i]);
                    if (!finite(x) || !finite(y)) {
                        continue;
                    }
                    if (o.xRange == null) {
                        x0 = Math.min(x0, x);
                        x1 = Math.max(x1, x);
                    }
                    if (o.yRange == null) {
                        y0 = Math.min(y0, y);
                        y1 = Math.max(y1, y);
                    }
                }
            }
        } else if (o.yLog) {
            y0 = fy(o, y0);
            y1 = fy(o, y1);
        }
        if (!(x1 > x0)) { // a flat series still gets a visible range, at any magnitude
            double w = Math.max(1, Math.abs(x0) * 1e-6);
            x0 -= w;
            x1 += w;
        }
        if (!(y1 > y0)) {
            double w = Math.max(1, Math.abs(y0) * 1e-6);
            y0 -= w;
            y1 += w;
        }
        if (!finite(x0 + x1 + y0 + y1)) {
            x0 = 0;
            x1 = 1;
            y0 = 0;
            y1 = 1;
        }
        double pad = (y1 - y0) * 0.05;
        s.x0 = x0;
        s.x1 = x1;
        s.y0 = y0 - pad;
        s.y1 = y1 + pad;
        ctx.setFont("11px system-ui, sans-serif");
        ctx.setFillStyle("#5f6368");
        ctx.setStrokeStyle("#e4e4e4");
        ctx.setLineWidth(1);
        for (double t : ticks(s.x0, s.x1, 5)) {
            if (o.xLog && t != Math.rint(t)) {
                continue; // powers of ten only
            }
            ctx.beginPath();
            ctx.moveTo(s.px(t), s.t);
            ctx.lineTo(s.px(t), height - s.b);
            ctx.stroke();
            ctx.setTextAlign("center");
            ctx.fillText(o.xLog ? compact(Math.pow(10, t)) : compact(t), s.px(t), height - s.b + 14);
        }
        List<Double> yt = new ArrayList<>();
        if (o.yLog) {
            for (double t : ticks(Math.floor(s.y0), Math.ceil(s.y1), 5)) {
                if (t == Math.rint(t) && t >= s.y0 && t <= s.y1) {
                    yt.add(t);
                }
            }
            if (yt.size() < 2) {
                yt = ticks(s.y0, s.y1, 4); // less than two decades: ticks between powers of ten
            }
        } else {
            yt = ticks(s.y0, s.y1, 5);
        }
        for (double t : yt) {
            if (t < s.y0 || t > s.y1) {
                continue;
            }
            ctx.beginPath();
            ctx.moveTo(s.l, s.py(t));
            ctx.lineTo(width - s.r, s.py(t));
            ctx.stroke();
            ctx.setTextAlign("right");
            ctx.fillText(o.yLog ? compact(Math.pow(10, t)) : compact(t), s.l - 4, s.py(t) + 4);
        }
        ctx.setStrokeStyle("#888");
        ctx.beginPath();
        ctx.moveTo(s.l, s.t);
        ctx.lineTo(s.l, height - s.b);
        ctx.lineTo(width - s.r, height - s.b);
        ctx.stroke();
        if (s.x0 < 0 && s.x1 > 0) {
            ctx.setStrokeStyle("#bbb");
            ctx.beginPath();
            ctx.moveTo(s.px(0), s.t);
            ctx.lineTo(s.px(0), height - s.b);
            ctx.stroke();
        }
        ctx.setFillStyle("#1d1d1f");
        ctx.setTextAlign("center");
        if (o.xLabel != null) {
            ctx.fillText(o.xLabel, (s.l + width - s.r) / 2, height - 6);
        }
        if (o.yLabel != null) {
            ctx.save();
            ctx.translate(12, (s.t + height - s.b) / 2);
            ctx.rotate(-Math.PI / 2);
            ctx.fillText(o.yLabel, 0, 0);
            ctx.restore();
        }
        ctx.save();
        ctx.beginPath();
        ctx.rect(s.l, s.t, width - s.l - s.r, height - s.t - s.b);
        ctx.clip();
        for (int k = 0; k < series.size(); k++) {
            Series ser = series.get(k);
            pen(ctx, k, ser.color, ser.dash);
            if (!ser.points) {
                ctx.beginPath();
                boolean pen = false;
                for (int i = 0; i < ser.xs.length; i++) {
                    double x = fx(o, ser.xs[i]);
                    double y = fy(o, ser.ys[i]);
                    if (!finite(x) || !finite(y)) {
                        pen = false;
                        continue;
                    }
                    if (pen) {
                        ctx.lineTo(s.px(x), s.py(y));
                    } else {
                        ctx.moveTo(s.px(x), s.py(y));
                    }
                    pen = true;
                }
                ctx.stroke();
            } else {
                lineDash(ctx, new double[0]);
                for (int i = 0; i < ser.xs.length; i++) {
                    double y = fy(o, ser.ys[i]);
                    if (!finite(y)) {
                        continue;
                    }
                    ctx.beginPath();
                    ctx.arc(s.px(fx(o, ser.xs[i])), s.py(y), ser.radius, 0, 2 * Math.PI);
                    if (ser.hollow) {
                        ctx.stroke();
                    } else {
                        ctx.fill();
                    }
                }
            }
        }
        ctx.restore();
        return s;
    }

    /** The HTML legend for a plot: colour and dash as in the canvas, and the label as text. */
    public static HTMLElement legend(List<Series> series) {
        HTMLElement box = Dom.el("div", "class", "legend");
        for (int k = 0; k < series.size(); k++) {
            Series s = series.get(k);
            double[] dash = s.dash != null ? s.dash : DASHES[k % DASHES.length];
            String color = s.color != null ? s.color : PALETTE[k % PALETTE.length];
            String cls = s.points ? (s.hollow ? "point hollow" : "point") : dash.length == 0 ? "" : dash[0] <= 2 ? "dot" : "dash";
            HTMLElement span = Dom.el("span", "class", cls, "text", s.label);
            Dom.style(span, "--c", color);
            box.appendChild(span);
        }
        return box;
    }

    /** One optimizer's path on a contour map, drawn up to step {@code shown} (or all of it, when negative). */
    public static final class Path {
        final double[] xs;
        final double[] ys;
        final int shown;
        final String color;
        final double[] dash;

        public Path(double[] xs, double[] ys, int shown, String color, double[] dash) {
            this.xs = xs;
            this.ys = ys;
            this.shown = shown;
            this.color = color;
            this.dash = dash;
        }
    }

    /** Canvas pixels back to the surface's coordinates. */
    public static final class Contour {
        final double xMin;
        final double xMax;
        final double yMin;
        final double yMax;
        final int size;

        Contour(double xMin, double xMax, double yMin, double yMax, int size) {
            this.xMin = xMin;
            this.xMax = xMax;
            this.yMin = yMin;
            this.yMax = yMax;
            this.size = size;
        }

        public double[] toData(double cx, double cy) {
            return new double[] {xMin + cx / size * (xMax - xMin), yMax - cy / size * (yMax - yMin)};
        }
    }

    /** A surface as a filled contour map (log-spaced levels) with optimizer paths on top. */
    public static Contour contour(HTMLElement canvas, int n, double[] box, double[] grid, List<Path> paths, int size,
            double[] start) {
        CanvasRenderingContext2D ctx = setup(canvas, size, size);
        double xMin = box[0];
        double xMax = box[1];
        double yMin = box[2];
        double yMax = box[3];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : grid) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double shift = lo < 0 ? -lo : 0;
        double unit = (hi + shift) / 50 == 0 ? 1 : (hi + shift) / 50;
        double top = Math.log1p((hi + shift) / unit);
        double cell = (double) size / n;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double t = Math.min(1, Math.log1p((grid[j * n + i] + shift) / unit) / top);
                double band = Math.floor(t * 12) / 12; // banded, so the levels read as contours
                long c = Math.round(255 - band * 150);
                ctx.setFillStyle("rgb(" + c + ", " + Math.round(c * 0.98) + ", " + Math.min(255, c + 20) + ")");
                ctx.fillRect(i * cell, j * cell, cell + 0.5, cell + 0.5);
            }
        }
        for (int k = 0; k < paths.size(); k++) {
            Path p = paths.get(k);
            pen(ctx, k, p.color, p.dash);
            ctx.beginPath();
            int upto = Math.min(p.xs.length, p.shown < 0 ? p.xs.length : p.shown + 1);
            for (int i = 0; i < upto; i++) {
                double x = Math.max(-1e4, Math.min(1e4, (p.xs[i] - xMin) / (xMax - xMin) * size));
                double y = Math.max(-1e4, Math.min(1e4, (yMax - p.ys[i]) / (yMax - yMin) * size));
                if (i == 0) {
                    ctx.moveTo(x, y);
                } else {
                    ctx.lineTo(x, y);
                }
            }
            ctx.stroke();
            lineDash(ctx, new double[0]);
            int last = upto - 1;
            ctx.beginPath();
            ctx.arc((p.xs[last] - xMin) / (xMax - xMin) * size, (yMax - p.ys[last]) / (yMax - yMin) * size, 4, 0, 2 * Math.PI);
            ctx.fill();
        }
        if (start != null) {
            ctx.setStrokeStyle("#000");
            ctx.setLineWidth(2);
            lineDash(ctx, new double[0]);
            ctx.beginPath();
            ctx.arc((start[0] - xMin) / (xMax - xMin) * size, (yMax - start[1]) / (yMax - yMin) * size, 7, 0, 2 * Math.PI);
            ctx.stroke();
        }
        return new Contour(xMin, xMax, yMin, yMax, size);
    }

    /** A histogram from counts. */
    public static void histogram(HTMLElement canvas, double[] counts, String color) {
        int width = 120;
        int height = 50;
        CanvasRenderingContext2D ctx = setup(canvas, width, height);
        double max = 1;
        for (double c : counts) {
            max = Math.max(max, c);
        }
        double w = (double) width / counts.length;
        ctx.setFillStyle(color);
        for (int i = 0; i < counts.length; i++) {
            double h = counts[i] / max * (height - 2);
            ctx.fillRect(i * w + 0.5, height - h, Math.max(1, w - 1), h);
        }
    }

    /** The k-th series' colour and dash, unless it has its own, for lines 2 px wide. */
    private static void pen(CanvasRenderingContext2D ctx, int k, String color, double[] dash) {
        String c = color != null ? color : PALETTE[k % PALETTE.length];
        ctx.setStrokeStyle(c);
        ctx.setFillStyle(c);
        ctx.setLineWidth(2);
        lineDash(ctx, dash != null ? dash : DASHES[k % DASHES.length]);
    }

    /** A short dash (4 on, 3 off), or solid again. */
    static void dashed(CanvasRenderingContext2D ctx, boolean on) {
        lineDash(ctx, on ? new double[] {4, 3} : new double[0]);
    }

    @JSBody(params = {"ctx", "dash"}, script = "ctx.setLineDash(Array.prototype.slice.call(dash));")
    private static native void lineDash(CanvasRenderingContext2D ctx, double[] dash);

    @JSBody(script = "return window.devicePixelRatio || 1;")
    private static native double devicePixelRatio();
}
