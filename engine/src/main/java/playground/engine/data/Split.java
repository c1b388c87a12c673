package playground.engine.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import playground.engine.math.Rng;
import playground.engine.text.Json;

/** Which rows are for training, testing and validation. */
public final class Split {
    public final int[] train;
    public final int[] test;
    public final int[] val;

    public Split(int[] train, int[] test, int[] val) {
        if (train.length == 0) {
            throw new IllegalArgumentException("the split leaves no training rows");
        }
        this.train = train;
        this.test = test;
        this.val = val;
    }

    /**
     * The walkthrough's split: validation = the last ⌊n·valFraction⌋ rows (in file order); the rest is shuffled with
     * {@code seed} and ⌈rest·testFraction⌉ of it become the test rows (the sizes scikit-learn's train_test_split
     * gives: 964 / 241 / 133 for the insurance data).
     */
    public static Split tail(int n, double valFraction, double testFraction, long seed) {
        check(valFraction, testFraction);
        int nVal = (int) Math.floor(n * valFraction);
        int rest = n - nVal;
        int[] val = range(rest, n);
        int[] order = range(0, rest);
        new Rng(seed).shuffle(order);
        int nTest = (int) Math.ceil(rest * testFraction);
        return new Split(java.util.Arrays.copyOfRange(order, nTest, rest), java.util.Arrays.copyOfRange(order, 0, nTest), val);
    }

    /** All rows shuffled with {@code seed}, then cut into validation, test and train. */
    public static Split shuffled(int n, double valFraction, double testFraction, long seed) {
        check(valFraction, testFraction);
        int[] order = range(0, n);
        new Rng(seed).shuffle(order);
        int nVal = (int) Math.floor(n * valFraction);
        int nTest = (int) Math.ceil((n - nVal) * testFraction);
        return new Split(java.util.Arrays.copyOfRange(order, nVal + nTest, n),
                java.util.Arrays.copyOfRange(order, nVal, nVal + nTest), java.util.Arrays.copyOfRange(order, 0, nVal));
    }

    /**
     * Explicit row indices (0-based data rows) from JSON {@code {"train":[...],"test":[...],"val":[...]}} — the format
     * of the reference split shipped with the insurance data, so results compare with other tools on identical rows.
     */
    public static Split fromJson(String json, int rows) {
        Object root = Json.parse(json);
        if (!(root instanceof Map)) {
            throw new IllegalArgumentException("a split file is a JSON object with train, test and val index lists");
        }
        Map<?, ?> m = (Map<?, ?>) root;
        Set<Integer> seen = new HashSet<>();
        int[] train = indices(m, "train", rows, seen, true);
        int[] test = indices(m, "test", rows, seen, false);
        int[] val = indices(m, "val", rows, seen, false);
        return new Split(train, test, val);
    }

    private static int[] indices(Map<?, ?> m, String key, int rows, Set<Integer> seen, boolean required) {
        Object v = m.get(key);
        if (v == null && !required) {
            return new int[0];
        }
        if (!(v instanceof List)) {
            throw new IllegalArgumentException("split file: '" + key + "' must be a list of row indices");
        }
        List<?> list = (List<?>) v;
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            Object x = list.get(i);
            if (!(x instanceof Double) || (Double) x != Math.rint((Double) x)) {
                throw new IllegalArgumentException("split file: " + key + "[" + i + "] is not a row index");
            }
            int r = ((Double) x).intValue();
            if (r < 0 || r >= rows) {
                throw new IllegalArgumentException("split file: " + key + "[" + i + "] = " + r + " is outside the "
                        + rows + " data rows");
            }
            if (!seen.add(r)) {
                throw new IllegalArgumentException("split file: row " + r + " appears twice");
            }
            out[i] = r;
        }
        return out;
    }

    /** The JSON form {@link #fromJson} reads. */
    public String toJson() {
        return "{\"train\":" + list(train) + ",\"test\":" + list(test) + ",\"val\":" + list(val) + "}";
    }

    private static String list(int[] a) {
        List<String> s = new ArrayList<>();
        for (int v : a) {
            s.add(Integer.toString(v));
        }
        return "[" + String.join(",", s) + "]";
    }

    private static int[] range(int from, int to) {
        int[] a = new int[to - from];
        for (int i = 0; i < a.length; i++) {
            a[i] = from + i;
        }
        return a;
    }

    private static void check(double val, double test) {
        if (!(val >= 0 && test >= 0 && val + test < 1)) {
            throw new IllegalArgumentException("validation and test fractions must be >= 0 and leave rows to train on"
                    + " (were " + val + " and " + test + ")");
        }
    }
}
