package playground.web;

import org.teavm.jso.JSExport;
import playground.engine.data.Csv;
import playground.engine.learn.Learn;
import playground.engine.session.Session;
import playground.engine.spec.Settings;
import playground.engine.workload.DeterminismProbe;
import playground.engine.workload.GoldenRecord;
import playground.engine.workload.NumberProbe;

/**
 * The engine's entry points for the browser, compiled twice by TeaVM: to JavaScript and to WebAssembly GC. A Web
 * Worker loads one of the two builds and calls these functions; the page thread never trains. Everything crosses
 * the boundary as text (JSON or a URL query), so both builds speak exactly the same protocol.
 */
public final class EngineExports {
    private static final Session SESSION = new Session();

    private EngineExports() {
    }

    public static void main(String[] args) {
        // Nothing to start: the worker calls the exported functions.
    }

    /** Trains the fixed probe runs for {@code epochs} epochs and returns their bit-exact fingerprint. */
    @JSExport
    public static String fingerprint(int epochs) {
        return DeterminismProbe.fingerprint(epochs);
    }

    /** The number formatter's probe: one line "bits text bits-read-back" per value (see NumberProbe). */
    @JSExport
    public static String numbers(int randomCount) {
        return NumberProbe.report(randomCount);
    }

    /** A golden run's record for its spec query; {@code csv} is the table of a non-synthetic dataset, else "". */
    @JSExport
    public static String golden(String query, String csv) {
        try {
            return GoldenRecord.run(query, csv.isEmpty() ? null : Csv.parse(csv));
        } catch (IllegalArgumentException e) {
            return "error: " + e.getMessage();
        }
    }

    /** The numbers of a teaching view ("neuron", "optimizers", …) for its settings, as JSON. */
    @JSExport
    public static String learn(String view, String query) {
        return Learn.view(view, query);
    }

    /** A teaching view that trains on a dataset: "dead-relu" or "range-test" (extra = "min:max:steps"). */
    @JSExport
    public static String learnTrain(String kind, String query, String extra) {
        return SESSION.learnTrain(kind, query, extra);
    }

    /** The spec's keys and the grammar's families (ids, labels, forms), as JSON: what the page's controls list. */
    @JSExport
    public static String settings() {
        return Settings.json();
    }

    @JSExport
    public static String loadCsv(String id, String text) {
        return SESSION.loadCsv(id, text);
    }

    @JSExport
    public static String loadSynthetic(String name, int n, double noise, double seed) {
        return SESSION.loadSynthetic(name, n, noise, (long) seed);
    }

    @JSExport
    public static String prepare(String query) {
        return SESSION.prepare(query);
    }

    @JSExport
    public static String step(String what) {
        return SESSION.step(what);
    }

    @JSExport
    public static String evaluate() {
        return SESSION.evaluate();
    }

    @JSExport
    public static String picture(int res, int thumbRes) {
        return SESSION.picture(res, thumbRes);
    }

    @JSExport
    public static String grid(String baseQuery, String gridText) {
        return SESSION.grid(baseQuery, gridText);
    }

    @JSExport
    public static String run(String query) {
        return SESSION.run(query);
    }

    @JSExport
    public static String modelJson() {
        return SESSION.modelJson();
    }

    @JSExport
    public static String predictionsCsv() {
        return SESSION.predictionsCsv();
    }

    @JSExport
    public static String benchPrepare(String model) {
        return SESSION.benchPrepare(model);
    }

    @JSExport
    public static String benchEpoch() {
        return SESSION.benchEpoch();
    }

    @JSExport
    public static String preset(String name) {
        return SESSION.preset(name);
    }

    @JSExport
    public static String profile() {
        return SESSION.profile();
    }
}
