package playground.web.bench;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;
import playground.engine.text.Json;
import playground.web.dom.Browser;
import playground.web.dom.Dom;
import playground.web.page.EngineClient;
import playground.web.protocol.Kind;

/**
 * {@code /bench.html}: samples per second of the walkthrough's model and its 512-unit widening in each build, each in its
 * own worker and timed inside it around the engine call only; with {@code ?grid=1} also the wall time of the
 * walkthrough's 192-run grid on several workers. The results are published as {@code data-results} for the
 * benchmark runner.
 */
public final class BenchPage {
    private static final String[] MODELS = {"insurance-blog", "insurance-wide"}; // engine.workload.BenchmarkRun.NAMES
    private static final double MIN_MS = 3000;
    /** The scalar peak's row: a register-only multiply-add loop, the yardstick of every GFLOP/s figure. */
    private static final String PEAK = "scalar peak";
    private static final int PEAK_ITERATIONS = 20_000_000;
    private final Map<String, Double> peaks = new LinkedHashMap<>();

    private final List<Object> throughput = new ArrayList<>();
    private final List<Object> peak = new ArrayList<>();
    private final List<String[]> runs = new ArrayList<>();
    private Object grid;

    public void start() {
        String[] runtimes = Browser.wasmGcSupported() ? new String[] {"wasm", "js"} : new String[] {"js"};
        for (String runtime : runtimes) {
            runs.add(new String[] {runtime, PEAK, ""});
            for (String model : MODELS) {
                // each with the reference kernels too (a ratio measured in the same run), unless ?kernels=blocked
                String[] variants = "blocked".equals(Browser.queryParameter("kernels")) ? new String[] {"blocked"}
                        : new String[] {"blocked", "reference"};
                for (String kernels : variants) {
                    runs.add(new String[] {runtime, model, kernels});
                }
            }
        }
        nextRun(0, runtimes[0]);
    }

    private void nextRun(int i, String gridRuntime) {
        if (i == runs.size()) {
            String mode = Browser.queryParameter("grid");
            if (mode != null && !mode.isEmpty()) {
                String w = Browser.queryParameter("workers");
                int workers = w == null || w.isEmpty() ? Math.max(1, Browser.hardwareThreads() - 1) : Integer.parseInt(w);
                grid(gridRuntime, workers, mode);
            } else {
                done();
            }
            return;
        }
        String runtime = runs.get(i)[0];
        String model = runs.get(i)[1];
        String kernels = runs.get(i)[2];
        EngineClient engine = new EngineClient(runtime);
        if (model.equals(PEAK)) {
            peak(engine, 6, 0, gflops -> { // the best of 5 after a warm-up: the peak is what the loop can reach
                engine.terminate();
                peaks.put(runtime, gflops);
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("runtime", runtime);
                r.put("gflops", gflops);
                peak.add(r);
                row(runtime, PEAK, "", "", "", Browser.fixed(gflops, 2), "100 %");
                nextRun(i + 1, gridRuntime);
            });
            return;
        }
        engine.request(Kind.BENCH_PREPARE, new Object[] {kernels.equals("reference") ? model + ":reference" : model}, (setup, ms) -> {
            Map<?, ?> s = (Map<?, ?>) setup;
            int batch = (int) (double) (Double) s.get("batch");
            double rows = (Double) s.get("rows");
            double flopsPerSample = (Double) s.get("flopsPerSample");
            // two warm-up epochs (JIT, buffers), then epochs until 3 s and at least 3
            epochs(engine, 2, 0, 0, (epochs, total) -> {
                engine.terminate();
                long perSecond = Math.round(rows * epochs / (total / 1000));
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("runtime", runtime);
                r.put("model", model);
                r.put("kernels", kernels);
                r.put("batch", (double) batch);
                r.put("samplesPerSecond", (double) perSecond);
                double gflops = perSecond * flopsPerSample / 1e9;
                r.put("gflops", gflops);
                throughput.add(r);
                Double best = peaks.get(runtime);
                row(runtime, model, kernels, Integer.toString(batch), playground.web.page.Format.grouped(perSecond),
                        Browser.fixed(gflops, 2), best == null ? "" : Math.round(100 * gflops / best) + " %");
                nextRun(i + 1, gridRuntime);
            });
        }, this::failed);
    }

    /**
     * {@code ?grid=1}: the grid as the Tune panel runs it; {@code =separate}: every run on its own; {@code =both}:
     * the two in turn, and whether their rows are identical.
     */
    private void grid(String runtime, int workers, String mode) {
        boolean both = mode.equals("both");
        GridRun first = new GridRun(runtime, workers, mode.equals("separate"));
        GridRun second = new GridRun(runtime, workers, true);
        second.then = () -> {
            Map<String, Object> g = first.figures();
            g.put("separateSeconds", second.seconds);
            g.put("identical", first.rows.equals(second.rows));
            grid = g;
            done();
        };
        first.then = both ? second::start : () -> {
            grid = first.figures();
            done();
        };
        first.start();
    }

    private interface Peak {
        void measured(double gflops);
    }

    /** {@code left} timings of the peak loop; the first is a warm-up, the best of the rest counts. */
    private void peak(EngineClient engine, int left, double best, Peak then) {
        engine.request(Kind.BENCH_PEAK, new Object[] {PEAK_ITERATIONS}, (r, ms) -> {
            double flops = (Double) ((Map<?, ?>) r).get("flops");
            double gflops = left == 6 ? 0 : flops / (ms / 1000) / 1e9;
            double now = Math.max(best, gflops);
            if (left > 1) {
                peak(engine, left - 1, now, then);
            } else {
                then.measured(now);
            }
        }, this::failed);
    }

    private interface Measured {
        void measured(int epochs, double totalMs);
    }

    private void epochs(EngineClient engine, int warmUp, int epochs, double total, Measured then) {
        engine.request(Kind.BENCH_EPOCH, new Object[0], (r, ms) -> {
            if (warmUp > 0) {
                epochs(engine, warmUp - 1, 0, 0, then);
            } else if (total + ms < MIN_MS || epochs + 1 < 3) {
                epochs(engine, 0, epochs + 1, total + ms, then);
            } else {
                then.measured(epochs + 1, total + ms);
            }
        }, this::failed);
    }

    /**
     * The walkthrough's grid on {@code workers} workers, each taking the next training from one queue: runs that
     * differ only in epochs trained once (as the Tune panel does), or with {@code separate} every run on its own.
     * The rows are kept by query, so a second grid can be compared with the first.
     */
    private final class GridRun {
        final String runtime;
        final int workers;
        final boolean separate;
        Runnable then; // when the grid is done
        final ArrayDeque<List<String>> queue = new ArrayDeque<>();
        final Map<String, String> rows = new java.util.TreeMap<>();
        int runs;
        int trainings;
        int idle;
        double start;
        double seconds;

        GridRun(String runtime, int workers, boolean separate) {
            this.runtime = runtime;
            this.workers = workers;
            this.separate = separate;
        }

        void start() {
            Browser.fetchText("/api/datasets/insurance/csv", csv -> {
                EngineClient planner = new EngineClient(runtime);
                planner.request(Kind.PRESET, new Object[] {"insurance-blog-grid"}, (preset, ms) -> {
                    Map<?, ?> p = (Map<?, ?>) preset;
                    planner.request(Kind.GRID, new Object[] {p.get("query"), p.get("grid")}, (plan, ms2) -> {
                        planner.terminate();
                        List<?> queries = (List<?>) ((Map<?, ?>) plan).get("queries");
                        for (Object group : (List<?>) ((Map<?, ?>) plan).get("groups")) {
                            List<String> members = new ArrayList<>();
                            for (Object i : (List<?>) group) {
                                members.add((String) queries.get((int) (double) (Double) i));
                            }
                            if (separate) {
                                for (String q : members) {
                                    queue.add(List.of(q));
                                }
                            } else {
                                queue.add(members);
                            }
                        }
                        runs = queries.size();
                        trainings = queue.size();
                        start = Browser.now();
                        for (int w = 0; w < workers; w++) {
                            worker(csv);
                        }
                    }, BenchPage.this::failed);
                }, BenchPage.this::failed);
            }, BenchPage.this::failed);
        }

        void worker(String csv) {
            EngineClient w = new EngineClient(runtime);
            w.request(Kind.LOAD_CSV, new Object[] {"insurance", csv}, (profile, ms) -> next(w), BenchPage.this::failed);
        }

        void next(EngineClient w) {
            List<String> group = queue.poll();
            if (group == null) {
                w.terminate();
                if (++idle == workers) {
                    finished();
                }
                return;
            }
            w.request(Kind.RUN_SHARING_EPOCHS, new Object[] {String.join("\n", group)}, (result, ms) -> {
                for (Object row : (List<?>) ((Map<?, ?>) result).get("rows")) {
                    rows.put((String) ((Map<?, ?>) row).get("query"), Json.write(row));
                }
                Dom.text("#grid", "grid: " + rows.size() + " / " + runs + " runs, " + Browser.fixed((Browser.now() - start) / 1000, 0) + " s");
                next(w);
            }, BenchPage.this::failed);
        }

        void finished() {
            seconds = Math.round((Browser.now() - start) / 100) / 10.0;
            Dom.text("#grid", "The " + runs + "-run grid: " + Json.number(seconds) + " s in " + trainings + " trainings on "
                    + workers + " " + runtime + " worker(s).");
            then.run();
        }

        Map<String, Object> figures() {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("runtime", runtime);
            g.put("workers", (double) workers);
            g.put("runs", (double) runs);
            g.put("trainings", (double) trainings);
            g.put("seconds", seconds);
            return g;
        }
    }

    private void row(String... cells) {
        HTMLElement tr = Dom.document().createElement("tr");
        for (String c : cells) {
            tr.appendChild(Dom.element("td", c));
        }
        Dom.find("#rows").appendChild(tr);
    }

    private void done() {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("peak", peak);
        results.put("throughput", throughput);
        results.put("grid", grid);
        Dom.text("#status", "Done.");
        Dom.publish("results", Json.write(results));
    }

    private void failed(String message) {
        Dom.text("#status", "Failed: " + message);
        Dom.publish("results", "{\"error\":" + Json.quote(message) + "}");
    }
}
