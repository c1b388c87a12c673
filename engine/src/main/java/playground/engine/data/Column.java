package playground.engine.data;

import playground.engine.text.Numbers;

/**
 * One column of a {@link Table}: numeric (values in {@link #numbers}, NaN where missing) or categorical (values in
 * {@link #strings}, null where missing).
 */
public final class Column {
    public final String name;
    public final boolean numeric;
    public final double[] numbers;
    public final String[] strings;

    private Column(String name, boolean numeric, double[] numbers, String[] strings) {
        this.name = name;
        this.numeric = numeric;
        this.numbers = numbers;
        this.strings = strings;
    }

    public static Column numeric(String name, double[] values) {
        return new Column(name, true, values, null);
    }

    public static Column categorical(String name, String[] values) {
        return new Column(name, false, null, values);
    }

    public int size() {
        return numeric ? numbers.length : strings.length;
    }

    public boolean isMissing(int row) {
        return numeric ? Double.isNaN(numbers[row]) : strings[row] == null;
    }

    public int missingCount() {
        int n = 0;
        for (int i = 0; i < size(); i++) {
            if (isMissing(i)) {
                n++;
            }
        }
        return n;
    }

    /** The cell as text (for messages and previews); "" when missing. */
    public String text(int row) {
        if (isMissing(row)) {
            return "";
        }
        if (!numeric) {
            return strings[row];
        }
        double v = numbers[row];
        return Numbers.format(v);
    }

    /** The distinct non-missing categories in order of first appearance (categorical columns). */
    public java.util.List<String> categories() {
        java.util.LinkedHashSet<String> seen = new java.util.LinkedHashSet<>();
        for (String s : strings) {
            if (s != null) {
                seen.add(s);
            }
        }
        return new java.util.ArrayList<>(seen);
    }

    /** A copy with only the given rows, in that order. */
    public Column select(int[] rows) {
        if (numeric) {
            double[] v = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                v[i] = numbers[rows[i]];
            }
            return numeric(name, v);
        }
        String[] v = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            v[i] = strings[rows[i]];
        }
        return categorical(name, v);
    }
}
