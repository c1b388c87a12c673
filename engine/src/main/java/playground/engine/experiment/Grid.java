package playground.engine.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import playground.engine.math.DMath;
import playground.engine.math.Rng;
import playground.engine.spec.ExperimentSpec;
import playground.engine.spec.Settings;
import playground.engine.text.Numbers;
import playground.engine.text.Tokens;

/**
 * A search space over spec keys, and the grid search over it: {@code "epochs=64,128;batch=8,16;opt=sgd,adam"}. This
 * class is its one grammar:
 * <ul>
 * <li>{@code key=v1,v2,...} lists the values to try; values that contain commas themselves (layer lists) are
 * separated by {@code |} instead: {@code "layers=dense:64:relu,dense:64:relu|bn,dense:32:relu"}.</li>
 * <li>{@code key=lo..hi} is a range, uniform between its ends; {@code :log} draws it log-uniformly (both ends
 * positive) and {@code :int} draws whole numbers (both ends whole): {@code lr=1e-4..1e-1:log},
 * {@code batch=8..256:int:log}. A range is the key's only value, and only a random search or Hyperband draws from it:
 * a grid takes lists.</li>
 * <li>A key that is not a setting is a template variable: each {@code {name}} in the other keys' values is replaced
 * by its value, so {@code layers=dense:{u}:relu,bn,dense:{u}:relu;u=16..256:int:log} searches widths inside a layer
 * list. A value holding a variable is one value, commas and all (several are separated by {@code |}). A variable no
 * value uses, or a {@code {name}} no key defines, is refused.</li>
 * </ul>
 * The grid is the product of the lists, the first key varying slowest; a random draw picks each key on its own
 * (a list's values equally often). Each point is a complete spec, so every row of the results can be rerun on its own.
 */
public final class Grid {
    public final List<String> keys = new ArrayList<>();
    /** Each key's list of values; empty for a range. */
    public final List<List<String>> values = new ArrayList<>();
    /** Each key's range, or null for a list. */
    public final List<Range> ranges = new ArrayList<>();

    /** {@code lo..hi}, drawn uniformly, log-uniformly ({@code :log}) and/or as whole numbers ({@code :int}). */
    public record Range(double lo, double hi, boolean integer, boolean log) {
        static Range parse(String key, String text) {
            List<String> parts = Tokens.split(text, ':');
            int dots = parts.get(0).indexOf("..");
            double lo;
            double hi;
            if (dots < 0) { // the ".." was inside a flag, as in dense:16..64:relu
                throw new IllegalArgumentException("grid: '" + key + "=" + text + "' is not a range lo..hi of two numbers");
            }
            try {
                lo = Numbers.parse(parts.get(0).substring(0, dots).trim());
                hi = Numbers.parse(parts.get(0).substring(dots + 2).trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("grid: '" + key + "=" + text + "' is not a range lo..hi of two numbers");
            }
            boolean integer = false;
            boolean log = false;
            for (String flag : parts.subList(1, parts.size())) {
                if (flag.trim().equals("int")) {
                    integer = true;
                } else if (flag.trim().equals("log")) {
                    log = true;
                } else {
                    throw new IllegalArgumentException("grid: '" + key + "=" + text + "': a range takes :int and :log, not :" + flag.trim());
                }
            }
            if (!(lo < hi) || Double.isInfinite(lo) || Double.isInfinite(hi)) {
                throw new IllegalArgumentException("grid: '" + key + "=" + text + "' needs finite ends, the lower first");
            }
            if (log && !(lo > 0)) {
                throw new IllegalArgumentException("grid: '" + key + "=" + text + "': a :log range needs ends above 0");
            }
            if (integer && (lo != Math.floor(lo) || hi != Math.floor(hi))) {
                throw new IllegalArgumentException("grid: '" + key + "=" + text + "': an :int range needs whole ends");
            }
            return new Range(lo, hi, integer, log);
        }

        /**
         * One value: uniform (or log-uniform) between the ends; whole numbers equally likely per unit (per unit of
         * log for {@code :log}); other numbers to 4 significant digits, which reads well and is finer than any
         * search can tell apart. Deterministic functions, so every runtime draws the same trials.
         */
        String draw(Rng rng) {
            double u = rng.nextDouble();
            double top = integer ? hi + 1 : hi;
            double v = log ? DMath.exp(DMath.log(lo) + u * (DMath.log(top) - DMath.log(lo))) : lo + u * (top - lo);
            if (integer) {
                return Long.toString((long) Math.min(hi, Math.max(lo, Math.floor(v))));
            }
            double rounded = Numbers.parse(Numbers.significant(v, 4));
            return Numbers.format(Math.min(hi, Math.max(lo, rounded))); // rounded, then kept within the ends
        }
    }

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
                String list = part.substring(eq + 1).trim();
                boolean range = list.indexOf("..") > 0 && list.indexOf(',') < 0 && list.indexOf('|') < 0;
                // a layer list with a {variable} is one value, commas and all; several are separated by |
                boolean bars = list.indexOf('|') >= 0 || list.indexOf('{') >= 0;
                List<String> vs = range ? List.of() : bars ? Tokens.split(list, '|') : Tokens.split(list, ',');
                if (!range && vs.isEmpty()) {
                    throw new IllegalArgumentException("grid: '" + key + "' has no values");
                }
                g.keys.add(key);
                g.values.add(vs);
                g.ranges.add(range ? Range.parse(key, list) : null);
            }
        }
        g.checkVariables();
        return g;
    }

    /** Whether {@code key} is a template variable (not a setting, replaced into the others' values). */
    public boolean isVariable(String key) {
        return !key.equals("v") && Settings.find(key) == null;
    }

    /** The keys that are settings, in order: a result's columns (a variable shows through the values it fills in). */
    public List<String> settingKeys() {
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            if (!isVariable(k)) {
                out.add(k);
            }
        }
        return out;
    }

    /** Whether every key is a list, so the space is a grid. */
    public boolean isGrid() {
        for (Range r : ranges) {
            if (r != null) {
                return false;
            }
        }
        return true;
    }

    private void checkVariables() {
        List<String> used = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            if (isVariable(keys.get(k))) {
                continue;
            }
            for (String v : values.get(k)) {
                for (String name : placeholders(v)) {
                    if (!keys.contains(name) || !isVariable(name)) {
                        throw new IllegalArgumentException("grid: '{" + name + "}' in " + keys.get(k) + " has no values (add "
                                + name + "=... to the grid)");
                    }
                    used.add(name);
                }
            }
        }
        for (String k : keys) {
            if (isVariable(k) && !used.contains(k)) {
                throw new IllegalArgumentException("grid: unknown setting '" + k + "', and no value uses it as a variable {"
                        + k + "} (settings: " + String.join(", ", Settings.keys()) + ")");
            }
        }
    }

    private static List<String> placeholders(String value) {
        List<String> out = new ArrayList<>();
        int open = value.indexOf('{');
        while (open >= 0) {
            int close = value.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("grid: '" + value + "' opens { without closing it");
            }
            out.add(value.substring(open + 1, close)); // as written: {u} is replaced, { u } names a variable " u "
            open = value.indexOf('{', close);
        }
        return out;
    }

    /** {@code base} with one value per key: the variables replaced into the settings' values, which are then checked. */
    public ExperimentSpec apply(ExperimentSpec base, List<String> chosen) {
        ExperimentSpec s = base;
        for (int k = 0; k < keys.size(); k++) {
            if (isVariable(keys.get(k))) {
                continue;
            }
            String v = chosen.get(k);
            for (int j = 0; j < keys.size(); j++) {
                if (isVariable(keys.get(j))) {
                    v = replace(v, "{" + keys.get(j) + "}", chosen.get(j));
                }
            }
            s = s.with(keys.get(k), v);
        }
        return s;
    }

    private static String replace(String text, String what, String with) {
        StringBuilder sb = new StringBuilder();
        int from = 0;
        int at = text.indexOf(what);
        while (at >= 0) {
            sb.append(text, from, at).append(with);
            from = at + what.length();
            at = text.indexOf(what, from);
        }
        return sb.append(text, from, text.length()).toString();
    }

    /** One point drawn at random: each key on its own, a list's values equally likely, a range as {@link Range#draw}. */
    public ExperimentSpec draw(ExperimentSpec base, Rng rng) {
        List<String> chosen = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            Range r = ranges.get(k);
            chosen.add(r != null ? r.draw(rng) : values.get(k).get(rng.nextInt(values.get(k).size())));
        }
        return apply(base, chosen);
    }

    /** The grid's number of points (a range counts as one value; see {@link #isGrid}). */
    public int size() {
        int n = 1;
        for (List<String> v : values) {
            n *= Math.max(1, v.size());
        }
        return n;
    }

    /** Every point of the grid applied to {@code base}; values are checked here, before anything runs. */
    public List<ExperimentSpec> expand(ExperimentSpec base) {
        for (int k = 0; k < keys.size(); k++) {
            if (ranges.get(k) != null) {
                throw new IllegalArgumentException("grid: " + keys.get(k) + " is a range, which a grid cannot list: search it at random or "
                        + "with Hyperband (tune --search random|hyperband, or Search in the Tune panel), or give its values as a list");
            }
        }
        List<List<String>> chosen = new ArrayList<>();
        chosen.add(List.of());
        for (int k = 0; k < keys.size(); k++) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> c : chosen) {
                for (String v : values.get(k)) {
                    List<String> longer = new ArrayList<>(c);
                    longer.add(v);
                    next.add(longer);
                }
            }
            chosen = next;
        }
        List<ExperimentSpec> out = new ArrayList<>();
        for (List<String> c : chosen) {
            out.add(apply(base, c));
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
