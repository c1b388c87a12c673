package playground.web.playground;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import playground.engine.text.Json;
import playground.engine.text.Query;

/**
 * A search as the Tune panel shows it — a grid, a random search or Hyperband: its keys, how many runs (trials) it
 * plans, the rows that came back (one per run: {query, spec, epochs_run, test, val} or {query, error}; a search's
 * trials add {trial, bracket, round, budget, initial_epoch, parent, score}), and the column the table is sorted by.
 * Immutable.
 */
public final class GridSearch {
    public static final GridSearch NONE = new GridSearch("grid", "rmse", List.of(), 0, 0, null, List.of(), "val_rmse", false, false, 0, 1);

    /** "grid", "random" or "hyperband". */
    public final String kind;
    /**
     * The validation metric it chooses by, fixed when it starts, as tune's --metric is: choosing the same runs again
     * by another figure once they are in would be choosing twice.
     */
    public final String rank;
    public final List<String> keys;
    /** Runs planned: a grid's points, a search's trials (Hyperband may end early when the space runs out). */
    public final int total;
    /**
     * Epochs a search's trials will train in all, the measure its progress and ETA count in, since trials' budgets
     * differ (Hyperband's from 1 to max epochs); 0 for a grid, which counts runs.
     */
    public final int plannedEpochs;
    /** Hyperband's brackets as its table prints them ("b2: 9×1 3×3 1×9; …"), or null. */
    public final String brackets;
    public final List<Map<String, Object>> rows;
    public final String sortKey;
    public final boolean descending;
    public final boolean running;
    /** When it started, in the page's milliseconds (performance.now()). */
    public final double started;
    public final int workers;

    private GridSearch(String kind, String rank, List<String> keys, int total, int plannedEpochs, String brackets, List<Map<String, Object>> rows,
            String sortKey, boolean descending, boolean running, double started, int workers) {
        this.kind = kind;
        this.rank = rank;
        this.keys = keys;
        this.total = total;
        this.plannedEpochs = plannedEpochs;
        this.brackets = brackets;
        this.rows = rows;
        this.sortKey = sortKey;
        this.descending = descending;
        this.running = running;
        this.started = started;
        this.workers = workers;
    }

    private GridSearch with(List<Map<String, Object>> rows, String sortKey, boolean descending, boolean running) {
        return new GridSearch(kind, rank, keys, total, plannedEpochs, brackets, rows, sortKey, descending, running, started, workers);
    }

    /**
     * A new grid ranked by {@code rank} (a metric id) on the validation rows: higher first for R², accuracy and F1,
     * lower for losses. The test rows are not a column, so they cannot be chosen on: {@link #chosen} gives the run
     * whose test rows are reported, the chosen one only.
     */
    public static GridSearch start(List<String> keys, int total, String rank, double started, int workers) {
        return new GridSearch("grid", rank, List.copyOf(keys), total, 0, null, List.of(), "val_" + rank, higherIsBetter(rank), true,
                started, workers);
    }

    /** A new random search or Hyperband ({@code kind}) of {@code trials} trials training {@code epochs} epochs in all. */
    public static GridSearch search(String kind, List<String> keys, int trials, int epochs, String brackets, String rank,
            double started, int workers) {
        return new GridSearch(kind, rank, List.copyOf(keys), trials, epochs, brackets, List.of(), "val_" + rank, higherIsBetter(rank),
                true, started, workers);
    }

    /** Whether its rows are a classifier's (its metric is one of a classifier's). */
    public boolean classification() {
        return metrics(true).contains(rank);
    }

    public boolean isSearch() {
        return !kind.equals("grid");
    }

    /** Work done, in the unit of {@link #work}: runs for a grid, epochs trained for a search. */
    public double done() {
        if (!isSearch()) {
            return rows.size();
        }
        double epochs = 0;
        for (Map<String, Object> row : rows) {
            if (row.get("budget") instanceof Double && row.get("initial_epoch") instanceof Double) {
                epochs += (Double) row.get("budget") - (Double) row.get("initial_epoch");
            }
        }
        return epochs;
    }

    /** The whole work: runs for a grid, epochs for a search (what its trials will train, ancestors' epochs not counted twice). */
    public double work() {
        return isSearch() ? plannedEpochs : total;
    }

    /**
     * Milliseconds left, from the time {@code ms} the work done so far took, or NaN before anything is done: the
     * rate so far applied to the work left, so a search's long trials count for what they cost.
     */
    public double remaining(double ms) {
        double d = done();
        return d > 0 && d < work() ? ms / d * (work() - d) : Double.NaN;
    }

    /** Whether a higher figure of this metric is better (R², accuracy, F1) or a lower one (the losses and errors). */
    public static boolean higherIsBetter(String rank) {
        return rank.equals("r2") || rank.equals("accuracy") || rank.equals("f1");
    }

    /**
     * The run chosen on validation: the first by its metric (not a re-sort by another column), diverged runs left
     * out, or null. Among equal figures a search's lowest trial, as tune chooses; a grid's first to finish.
     */
    public Map<String, Object> chosen() {
        GridSearch byRank = with(rows, "val_" + rank, higherIsBetter(rank), running);
        for (Map<String, Object> row : byRank.sorted()) {
            if (Boolean.TRUE.equals(row.get("diverged"))) {
                continue; // as tune does: a diverged run is not chosen, whatever its last validation figures
            }
            Object v = value(row, "val_" + rank);
            return v instanceof Double && !((Double) v).isNaN() ? row : null;
        }
        return null;
    }

    /** A row more: a search's rows are kept in trial order, so that ties sort as tune sorts them, whoever finished first. */
    public GridSearch with(Map<String, Object> row) {
        List<Map<String, Object>> r = new ArrayList<>(rows);
        int at = r.size();
        if (isSearch() && row.get("trial") instanceof Double) {
            while (at > 0 && r.get(at - 1).get("trial") instanceof Double && (Double) r.get(at - 1).get("trial") > (Double) row.get("trial")) {
                at--;
            }
        }
        r.add(at, row);
        return with(Collections.unmodifiableList(r), sortKey, descending, running);
    }

    /** Sorted by {@code key}: ascending at first, reversed when it is already the sort key. */
    public GridSearch sortedBy(String key) {
        return with(rows, key, key.equals(sortKey) && !descending, running);
    }

    public GridSearch stopped() {
        return with(rows, sortKey, descending, false);
    }

    /** {@code rank} if it is one of the task's metrics, else the task's first (accuracy for classes, RMSE for numbers). */
    public static String fitRank(String rank, boolean classification) {
        return metrics(classification).contains(rank) ? rank : metrics(classification).get(0);
    }

    /** The task's metrics, as the table and the chosen run's test line show them. */
    public static List<String> metrics(boolean classification) {
        return classification ? List.of("accuracy", "f1", "log_loss") : List.of("rmse", "mae", "r2");
    }

    /**
     * The table's columns: the space's keys; a search's trial (and Hyperband's bracket, round and budget: the epochs
     * the trial has trained when it ends, its ancestors' included); epochs run (by this run, or this trial's round);
     * then the task's metrics on the validation rows.
     */
    public List<String> columns(boolean classification) {
        List<String> cols = new ArrayList<>(keys);
        if (isSearch()) {
            cols.add("trial");
        }
        if (kind.equals("hyperband")) {
            cols.addAll(List.of("bracket", "round", "budget"));
        }
        cols.add("epochs_run");
        for (String m : metrics(classification)) {
            cols.add("val_" + m);
        }
        return cols;
    }

    /** Columns read from the row itself, not from its spec. */
    private static final List<String> ROW_FIELDS = List.of("epochs_run", "trial", "bracket", "round", "budget");

    /** A row's value in a column: a metric (a number), epochs run, or the run's setting (text); null if none. */
    public static Object value(Map<String, Object> row, String key) {
        int underscore = key.indexOf('_');
        if (key.startsWith("test_") || key.startsWith("val_")) {
            Object part = row.get(key.substring(0, underscore));
            return part instanceof Map ? ((Map<?, ?>) part).get(key.substring(underscore + 1)) : null;
        }
        if (ROW_FIELDS.contains(key)) {
            return row.get(key);
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
