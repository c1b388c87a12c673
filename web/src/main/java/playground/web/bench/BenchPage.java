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
 * {@code /bench.html}: samples per second of the walkthrough's model and a 3×512 MLP in each build, each in its
 * own worker and timed inside it around the engine call only; with {@code ?grid=1} also the wall time of the
 * walkthrough's 192-run grid on several workers. The results are published as {@code data-results} for the
 * benchmark runner.
 */
public final class BenchPage {
    private static final String[] MODELS = {"insurance-blog", "mlp-3x512"};
    private static final double MIN_MS = 3000;

    private final List<Object> throughput = new ArrayList<>();
    private final List<String[]> runs = new ArrayList<>();
    private Object grid;

    public void start() {
        String[] runtimes = Browser.wasmGcSupported() ? new String[] {"wasm", "js"} : new String[] {"js"};
        for (String runtime : runtimes) {
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
            if (Browser.queryParameter("grid") != null && !Browser.queryParameter("grid").isEmpty()) {
                String w = Browser.queryParameter("workers");
                int workers = w == null || w.isEmpty() ? Math.max(1, Browser.hardwareThreads() - 1) : Integer.parseInt(w);
                new GridRun(gridRuntime, workers).start();
            } else {
                done();
            }
            return;
        }
        String runtime = runs.get(i)[0];
        String model = runs.get(i)[1];
        String kernels = runs.get(i)[2];
        EngineClient engine = new EngineClient(runtime);
        engine.request(Kind.BENCH_PREPARE, new Object[] {kernels.equals("reference") ? model + ":reference" : model}, (setup, ms) -> {
            Map<?, ?> s = (Map<?, ?>) setup;
            int batch = (int) (double) (Double) s.get("batch");
            double rows = (Double) s.get("rows");
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
                throughput.add(r);
                row(runtime, model, kernels, Integer.toString(batch), playground.web.page.Format.grouped(perSecond));
                nextRun(i + 1, gridRuntime);
            });
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

    /** The walkthrough's grid on {@code workers} workers, each taking the next run from one queue. */
    private final class GridRun {
        final String runtime;
        final int workers;
        final ArrayDeque<String> queue = new ArrayDeque<>();
        int runs;
        int done;
        int idle;
        double start;

        GridRun(String runtime, int workers) {
            this.runtime = runtime;
            this.workers = workers;
        }

        void start() {
            Browser.fetchText("/api/datasets/insurance/csv", csv -> {
                EngineClient planner = new EngineClient(runtime);
                planner.request(Kind.PRESET, new Object[] {"insurance-blog-grid"}, (preset, ms) -> {
                    Map<?, ?> p = (Map<?, ?>) preset;
                    planner.request(Kind.GRID, new Object[] {p.get("query"), p.get("grid")}, (plan, ms2) -> {
                        planner.terminate();
                        for (Object q : (List<?>) ((Map<?, ?>) plan).get("queries")) {
                            queue.add((String) q);
                        }
                        runs = queue.size();
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
            String query = queue.poll();
            if (query == null) {
                w.terminate();
                if (++idle == workers) {
                    finished();
                }
                return;
            }
            w.request(Kind.RUN, new Object[] {query}, (result, ms) -> {
                done++;
                Dom.text("#grid", "grid: " + done + " / " + runs + " runs, " + Browser.fixed((Browser.now() - start) / 1000, 0) + " s");
                next(w);
            }, BenchPage.this::failed);
        }

        void finished() {
            double seconds = Math.round((Browser.now() - start) / 100) / 10.0;
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("runtime", runtime);
            g.put("workers", (double) workers);
            g.put("runs", (double) runs);
            g.put("seconds", seconds);
            grid = g;
            Dom.text("#grid", "The 192-run grid: " + Json.number(seconds) + " s on " + workers + " " + runtime + " worker(s).");
            done();
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
