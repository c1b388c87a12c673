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
import playground.engine.spec.ExperimentSpec;
import playground.engine.spec.Presets;
import playground.engine.text.Json;

@Command(name = "tune", description = "Grid search: run every combination of the grid's values and rank the results.")
final class TuneCommand implements Callable<Integer> {
    @Mixin
    SpecOptions options;

    @Option(names = "--grid", description = "Values to try, e.g. \"epochs=64,128;batch=8,16;lr=0.1,0.01;opt=sgd,adam\" "
            + "(default: the preset's grid).")
    String grid;

    @Option(names = "--metric", defaultValue = "rmse", description = "Rank by this test metric (default: ${DEFAULT-VALUE}; "
            + "falls back to validation when there are no test rows).")
    String metric;

    @Option(names = "--top", defaultValue = "5", description = "Rows to print (default: ${DEFAULT-VALUE}; --json prints all).")
    int top;

    @Option(names = "--threads", description = "Parallel runs (default: the number of cores).")
    Integer threads;

    @Option(names = "--separate", description = "Train every run on its own, even those that differ only in epochs "
            + "(which otherwise train once, to the longest; the rows are the same).")
    boolean separate;

    @Option(names = "--json", description = "Print all rows as JSON, best first.")
    boolean json;

    /** One finished grid point. */
    static final class Row {
        final int index; // in the grid's order
        final ExperimentSpec spec;
        final ExperimentResult result;
        final String error;

        Row(int index, ExperimentSpec spec, ExperimentResult result, String error) {
            this.index = index;
            this.spec = spec;
            this.result = result;
            this.error = error;
        }

        Map<String, Double> ranked() {
            if (result == null || result.history().diverged()) {
                return null;
            }
            return result.test != null ? result.test : result.val;
        }
    }

    @Override
    public Integer call() throws Exception {
        String gridText = grid != null ? grid : options.preset != null ? Presets.grid(options.preset) : "";
        if (gridText.isEmpty()) {
            throw new IllegalArgumentException("give --grid \"key=v1,v2;...\" or a grid preset such as insurance-blog-grid");
        }
        ExperimentSpec base = options.spec();
        List<ExperimentSpec> specs = Grid.parse(gridText).expand(base);
        Table table = options.table(base);
        Split split = options.split(table);
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Progress progress = new Progress("tuning", specs.size());
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, n));
        // Runs that differ only in epochs train once, to the longest cap (Experiment.runSharingEpochs); with
        // --separate every run trains on its own, which gives the same rows and shows that it does.
        List<List<Integer>> groups = new ArrayList<>(separate ? singletons(specs.size()) : Grid.sameButEpochs(specs));
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
                        out.add(new Row(indices.get(0), group.get(0), Experiment.runToEnd(group.get(0), table, split, List.of()), null));
                    } else {
                        List<Experiment.Shared> results = Experiment.runSharingEpochs(group, table, split);
                        for (int i = 0; i < group.size(); i++) {
                            out.add(new Row(indices.get(i), group.get(i), results.get(i).result, results.get(i).error));
                        }
                    }
                } catch (RuntimeException e) {
                    for (int i = 0; i < group.size(); i++) {
                        out.add(new Row(indices.get(i), group.get(i), null, e.getMessage()));
                    }
                }
                progress.update(done.addAndGet(group.size()), "");
                return out;
            }));
        }
        List<Row> rows = new ArrayList<>();
        try {
            for (Future<List<Row>> f : futures) {
                rows.addAll(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        progress.done();
        rows.sort((a, b) -> Integer.compare(a.index, b.index)); // the grid's order, so ties rank the same however runs were shared
        double seconds = (System.nanoTime() - start) / 1e9;
        Grid.sort(rows, Row::ranked, metric);
        if (json) {
            StringBuilder sb = new StringBuilder("{\"runs\":").append(rows.size()).append(",\"trainings\":").append(groups.size()).append(",\"seconds\":")
                    .append(Json.number(Math.round(seconds * 10) / 10.0)).append(",\"metric\":").append(Json.quote(metric))
                    .append(",\"rows\":[");
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                sb.append(i == 0 ? "" : ",").append(r.result != null ? r.result.toJson()
                        : "{\"spec\":" + r.spec.toJson() + ",\"error\":" + Json.quote(r.error) + "}");
            }
            System.out.println(sb.append("]}"));
            return 0;
        }
        System.out.printf(Locale.ROOT, "%d runs (%d trainings) in %s on %d threads; best by test %s:%n", rows.size(),
                groups.size(), Progress.formatSeconds(seconds), n, metric);
        Grid parsed = Grid.parse(gridText);
        // Columns: the grid's keys, epochs run, then the ranking metric (and MAE, the walkthrough's other figure)
        // on the test and validation rows.
        List<String> metrics = metric.equals("mae") ? List.of("mae") : List.of(metric, "mae");
        StringBuilder header = new StringBuilder("rank");
        for (String k : parsed.keys) {
            header.append('\t').append(k);
        }
        header.append("\tepochs_run");
        for (String part : List.of("test", "val")) {
            for (String m : metrics) {
                header.append('\t').append(part).append('_').append(m);
            }
        }
        System.out.println(header);
        for (int i = 0; i < Math.min(top, rows.size()); i++) {
            Row r = rows.get(i);
            StringBuilder line = new StringBuilder(Integer.toString(i + 1));
            for (String k : parsed.keys) {
                line.append('\t').append(r.spec.get(k));
            }
            if (r.result == null) {
                System.out.println(line.append("\terror: ").append(r.error));
                continue;
            }
            line.append('\t').append(r.result.history().epochs());
            for (Map<String, Double> part : java.util.Arrays.asList(r.result.test, r.result.val)) {
                for (String m : metrics) {
                    line.append('\t').append(fmt(part, m));
                }
            }
            System.out.println(line);
        }
        return 0;
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
        double v = m.get(key);
        return Double.isNaN(v) ? "NaN" : Math.abs(v) >= 100 ? Long.toString(Math.round(v)) : String.format(Locale.ROOT, "%.4f", v);
    }
}
