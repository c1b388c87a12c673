package playground.server.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import playground.engine.data.Split;
import playground.engine.data.Table;
import playground.engine.experiment.Experiment;
import playground.engine.experiment.ExperimentResult;
import playground.engine.experiment.Grid;
import playground.engine.experiment.Search;
import playground.engine.experiment.Trial;
import playground.engine.spec.ExperimentSpec;
import playground.engine.spec.Presets;
import playground.engine.text.Json;

@Command(name = "tune", description = "Search settings — a grid, a random search or Hyperband — choose on the validation "
        + "rows, and report the chosen run's test metrics once.")
final class TuneCommand implements Callable<Integer> {
    @Mixin
    SpecOptions options;

    @Option(names = "--grid", description = "The space: values to try, e.g. \"epochs=64,128;batch=8,16;opt=sgd,adam\", and for "
            + "a random search or Hyperband ranges such as lr=1e-4..1e-1:log or batch=8..256:int:log (default: the preset's grid).")
    String grid;

    @Option(names = "--search", defaultValue = "grid", description = "grid (every combination), random (--trials points "
            + "drawn from the space) or hyperband (Keras Tuner's brackets up to --max-epochs). Default: ${DEFAULT-VALUE}.")
    String search;

    @Option(names = "--trials", defaultValue = "20", description = "Random search: how many points (default: ${DEFAULT-VALUE}).")
    int trials;

    @Option(names = "--max-epochs", description = "Hyperband: the most epochs one trial trains (default: the spec's epochs).")
    Integer maxEpochs;

    @Option(names = "--factor", defaultValue = "3", description = "Hyperband: the reduction factor (default: ${DEFAULT-VALUE}).")
    int factor;

    @Option(names = "--hyperband-iterations", defaultValue = "1", description = "Hyperband: passes over its brackets "
            + "(default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--search-seed", defaultValue = "1", description = "Random search and Hyperband: the seed of the draws "
            + "(default: ${DEFAULT-VALUE}; each trial trains with the spec's own seed).")
    long searchSeed;

    @Option(names = "--objective", defaultValue = "val_loss", description = "Random search and Hyperband: the epoch-log value "
            + "whose best epoch a trial keeps and Hyperband promotes by, as Keras Tuner's objective (default: ${DEFAULT-VALUE}).")
    String objective;

    @Option(names = "--metric", defaultValue = "rmse", description = "Choose by this validation metric (default: "
            + "${DEFAULT-VALUE}); the test rows are reported once, for the chosen run.")
    String metric;

    @Option(names = "--top", defaultValue = "5", description = "Rows to print (default: ${DEFAULT-VALUE}; --json prints all).")
    int top;

    @Option(names = "--threads", description = "Parallel runs (default: the number of cores).")
    Integer threads;

    @Option(names = "--separate", description = "Grid: train every run on its own, even those that differ only in epochs "
            + "(which otherwise train once, to the longest; the rows are the same).")
    boolean separate;

    @Option(names = "--json", description = "Print all rows as JSON, best first.")
    boolean json;

    /**
     * One finished run: a grid point, or a search's trial. It keeps what the table and the JSON show, not the
     * experiment, so that a search of hundreds of wide trials fits in memory.
     */
    static final class Row {
        final int index; // in the grid's (or the search's) order
        final ExperimentSpec spec;
        final String error;
        final Trial trial; // null for a grid point
        final double score;
        final String json; // the result without its test rows; null for a failed run
        final Map<String, Double> val;
        final Map<String, Double> test;
        final int epochsRun;
        final boolean diverged;

        Row(int index, ExperimentSpec spec, ExperimentResult result, String error, Trial trial, double score) {
            this.index = index;
            this.spec = spec;
            this.error = error;
            this.trial = trial;
            this.score = score;
            this.json = result == null ? null : result.toJson(false);
            this.val = result == null ? null : result.val;
            this.test = result == null ? null : result.test;
            this.epochsRun = result == null ? 0 : result.history().epochs();
            this.diverged = result != null && result.history().diverged();
        }

        boolean failed() {
            return json == null;
        }

        Map<String, Double> ranked() {
            return failed() || diverged ? null : val;
        }
    }

    @Override
    public Integer call() throws Exception {
        String gridText = grid != null ? grid : options.preset != null ? Presets.grid(options.preset) : "";
        if (gridText.isEmpty()) {
            throw new IllegalArgumentException("give --grid \"key=v1,v2;...\" or a grid preset such as insurance-blog-grid");
        }
        if (!List.of("grid", "random", "hyperband").contains(search)) {
            throw new IllegalArgumentException("--search takes grid, random or hyperband, not '" + search + "'");
        }
        Grid space = Grid.parse(gridText);
        ExperimentSpec base = options.spec();
        Table table = options.table(base);
        Split split = options.split(table);
        if (split != null ? split.val.length == 0 : base.number("val") <= 0) {
            throw new IllegalArgumentException("tune chooses on the validation rows, and " + (split != null ? "the split file has"
                    : "val=" + base.get("val") + " leaves") + " none: give it validation rows (the test rows are reported once, "
                    + "for the chosen run)");
        }
        int n = Math.max(1, threads != null ? threads : Runtime.getRuntime().availableProcessors());
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Row> rows;
        String trainings;
        int trainingCount = -1; // a grid's trainings; a search has one per trial
        try {
            if (search.equals("grid")) {
                List<ExperimentSpec> specs = space.expand(base);
                List<List<Integer>> groups = new ArrayList<>(separate ? singletons(specs.size()) : Grid.sameButEpochs(specs));
                rows = grid(specs, groups, table, split, pool);
                trainingCount = groups.size();
                trainings = trainingCount + " trainings";
            } else {
                Search s = search.equals("random") ? Search.random(space, base, trials, searchSeed, objective)
                        : Search.hyperband(space, base, maxEpochs != null ? maxEpochs : base.integer("epochs"), factor,
                                iterations, searchSeed, objective);
                rows = search(s, table, split, pool);
                trainings = search.equals("random") ? "random search, seed " + searchSeed
                        : "Hyperband " + s.hyperband.table() + ", seed " + searchSeed;
            }
        } finally {
            pool.shutdownNow();
        }
        rows.sort((a, b) -> Integer.compare(a.index, b.index)); // the space's order, so ties rank the same however runs were shared
        double seconds = (System.nanoTime() - start) / 1e9;
        Grid.sort(rows, Row::ranked, metric);
        Row chosen = rows.isEmpty() || rows.get(0).ranked() == null || !(rows.get(0).ranked().get(metric) instanceof Double)
                || Double.isNaN(rows.get(0).ranked().get(metric)) ? null : rows.get(0);
        if (json) {
            printJson(rows, chosen, seconds, trainingCount);
        } else {
            printTable(rows, chosen, seconds, trainings, n, space);
        }
        return 0;
    }

    /** Grid points, groups that differ only in epochs trained once each (Experiment.runSharingEpochs). */
    private List<Row> grid(List<ExperimentSpec> specs, List<List<Integer>> groups, Table table, Split split, ExecutorService pool)
            throws Exception {
        Progress progress = new Progress("tuning", specs.size());
        AtomicInteger done = new AtomicInteger();
        // Longest trainings first, so the last to finish are short ones and the cores stay busy.
        groups.sort((a, b) -> Long.compare(work(b, specs, table), work(a, specs, table)));
        List<Future<List<Row>>> futures = new ArrayList<>();
        for (List<Integer> indices : groups) {
            List<ExperimentSpec> group = new ArrayList<>();
            for (int i : indices) {
                group.add(specs.get(i));
            }
            futures.add(pool.submit(() -> {
                List<Row> out = new ArrayList<>();
                try {
                    if (group.size() == 1) {
                        out.add(new Row(indices.get(0), group.get(0), Experiment.runToEnd(group.get(0), table, split, List.of()),
                                null, null, Double.NaN));
                    } else {
                        List<Experiment.Shared> results = Experiment.runSharingEpochs(group, table, split);
                        for (int i = 0; i < group.size(); i++) {
                            out.add(new Row(indices.get(i), group.get(i), results.get(i).result, results.get(i).error, null, Double.NaN));
                        }
                    }
                } catch (RuntimeException e) {
                    for (int i = 0; i < group.size(); i++) {
                        out.add(new Row(indices.get(i), group.get(i), null, e.getMessage(), null, Double.NaN));
                    }
                }
                progress.update(done.addAndGet(group.size()), "");
                return out;
            }));
        }
        List<Row> rows = new ArrayList<>();
        for (Future<List<Row>> f : futures) {
            rows.addAll(f.get());
        }
        progress.done();
        return rows;
    }

    /** A random search or Hyperband, a round at a time, its trials in parallel; progress counts epochs, as budgets differ. */
    private List<Row> search(Search s, Table table, Split split, ExecutorService pool) throws Exception {
        int[] planned = s.plannedTrialsAndEpochs();
        Progress progress = new Progress(search.equals("random") ? "random search" : "hyperband", planned[1]);
        AtomicInteger epochsDone = new AtomicInteger();
        AtomicInteger trialsDone = new AtomicInteger();
        List<Row> rows = new ArrayList<>();
        for (List<Trial> round = s.nextRound(); !round.isEmpty(); round = s.nextRound()) {
            // each worker keeps its trial's row and hands the search only score and weights, so that no finished
            // experiment stays in memory while the round goes on
            List<Future<Object[]>> futures = new ArrayList<>();
            for (Trial t : round) {
                // read here, not on the pool: the search is not thread-safe, and only this thread reports to it
                playground.engine.experiment.StartWeights start = t.parent >= 0 ? s.weightsOf(t.parent) : null;
                futures.add(pool.submit(() -> {
                    Trial.Result r = t.run(table, split, start, objective);
                    progress.update(epochsDone.addAndGet(t.epochs - t.initialEpoch),
                            "trial " + trialsDone.incrementAndGet() + "/" + planned[0]);
                    return new Object[] {new Row(t.id, t.spec, r.result, r.error, t, r.score),
                        new Trial.Result(t, null, r.score, r.weights, r.error)};
                }));
            }
            for (Future<Object[]> f : futures) {
                Object[] done = f.get();
                rows.add((Row) done[0]);
                s.report((Trial.Result) done[1]);
            }
        }
        progress.done();
        return rows;
    }

    private void printJson(List<Row> rows, Row chosen, double seconds, int trainingCount) {
        StringBuilder sb = new StringBuilder("{\"runs\":").append(rows.size());
        if (trainingCount >= 0) {
            sb.append(",\"trainings\":").append(trainingCount);
        }
        sb.append(",\"search\":").append(Json.quote(search)).append(",\"seconds\":")
                .append(Json.number(Math.round(seconds * 10) / 10.0)).append(",\"metric\":").append(Json.quote("val_" + metric))
                .append(",\"chosen\":");
        if (chosen == null) {
            sb.append("null");
        } else {
            sb.append("{\"rank\":1,");
            if (chosen.trial != null) { // a continued trial's spec trains the rest of its budget: this says how it got there
                sb.append("\"trial\":").append(chosen.trial.id).append(",\"budget\":").append(chosen.trial.epochs)
                        .append(",\"initial_epoch\":").append(chosen.trial.initialEpoch).append(",\"parent\":")
                        .append(chosen.trial.parent).append(',');
            }
            sb.append("\"spec\":").append(chosen.spec.toJson()).append(",\"test\":").append(Json.write(chosen.test)).append('}');
        }
        sb.append(",\"rows\":[");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            String body = !r.failed() ? r.json : "{\"spec\":" + r.spec.toJson() + ",\"error\":" + Json.quote(r.error) + "}";
            if (r.trial != null) { // the trial's place in the search, before the result's fields
                body = "{\"trial\":" + r.trial.id + ",\"bracket\":" + r.trial.bracket + ",\"round\":" + r.trial.round
                        + ",\"initial_epoch\":" + r.trial.initialEpoch + ",\"budget\":" + r.trial.epochs + ",\"parent\":"
                        + r.trial.parent + ",\"score\":" + Json.number(r.score) + "," + body.substring(1);
            }
            sb.append(i == 0 ? "" : ",").append(body);
        }
        System.out.println(sb.append("]}"));
    }

    private void printTable(List<Row> rows, Row chosen, double seconds, String trainings, int n, Grid space) {
        System.out.printf(Locale.ROOT, "%d runs (%s) in %s on %d threads; ranked by validation %s:%n", rows.size(),
                trainings, Progress.formatSeconds(seconds), n, metric);
        // Columns: the space's settings, the trial's place (a search), epochs run, then the ranking metric (and MAE,
        // the walkthrough's other figure) on the validation rows. The test rows wait for the chosen run.
        List<String> metrics = metric.equals("mae") ? List.of("mae") : List.of(metric, "mae");
        boolean trialsShown = !search.equals("grid");
        StringBuilder header = new StringBuilder("rank");
        for (String k : space.settingKeys()) {
            header.append('\t').append(k);
        }
        header.append(trialsShown ? "\ttrial\tbracket\tround\tbudget\t" + objective : "").append("\tepochs_run");
        for (String m : metrics) {
            header.append("\tval_").append(m);
        }
        System.out.println(header);
        for (int i = 0; i < Math.min(top, rows.size()); i++) {
            Row r = rows.get(i);
            StringBuilder line = new StringBuilder(Integer.toString(i + 1));
            for (String k : space.settingKeys()) {
                line.append('\t').append(r.spec.get(k));
            }
            if (trialsShown) {
                line.append('\t').append(r.trial.id).append('\t').append(r.trial.bracket).append('\t').append(r.trial.round)
                        .append('\t').append(r.trial.epochs).append('\t').append(fmt(r.score));
            }
            if (r.failed()) {
                System.out.println(line.append("\terror: ").append(r.error));
                continue;
            }
            line.append('\t').append(r.epochsRun);
            for (String m : metrics) {
                line.append('\t').append(fmt(r.val, m));
            }
            System.out.println(line);
        }
        if (chosen == null) {
            System.out.println("No run finished with validation metrics, so none is chosen.");
        } else if (chosen.test != null) {
            StringBuilder test = new StringBuilder("Chosen: rank 1");
            if (chosen.trial != null && chosen.trial.parent >= 0) {
                test.append(" (trial ").append(chosen.trial.id).append(", continued from trial ").append(chosen.trial.parent)
                        .append(" to a budget of ").append(chosen.trial.epochs).append(" epochs: set epochs=")
                        .append(chosen.trial.epochs).append(" to train it on its own)");
            }
            test.append(". Its test rows (reported once, not used to choose):");
            for (String m : metrics) {
                test.append(' ').append(m).append(' ').append(fmt(chosen.test, m));
            }
            System.out.println(test);
        }
    }

    /** A group's training: its longest run's epochs over the table. */
    private static long work(List<Integer> group, List<ExperimentSpec> specs, Table t) {
        long epochs = 0;
        for (int i : group) {
            epochs = Math.max(epochs, specs.get(i).integer("epochs"));
        }
        return epochs * t.rows();
    }

    private static List<List<Integer>> singletons(int n) {
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(List.of(i));
        }
        return out;
    }

    private static String fmt(Map<String, Double> m, String key) {
        if (m == null || !m.containsKey(key)) {
            return "-";
        }
        return fmt(m.get(key));
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "NaN" : Math.abs(v) >= 100 ? Long.toString(Math.round(v)) : String.format(Locale.ROOT, "%.4f", v);
    }
}
