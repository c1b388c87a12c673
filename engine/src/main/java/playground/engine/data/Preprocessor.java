package playground.engine.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import playground.engine.text.Tokens;

/**
 * A column transformer: each feature column gets one transform, fitted on the <b>training rows only</b> and then
 * applied unchanged to test, validation and new data, so nothing about held-out rows leaks into training.
 *
 * <ul>
 *   <li>minmax: (x − min)/(max − min) over the training rows (a constant column maps to x − min);</li>
 *   <li>standard: (x − mean)/σ, σ the population standard deviation (a constant column maps to x − mean);</li>
 *   <li>onehot: one 0/1 output per training category, sorted; a category not seen in training gives all zeros;</li>
 *   <li>passthrough: the number unchanged; drop: left out.</li>
 * </ul>
 * Outputs are ordered like scikit-learn's ColumnTransformer with one transformer per kind: scaled numbers first
 * (minmax, standard, passthrough), then the one-hot blocks. Missing cells take the training mean (numbers) or the
 * most frequent training category, when the policy imputes; rows with missing cells are dropped before the split
 * otherwise.
 */
public final class Preprocessor {
    public enum Kind {
        MINMAX("min-max scaling to [0, 1]"), STANDARD("standardization (z-score)"), PASSTHROUGH("unchanged"),
        ONEHOT("one-hot categories"), DROP("left out");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String id() {
            return name().toLowerCase();
        }

        /** What the transform does, for people. */
        public String label() {
            return label;
        }

        public static Kind parse(String s) {
            for (Kind k : values()) {
                if (k.id().equals(s.trim().toLowerCase())) {
                    return k;
                }
            }
            List<String> ids = new ArrayList<>();
            for (Kind k : values()) {
                ids.add(k.id());
            }
            throw new IllegalArgumentException("unknown transform '" + s + "' (expected " + Tokens.orList(ids) + ")");
        }
    }

    /** One fitted column. */
    public static final class Step {
        public final String column;
        public final Kind kind;
        public final double a;               // min or mean
        public final double b;               // max − min or σ (1 when constant)
        public final List<String> categories; // onehot
        public final double numberFill;      // imputed value for a missing number
        public final String categoryFill;    // imputed category

        public Step(String column, Kind kind, double a, double b, List<String> categories, double numberFill,
                String categoryFill) {
            this.column = column;
            this.kind = kind;
            this.a = a;
            this.b = b;
            this.categories = categories;
            this.numberFill = numberFill;
            this.categoryFill = categoryFill;
        }

        int width() {
            return kind == Kind.ONEHOT ? categories.size() : kind == Kind.DROP ? 0 : 1;
        }
    }

    private final List<Step> steps;
    private final List<String> outputNames;

    private Preprocessor(List<Step> steps) {
        this.steps = Collections.unmodifiableList(steps);
        List<String> names = new ArrayList<>();
        for (Step s : steps) {
            if (s.kind == Kind.ONEHOT) {
                for (String c : s.categories) {
                    names.add(s.column + "_" + c);
                }
            } else if (s.kind != Kind.DROP) {
                names.add(s.column);
            }
        }
        this.outputNames = Collections.unmodifiableList(names);
    }

    /** A preprocessor from already fitted steps (a saved model's). */
    public static Preprocessor of(List<Step> steps) {
        return new Preprocessor(new ArrayList<>(steps));
    }

    /** Text columns with more categories than this are identifiers (names, dates), dropped unless asked for. */
    public static final int MAX_DEFAULT_CATEGORIES = 50;

    /**
     * The default transform of a column: minmax for numbers, onehot for categories — except text with more than
     * {@link #MAX_DEFAULT_CATEGORIES} distinct values (a car's name, a date), which is dropped rather than turned into
     * hundreds of one-hot inputs; an explicit transform overrides this.
     */
    public static Kind defaultKind(Column c) {
        if (c.numeric) {
            return Kind.MINMAX;
        }
        return c.categories().size() > MAX_DEFAULT_CATEGORIES ? Kind.DROP : Kind.ONEHOT;
    }

    /**
     * Fits on {@code trainRows} of {@code table}: every feature gets {@code kinds.get(name)} or its default kind.
     */
    public static Preprocessor fit(Table table, int[] trainRows, List<String> features, Map<String, Kind> kinds) {
        List<Step> steps = new ArrayList<>();
        for (Kind group : new Kind[] {Kind.MINMAX, Kind.STANDARD, Kind.PASSTHROUGH, Kind.ONEHOT}) {
            for (String name : features) {
                Column c = table.column(name);
                Kind k = kinds.containsKey(name) ? kinds.get(name) : defaultKind(c);
                if (k != group) {
                    continue;
                }
                if (k != Kind.ONEHOT && !c.numeric) {
                    throw new IllegalArgumentException("column '" + name + "' holds text, so it cannot be " + k.id()
                            + "-scaled; use onehot or drop");
                }
                steps.add(fitStep(c, k, trainRows));
            }
        }
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("no feature columns are left (all were dropped)");
        }
        return new Preprocessor(steps);
    }

    private static Step fitStep(Column c, Kind k, int[] rows) {
        if (k == Kind.ONEHOT) {
            Map<String, Integer> counts = new HashMap<>();
            String mode = null;
            for (int r : rows) {
                if (c.isMissing(r)) {
                    continue;
                }
                String v = c.text(r);
                int n = counts.getOrDefault(v, 0) + 1;
                counts.put(v, n);
                if (mode == null || n > counts.get(mode) || (n == counts.get(mode) && v.compareTo(mode) < 0)) {
                    mode = v;
                }
            }
            if (counts.isEmpty()) {
                throw new IllegalArgumentException("column '" + c.name + "' has no values in the training rows");
            }
            List<String> cats = new ArrayList<>(counts.keySet());
            Collections.sort(cats);
            return new Step(c.name, k, 0, 1, cats, 0, mode);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        int n = 0;
        for (int r : rows) {
            double v = c.numbers[r];
            if (Double.isNaN(v)) {
                continue;
            }
            min = Math.min(min, v);
            max = Math.max(max, v);
            sum += v;
            n++;
        }
        if (n == 0) {
            throw new IllegalArgumentException("column '" + c.name + "' has no values in the training rows");
        }
        double mean = sum / n;
        double ss = 0;
        for (int r : rows) {
            double v = c.numbers[r];
            if (!Double.isNaN(v)) {
                ss += (v - mean) * (v - mean);
            }
        }
        double std = Math.sqrt(ss / n);
        switch (k) {
            case MINMAX:
                return new Step(c.name, k, min, max > min ? max - min : 1, null, mean, null);
            case STANDARD:
                return new Step(c.name, k, mean, std > 0 ? std : 1, null, mean, null);
            default:
                return new Step(c.name, k, 0, 1, null, mean, null);
        }
    }

    public List<Step> steps() {
        return steps;
    }

    /** Names of the outputs: the column name, or column_category for one-hot outputs. */
    public List<String> outputNames() {
        return outputNames;
    }

    public int width() {
        return outputNames.size();
    }

    /** The features of {@code rows} of {@code table}, row-major, {@link #width()} values per row. */
    public double[] transform(Table table, int[] rows) {
        int w = width();
        double[] out = new double[rows.length * w];
        int offset = 0;
        for (Step s : steps) {
            if (s.kind == Kind.DROP) {
                continue;
            }
            Column c = table.column(s.column);
            for (int i = 0; i < rows.length; i++) {
                int r = rows[i];
                int o = i * w + offset;
                if (s.kind == Kind.ONEHOT) {
                    String v = c.isMissing(r) ? s.categoryFill : c.text(r);
                    int k = s.categories.indexOf(v);
                    if (k >= 0) {
                        out[o + k] = 1; // unknown categories stay all-zero
                    }
                } else {
                    double v = c.isMissing(r) ? s.numberFill : c.numbers[r];
                    out[o] = (v - s.a) / s.b;
                }
            }
            offset += s.width();
        }
        return out;
    }
}
