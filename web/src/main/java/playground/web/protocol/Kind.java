package playground.web.protocol;

import java.util.List;

/**
 * Every message the page may send the engine worker, declared once: its name on the wire, its fields (a leading
 * "#" marks a number, otherwise text) and whether its result is JSON (embedded as is) or plain text (a JSON
 * string). The codec checks each request against this declaration, so a message is typed at the boundary.
 */
public enum Kind {
    SETTINGS("settings", true),
    LOAD_CSV("loadCsv", true, "name", "text"),
    PREPARE("prepare", true, "query"),
    /** The user's edit: {@code changes} (key=value&…) on the spec {@code query}; a bad one leaves the experiment as it was. */
    EDIT("edit", true, "query", "changes"),
    STEP("step", true, "unit"),
    EVALUATE("evaluate", true),
    PICTURE("picture", true, "#res", "#thumb"),
    /** One weight set by hand: the kernel entry (row, unit) of Dense layer {@code layer} (1 = the first hidden). */
    SET_WEIGHT("setWeight", true, "#layer", "#row", "#unit", "value"),
    /** The weights the spec cannot derive: {"start": "spec" or starting weights, "edits": the log of those set by hand}. */
    WEIGHTS("weights", false),
    /** Where runs start: "spec", "trained" (a remix of the current weights) or starting weights as JSON, for the spec {@code query}. */
    START_FROM("startFrom", true, "query", "start"),
    /** Replays a saved log of weight edits on the experiment just prepared. */
    REPLAY_EDITS("replayEdits", true, "log"),
    GRID("grid", true, "query", "grid"),
    RUN("run", true, "query"),
    /** Grid points that differ only in epochs, one query per line, trained once to the longest: {"rows": [...]}. */
    RUN_SHARING_EPOCHS("runSharingEpochs", true, "queries"),
    /**
     * A random search or Hyperband over the space {@code space} on the spec {@code query}, driven by this worker;
     * {@code options} is "search=hyperband&max_epochs=27&factor=3&seed=1": its plan and the first round of trials.
     */
    SEARCH_START("searchStart", true, "query", "space", "options"),
    /** The round's {"results": [{id, score, weights, error}]}: the next round of trials, empty when the search is over. */
    SEARCH_REPORT("searchReport", true, "results"),
    /** One trial of a search, as the engine's trial message (its spec, budget and the weights it continues): its row, score and weights. */
    RUN_TRIAL("runTrial", true, "trial"),
    MODEL_JSON("modelJson", false),
    /** The trained model in TensorFlow.js's Layers format: a zip (trained at the top, the start in initial/), base64. */
    TFJS_EXPORT("tfjsExport", false),
    /** A Python script rebuilding the experiment in Keras 3, reading the data from {@code location}. */
    KERAS_SCRIPT("kerasScript", false, "location", "note"),
    /** A TensorFlow.js model the person chose: {@code files} is {"name": base64, …} (model.json and its weights, or a zip). */
    IMPORT_TFJS("importTfjs", true, "files"),
    PREDICTIONS_CSV("predictionsCsv", false),
    PRESET("preset", true, "name"),
    LEARN("learn", true, "view", "query"),
    LEARN_TRAIN("learnTrain", true, "kind", "query", "extra"),
    BENCH_PREPARE("benchPrepare", true, "model"),
    BENCH_EPOCH("benchEpoch", true),
    /** The scalar peak loop ({@code engine.workload.ScalarPeak}), {@code iterations} × 16 FLOPs; the page times it. */
    BENCH_PEAK("benchPeak", true, "#iterations"),
    FINGERPRINT("fingerprint", false, "#epochs"),
    NUMBERS("numbers", false, "#count"),
    GOLDEN("golden", false, "query", "csv"),
    /**
     * Train epoch after epoch until finished or paused, {@code interval} ms apart (0: as fast as possible); progress
     * arrives as events, no reply. Sent while training, it changes the pace.
     */
    TRAIN("train", true, "#interval", "#run"),
    /** A new pace for the loop under way (never starts one): {@code interval} ms between epochs. */
    SPEED("speed", true, "#interval"),
    /** Stop the training loop after the current epoch. */
    PAUSE("pause", true);

    public final String wire;
    /** The result is JSON text, embedded in the reply as it is; otherwise plain text, sent as a JSON string. */
    public final boolean jsonResult;
    final List<String> fields;

    Kind(String wire, boolean jsonResult, String... fields) {
        this.wire = wire;
        this.jsonResult = jsonResult;
        this.fields = List.of(fields);
    }

    /** A control message: it starts or stops the training loop and gets no reply. */
    public boolean isControl() {
        return this == TRAIN || this == PAUSE || this == SPEED;
    }

    static Kind ofWire(String wire) {
        for (Kind k : values()) {
            if (k.wire.equals(wire)) {
                return k;
            }
        }
        throw new IllegalArgumentException("the engine has no request '" + wire + "'");
    }
}
