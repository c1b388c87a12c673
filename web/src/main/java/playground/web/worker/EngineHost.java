package playground.web.worker;

import playground.engine.data.Csv;
import playground.engine.learn.Learn;
import playground.engine.session.Session;
import playground.engine.spec.Settings;
import playground.engine.workload.DeterminismProbe;
import playground.engine.workload.GoldenRecord;
import playground.engine.workload.NumberProbe;
import playground.web.protocol.Request;

/**
 * What the worker does with a request: one engine call per {@link playground.web.protocol.Kind}, on the worker's
 * one {@link Session}. No DOM, no JSO: the JVM tests drive it exactly as the worker does.
 */
public final class EngineHost {
    private final Session session = new Session();

    /** The result of a request: the engine's JSON, or plain text for the kinds whose result is text. */
    public String handle(Request r) {
        switch (r.kind) {
            case SETTINGS:
                return Settings.json();
            case LOAD_CSV:
                return session.loadCsv(r.text("name"), r.text("text"));
            case PREPARE:
                return session.prepare(r.text("query"));
            case EDIT:
                return session.edit(r.text("query"), r.text("changes"));
            case STEP:
                return session.step(r.text("unit"));
            case EVALUATE:
                return session.evaluate();
            case PICTURE:
                return session.picture(r.integer("res"), r.integer("thumb"));
            case SET_WEIGHT:
                return session.setWeight(r.integer("layer"), r.integer("row"), r.integer("unit"), r.text("value"));
            case WEIGHTS:
                return session.weights();
            case START_FROM:
                return session.startFrom(r.text("query"), r.text("start"));
            case REPLAY_EDITS:
                return session.replayEdits(r.text("log"));
            case GRID:
                return session.grid(r.text("query"), r.text("grid"));
            case RUN:
                return session.run(r.text("query"));
            case RUN_SHARING_EPOCHS:
                return session.runSharingEpochs(r.text("queries"));
            case SEARCH_START:
                return session.searchStart(r.text("query"), r.text("space"), r.text("options"));
            case SEARCH_REPORT:
                return session.searchReport(r.text("results"));
            case RUN_TRIAL:
                return session.runTrial(r.text("trial"));
            case MODEL_JSON:
                return session.modelJson();
            case TFJS_EXPORT:
                return session.tfjsExport();
            case KERAS_SCRIPT:
                return session.kerasScript(r.text("location"), r.text("note"));
            case IMPORT_TFJS:
                return session.importTfjs(r.text("files"));
            case PREDICTIONS_CSV:
                return session.predictionsCsv();
            case PRESET:
                return session.preset(r.text("name"));
            case LEARN:
                return Learn.view(r.text("view"), r.text("query"));
            case LEARN_TRAIN:
                return session.learnTrain(r.text("kind"), r.text("query"), r.text("extra"));
            case BENCH_PREPARE:
                return session.benchPrepare(r.text("model"));
            case BENCH_EPOCH:
                return session.benchEpoch();
            case BENCH_PEAK:
                return session.benchPeak(r.integer("iterations"));
            case FINGERPRINT:
                return DeterminismProbe.fingerprint(r.integer("epochs"));
            case NUMBERS:
                return NumberProbe.report(r.integer("count"));
            case GOLDEN:
                return golden(r.text("query"), r.text("csv"));
            default:
                throw new IllegalArgumentException("'" + r.kind.wire + "' is a control message, not a request");
        }
    }

    /** One epoch of the training loop: the progress JSON. */
    public String trainEpoch() {
        return session.step("epoch");
    }

    /** Whether the training loop should stop: the run finished or diverged, or nothing is prepared. */
    public boolean trainingOver() {
        return session.trainingOver();
    }

    private static String golden(String query, String csv) {
        try {
            return GoldenRecord.run(query, csv.isEmpty() ? null : Csv.parse(csv));
        } catch (IllegalArgumentException e) {
            return "error: " + e.getMessage();
        }
    }
}
