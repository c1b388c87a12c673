package playground.engine.data;

import java.util.ArrayList;
import java.util.List;
import playground.engine.math.DMath;

/**
 * TensorFlow Playground's input features for a 2-D set: functions of the raw coordinates x1 and x2, computed before
 * any scaling, so the CLI, the page and every runtime feed the network the same numbers. One declaration: the id
 * (the spec's word), the label the diagram prints, and the function.
 */
public final class Features {
    /** The spec's default: the two coordinates as they are. */
    public static final String DEFAULT = "x1,x2";

    /** A feature of the plane. */
    public enum Feature {
        X1("x1", "X₁"), X2("x2", "X₂"), X1SQ("x1sq", "X₁²"), X2SQ("x2sq", "X₂²"), X1X2("x1x2", "X₁X₂"),
        SINX1("sinx1", "sin(X₁)"), SINX2("sinx2", "sin(X₂)");

        public final String id;
        public final String label;

        Feature(String id, String label) {
            this.id = id;
            this.label = label;
        }

        /** The feature's value at the point (x1, x2). */
        public double at(double x1, double x2) {
            switch (this) {
                case X1:
                    return x1;
                case X2:
                    return x2;
                case X1SQ:
                    return x1 * x1;
                case X2SQ:
                    return x2 * x2;
                case X1X2:
                    return x1 * x2;
                case SINX1:
                    return DMath.sin(x1);
                default:
                    return DMath.sin(x2);
            }
        }
    }

    private Features() {
    }

    public static Feature byId(String id) {
        for (Feature f : Feature.values()) {
            if (f.id.equals(id)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown feature '" + id + "' (features: " + ids() + ")");
    }

    public static String ids() {
        StringBuilder sb = new StringBuilder();
        for (Feature f : Feature.values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(f.id);
        }
        return sb.toString();
    }

    /** The features of a spec value ("x1sq, x2sq"): at least one, each once, each known; in the order given. */
    public static List<Feature> parse(String value) {
        List<Feature> out = new ArrayList<>();
        for (String id : playground.engine.text.Tokens.split(value, ',')) {
            Feature f = byId(id);
            if (out.contains(f)) {
                throw new IllegalArgumentException("the feature '" + id + "' is listed twice");
            }
            out.add(f);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("at least one feature is needed (features: " + ids() + ")");
        }
        return out;
    }

    /**
     * Whether a table is a plane: besides the target, exactly the numeric columns x1 and x2 (every synthetic set, or
     * a CSV of the same shape). Only a plane has features.
     */
    public static boolean isPlane(Table t, String target) {
        List<String> others = new ArrayList<>(t.names());
        others.remove(target);
        return others.size() == 2 && others.contains("x1") && others.contains("x2") && t.column("x1").numeric
                && t.column("x2").numeric;
    }

    /** {@code plane}'s x1, x2 and target columns with each feature added as a column named by its id. */
    public static Table add(Table plane, List<Feature> features) {
        double[] x1 = plane.column("x1").numbers;
        double[] x2 = plane.column("x2").numbers;
        List<Column> cols = new ArrayList<>();
        for (String name : plane.names()) {
            cols.add(plane.column(name));
        }
        for (Feature f : features) {
            if (f == Feature.X1 || f == Feature.X2) {
                continue; // the coordinates themselves
            }
            cols.add(Column.numeric(f.id, values(f, x1, x2)));
        }
        return cols.size() == plane.names().size() ? plane : new Table(cols);
    }

    /** A feature's value at every point (x1[i], x2[i]); NaN stays NaN (a missing coordinate). */
    public static double[] values(Feature f, double[] x1, double[] x2) {
        double[] v = new double[x1.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = f.at(x1[i], x2[i]);
        }
        return v;
    }
}
