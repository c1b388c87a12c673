package playground.engine.session;

import java.util.ArrayList;
import java.util.List;
import playground.engine.data.Column;
import playground.engine.data.Features;
import playground.engine.data.Table;
import playground.engine.experiment.Experiment;
import playground.engine.nn.Dense;
import playground.engine.nn.Layer;
import playground.engine.text.Json;

/**
 * The numbers behind the 2-D pictures of an experiment with two numeric features: the network's output over a
 * grid spanning the data (the decision boundary or regression surface), the train and test points, and, for the
 * network drawing, every Dense layer's weights and each neuron's own output over a coarser grid.
 */
final class Picture {
    private Picture() {
    }

    /** A 2-D set (its inputs made of x1 and x2), or any table with exactly two numeric inputs. */
    static boolean applies(Experiment e) {
        return e.plane != null || e.features.size() == 2 && e.table.column(e.features.get(0)).numeric
                && e.table.column(e.features.get(1)).numeric;
    }

    /** The plane's two axes: x1 and x2 of a 2-D set, else the two inputs. */
    private static String[] axes(Experiment e) {
        return e.plane != null ? new String[] {"x1", "x2"} : new String[] {e.features.get(0), e.features.get(1)};
    }

    /**
     * {"x": [min, max], "y": [min, max], "res": n, "values": [n·n, row 0 = top], "points": [[x, y, class or value,
     * 0 train / 1 test]...], "network": [...]}; values are P(class 1) for two classes, the winning class index plus
     * its probability's excess over chance for more, and the prediction in target units for a regression.
     */
    static String of(Experiment e, int res, int thumbRes) {
        Column cx = e.table.column(axes(e)[0]);
        Column cy = e.table.column(axes(e)[1]);
        double[] rx = range(cx);
        double[] ry = range(cy);
        double[] heat = outputs(e, grid(e, rx, ry, res), res);
        StringBuilder sb = new StringBuilder("{\"x\":[").append(Json.number(rx[0])).append(',').append(Json.number(rx[1]))
                .append("],\"y\":[").append(Json.number(ry[0])).append(',').append(Json.number(ry[1]))
                .append("],\"res\":").append(res).append(",\"values\":").append(numbers(heat)).append(",\"points\":[");
        int k = 0;
        for (int part = 0; part < 2; part++) {
            for (int r : part == 0 ? e.split.train : e.split.test) {
                String label = e.classification ? Integer.toString(e.classes.indexOf(e.table.column(e.target).text(r)))
                        : Json.number(e.table.column(e.target).numbers[r]);
                sb.append(k++ == 0 ? "" : ",").append('[').append(Json.number(cx.numbers[r])).append(',')
                        .append(Json.number(cy.numbers[r])).append(',').append(label).append(',').append(part).append(']');
            }
        }
        sb.append("],\"network\":").append(network(e, grid(e, rx, ry, thumbRes), thumbRes));
        if (e.plane != null) { // every feature of the plane over the thumbnails' grid, raw: TensorFlow Playground's first column
            sb.append(",\"features\":[");
            double[][] g = points(rx, ry, thumbRes);
            int k2 = 0;
            for (Features.Feature f : Features.Feature.values()) {
                sb.append(k2++ == 0 ? "" : ",").append("{\"id\":").append(Json.quote(f.id)).append(",\"label\":")
                        .append(Json.quote(f.label)).append(",\"on\":").append(e.plane.contains(f)).append(",\"thumb\":")
                        .append(numbers(Features.values(f, g[0], g[1]))).append('}');
            }
            sb.append(']');
        }
        return sb.append('}').toString();
    }

    /** The data range of a column, padded by 5% on each side. */
    private static double[] range(Column c) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : c.numbers) {
            if (!Double.isNaN(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        double pad = hi > lo ? (hi - lo) * 0.05 : 1;
        return new double[] {lo - pad, hi + pad};
    }

    /** The centres of a res × res grid over the data range, row 0 at the top (largest y): {xs, ys}. */
    private static double[][] points(double[] rx, double[] ry, int res) {
        double[] gx = new double[res * res];
        double[] gy = new double[res * res];
        for (int i = 0; i < res; i++) {
            for (int j = 0; j < res; j++) {
                gx[i * res + j] = rx[0] + (rx[1] - rx[0]) * (j + 0.5) / res;
                gy[i * res + j] = ry[1] - (ry[1] - ry[0]) * (i + 0.5) / res;
            }
        }
        return new double[][] {gx, gy};
    }

    /** The preprocessed inputs of a res × res grid over the data range (row 0 at the top: largest y). */
    private static double[] grid(Experiment e, double[] rx, double[] ry, int res) {
        double[][] g = points(rx, ry, res);
        double[] gx = g[0];
        double[] gy = g[1];
        List<Column> cols = new ArrayList<>();
        if (e.plane != null) { // each input feature of the grid's points, from their raw coordinates
            for (Features.Feature f : e.plane) {
                cols.add(Column.numeric(f.id, Features.values(f, gx, gy)));
            }
        } else {
            cols.add(Column.numeric(e.features.get(0), gx));
            cols.add(Column.numeric(e.features.get(1), gy));
        }
        Table t = new Table(cols);
        int[] rows = new int[res * res];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = r;
        }
        return e.preprocessor.transform(t, rows);
    }

    private static double[] outputs(Experiment e, double[] x, int res) {
        int n = res * res;
        double[] out = e.network.predict(x, n);
        double[] v = new double[n];
        int k = e.network.outputSize();
        for (int i = 0; i < n; i++) {
            if (!e.classification) {
                v[i] = e.targetScaler.inverse(out[i]);
            } else if (k == 2) {
                v[i] = out[i * 2 + 1];
            } else {
                int best = 0;
                for (int j = 1; j < k; j++) {
                    best = out[i * k + j] > out[i * k + best] ? j : best;
                }
                double excess = (out[i * k + best] - 1.0 / k) / (1 - 1.0 / k); // 0 at chance, 1 when certain
                v[i] = best + Math.max(0, Math.min(0.999, excess));
            }
        }
        return v;
    }

    /** [{"units", "activation", "weights": [in·out], "thumbs": [[res·res] per unit]}...] for the Dense layers. */
    private static String network(Experiment e, double[] x, int res) {
        List<double[]> trace = e.network.trace(x, res * res);
        int inputs = x.length / (res * res);
        StringBuilder sb = new StringBuilder("[{\"units\":" + inputs + ",\"input\":true,\"thumbs\":[");
        for (int f = 0; f < inputs; f++) { // each input over the plane: TensorFlow Playground's feature thumbnails
            double[] t = new double[res * res];
            for (int r = 0; r < t.length; r++) {
                t[r] = x[r * inputs + f];
            }
            sb.append(f == 0 ? "" : ",").append(numbers(t));
        }
        sb.append("]}");
        List<Layer> layers = e.network.layers();
        for (int l = 0; l < layers.size(); l++) {
            if (!(layers.get(l) instanceof Dense)) {
                continue;
            }
            Dense d = (Dense) layers.get(l);
            sb.append(",{\"units\":").append(d.units).append(",\"activation\":").append(Json.quote(d.activation.id()))
                    .append(",\"weights\":").append(numbers(d.kernel().value)).append(",\"thumbs\":[");
            double[] out = trace.get(l);
            for (int u = 0; u < d.units; u++) {
                double[] t = new double[res * res];
                for (int r = 0; r < t.length; r++) {
                    t[r] = out[r * d.units + u];
                }
                sb.append(u == 0 ? "" : ",").append(numbers(t));
            }
            sb.append("]}");
        }
        return sb.append(']').toString();
    }

    /** Numbers rounded to 4 significant digits: pictures need no more, and the message stays small. */
    private static String numbers(double[] v) {
        List<String> s = new ArrayList<>();
        for (double d : v) {
            s.add(Double.isNaN(d) || Double.isInfinite(d) ? "0" : Json.number(round4(d)));
        }
        return "[" + String.join(",", s) + "]";
    }

    static double round4(double v) {
        if (v == 0) {
            return 0;
        }
        double scale = 1;
        double a = Math.abs(v);
        while (a * scale < 1000) {
            scale *= 10;
        }
        while (a * scale >= 10000) {
            scale /= 10;
        }
        return Math.round(v * scale) / scale;
    }
}
