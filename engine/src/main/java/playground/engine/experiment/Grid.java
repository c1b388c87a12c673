package playground.engine.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import playground.engine.spec.ExperimentSpec;
import playground.engine.text.Tokens;

/**
 * A grid search: the cartesian product of lists of values for any spec keys, written
 * {@code "epochs=64,128;batch=8,16;opt=sgd,adam"}. Values that contain commas themselves (layer lists) are separated
 * by {@code |} instead: {@code "layers=dense:64:relu,dense:64:relu|bn,dense:32:relu"}. The first key varies slowest. Each point is a complete spec, so
 * every row of the results can be rerun on its own.
 */
public final class Grid {
    public final List<String> keys = new ArrayList<>();
    public final List<List<String>> values = new ArrayList<>();

    public static Grid parse(String text) {
        Grid g = new Grid();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ';') {
                String part = text.substring(start, i).trim();
                start = i + 1;
                if (part.isEmpty()) {
                    continue;
                }
                int eq = part.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("grid: '" + part + "' is not key=value1,value2,...");
                }
                String key = part.substring(0, eq).trim();
                if (g.keys.contains(key)) {
                    throw new IllegalArgumentException("grid: '" + key + "' appears twice");
                }
                String list = part.substring(eq + 1);
                List<String> vs = Tokens.split(list, list.indexOf('|') >= 0 ? '|' : ',');
                if (vs.isEmpty()) {
                    throw new IllegalArgumentException("grid: '" + key + "' has no values");
                }
                g.keys.add(key);
                g.values.add(vs);
            }
        }
        return g;
    }

    public int size() {
        int n = 1;
        for (List<String> v : values) {
            n *= v.size();
        }
        return n;
    }

    /** Every point of the grid applied to {@code base}; values are checked here, before anything runs. */
    public List<ExperimentSpec> expand(ExperimentSpec base) {
        List<ExperimentSpec> out = new ArrayList<>();
        out.add(base);
        for (int k = 0; k < keys.size(); k++) {
            List<ExperimentSpec> next = new ArrayList<>();
            for (ExperimentSpec s : out) {
                for (String v : values.get(k)) {
                    next.add(s.with(keys.get(k), v));
                }
            }
            out = next;
        }
        return out;
    }

    /**
     * The points in groups that differ only in {@code epochs}, each group in the points' order, groups in the order
     * of their first point: {@link Experiment#runSharingEpochs} trains each group once. Indices into {@code points}.
     */
    public static List<List<Integer>> sameButEpochs(List<ExperimentSpec> points) {
        Map<ExperimentSpec, List<Integer>> groups = new java.util.LinkedHashMap<>();
        for (int i = 0; i < points.size(); i++) {
            groups.computeIfAbsent(points.get(i).with("epochs", "0"), k -> new ArrayList<>()).add(i);
        }
        return new ArrayList<>(groups.values());
    }

    /** Sorts rows best first by {@code metric} of their {@code part} (errors ascending, r2/accuracy/f1 descending). */
    public static <T> void sort(List<T> rows, java.util.function.Function<T, Map<String, Double>> part, String metric) {
        boolean descending = metric.equals("r2") || metric.equals("accuracy") || metric.equals("f1")
                || metric.equals("precision") || metric.equals("recall");
        Comparator<T> c = Comparator.comparingDouble(r -> {
            Map<String, Double> m = part.apply(r);
            Double v = m == null ? null : m.get(metric);
            if (v == null || Double.isNaN(v)) {
                return Double.POSITIVE_INFINITY; // failed or diverged runs sort last
            }
            return descending ? -v : v;
        });
        Collections.sort(rows, c);
    }
}
