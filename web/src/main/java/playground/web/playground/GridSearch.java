package playground.web.playground;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import playground.engine.text.Json;
import playground.engine.text.Query;

/**
 * A grid search as the Tune panel shows it: the grid's keys, how many runs, the rows that came back (one per run:
 * {query, spec, epochs_run, test, val} or {query, error}), and the column the table is sorted by. Immutable.
 */
public final class GridSearch {
    public static final GridSearch NONE = new GridSearch(List.of(), 0, List.of(), "val_rmse", false, false, 0, 1);

    public final List<String> keys;
    public final int total;
    public final List<Map<String, Object>> rows;
    public final String sortKey;
    public final boolean descending;
    public final boolean running;
    /** When it started, in the page's milliseconds (performance.now()). */
    public final double started;
    public final int workers;

    GridSearch(List<String> keys, int total, List<Map<String, Object>> rows, String sortKey, boolean descending,
            boolean running, double started, int workers) {
        this.keys = keys;
        this.total = total;
        this.rows = rows;
        this.sortKey = sortKey;
        this.descending = descending;
        this.running = running;
        this.started = started;
        this.workers = workers;
    }

    /**
     * A new search ranked by {@code rank} (a metric id) on the validation rows: higher first for R², accuracy and F1,
     * lower for losses. The test rows are not a column, so they cannot be chosen on: {@link #chosen} gives the run whose test rows are reported
     * for the chosen run only.
     */
    public static GridSearch start(List<String> keys, int total, String rank, double started, int workers) {
        return new GridSearch(List.copyOf(keys), total, List.of(), "val_" + rank, higherIsBetter(rank), true, started, workers);
    }

    private static boolean higherIsBetter(String rank) {
        return rank.equals("r2") || rank.equals("accuracy") || rank.equals("f1");
    }

    /**
     * The run chosen on validation: the first by the ranking metric (not a re-sort by another column), diverged runs
     * left out, or null. Among equal figures the first to finish, as the table shows them.
     */
    public Map<String, Object> chosen(String rank) {
        GridSearch byRank = new GridSearch(keys, total, rows, "val_" + rank, higherIsBetter(rank), running, started, workers);
        for (Map<String, Object> row : byRank.sorted()) {
            if (Boolean.TRUE.equals(row.get("diverged"))) {
                continue; // as tune does: a diverged run is not chosen, whatever its last validation figures
            }
            Object v = value(row, "val_" + rank);
            return v instanceof Double && !((Double) v).isNaN() ? row : null;
        }
        return null;
    }

    public GridSearch with(Map<String, Object> row) {
        List<Map<String, Object>> r = new ArrayList<>(rows);
        r.add(row);
        return new GridSearch(keys, total, Collections.unmodifiableList(r), sortKey, descending, running, started, workers);
    }

    /** Sorted by {@code key}: ascending at first, reversed when it is already the sort key. */
    public GridSearch sortedBy(String key) {
        return new GridSearch(keys, total, rows, key, key.equals(sortKey) && !descending, running, started, workers);
    }

    public GridSearch stopped() {
        return new GridSearch(keys, total, rows, sortKey, descending, false, started, workers);
    }

    /** The task's metrics, as the table and the chosen run's test line show them. */
    public static List<String> metrics(boolean classification) {
        return classification ? List.of("accuracy", "f1", "log_loss") : List.of("rmse", "mae", "r2");
    }

    /** The table's columns: the grid's keys, epochs run, then the task's metrics on the validation rows. */
    public List<String> columns(boolean classification) {
        List<String> cols = new ArrayList<>(keys);
        cols.add("epochs_run");
        for (String m : metrics(classification)) {
            cols.add("val_" + m);
        }
        return cols;
    }

    /** A row's value in a column: a metric (a number), epochs run, or the run's setting (text); null if none. */
    public static Object value(Map<String, Object> row, String key) {
        int underscore = key.indexOf('_');
        if (key.startsWith("test_") || key.startsWith("val_")) {
            Object part = row.get(key.substring(0, underscore));
            return part instanceof Map ? ((Map<?, ?>) part).get(key.substring(underscore + 1)) : null;
        }
        if (key.equals("epochs_run")) {
            return row.get("epochs_run");
        }
        Object spec = row.get("spec");
        if (spec instanceof Map) {
            return ((Map<?, ?>) spec).get(key);
        }
        for (Query.Pair p : Query.pairs(String.valueOf(row.get("query")))) {
            if (p.key.equals(key)) {
                return p.value; // a failed run has only its query
            }
        }
        return null;
    }

    /** The rows in the table's order; runs without a value in the sort column (failed ones) last. */
    public List<Map<String, Object>> sorted() {
        List<Map<String, Object>> out = new ArrayList<>(rows);
        int sign = descending ? -1 : 1;
        Comparator<Map<String, Object>> order = (a, b) -> {
            Double na = number(value(a, sortKey));
            Double nb = number(value(b, sortKey));
            Object va = value(a, sortKey);
            Object vb = value(b, sortKey);
            boolean missingA = va == null || (va instanceof Double && ((Double) va).isNaN());
            boolean missingB = vb == null || (vb instanceof Double && ((Double) vb).isNaN());
            if (missingA || missingB) {
                return Boolean.compare(missingA, missingB);
            }
            if (na != null && nb != null) {
                return sign * Double.compare(na, nb);
            }
            return sign * String.valueOf(va).compareTo(String.valueOf(vb));
        };
        out.sort(order); // stable: ties keep the order the runs finished in
        return out;
    }

    /** The sorted table as CSV: the run's query, then the table's columns; a failed run's metrics are empty. */
    public String csv(boolean classification) {
        List<String> cols = new ArrayList<>();
        cols.add("query");
        cols.addAll(columns(classification));
        StringBuilder sb = new StringBuilder(String.join(",", cols)).append('\n');
        for (Map<String, Object> row : sorted()) {
            for (int i = 0; i < cols.size(); i++) {
                Object v = i == 0 ? row.get("query") : value(row, cols.get(i));
                String s = v == null ? "" : v instanceof Double ? Json.number((Double) v) : String.valueOf(v);
                if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0) {
                    s = "\"" + s.replace("\"", "\"\"") + "\"";
                }
                sb.append(i == 0 ? "" : ",").append(s);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** A duration for people: "4.2 s", "3 min 12 s". */
    public static String elapsed(double ms) {
        double s = ms / 1000;
        if (s < 60) {
            return playground.web.page.Format.fixed(s, 1) + " s";
        }
        return (long) (s / 60) + " min " + Math.round(s % 60) + " s";
    }

    /** A number, or a setting's text that reads as one ("0.01"); null otherwise. */
    private static Double number(Object v) {
        if (v instanceof Double) {
            return (Double) v;
        }
        if (v instanceof String) {
            try {
                return Double.parseDouble((String) v);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
