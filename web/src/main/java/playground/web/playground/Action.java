package playground.web.playground;

import java.util.List;
import java.util.Map;

/**
 * What can happen on the playground page. Panels dispatch the user's intents; {@link Effects} carries out what an
 * intent asks of the engine, the server and the address bar, and dispatches the outcome. {@link Store} turns each
 * action into the next {@link State}.
 */
public interface Action {
    /** How a new spec treats the address bar: a new history entry, the same entry, or left alone (a short link). */
    enum Address { PUSH, REPLACE, KEEP }

    // ---- the user's intents ----

    /** Settings changed in the form ({@code key → value}); the engine validates the new spec. */
    record SetSettings(Map<String, String> values) implements Action { }

    /** A column's transform chosen in the profile: "auto", "drop" or a transform id. */
    record SetColumn(String column, String transform) implements Action { }

    /** A whole spec (a preset, a grid row, Reset). */
    record ApplyQuery(String query, Address address) implements Action { }

    /** One of the engine's named presets ("insurance-blog"); {@code withGrid} also takes its grid. */
    record Preset(String name, boolean withGrid) implements Action { }

    record Upload(String fileName, String text) implements Action { }

    record UploadFailed(String fileName, String message) implements Action { }

    record ChooseRuntime(String choice) implements Action { }

    /** Train, Pause or Resume: one button. */
    record Play() implements Action { }

    /** One "epoch" or one "batch". */
    record Step(String unit) implements Action { }

    record Reset() implements Action { }

    /**
     * Where runs start: "trained" (a remix: train on from the weights the run has reached, with whatever settings
     * come next) or "spec" (the spec's own initializer again).
     */
    record StartFrom(String what) implements Action { }

    /** The user's new start took: the page is no longer a saved experiment's, though its settings are. */
    record StartChanged(String status) implements Action { }

    /** The next run starts from an imported model's weights ({@code names}: its files). */
    record ModelImported(String names, String status) implements Action { }

    /** One of the tabs below the workspace: "data", "model", "training", "results", "tune", "share". */
    record ShowTab(String tab) implements Action { }

    /** The pace of training: milliseconds between epochs (0: as fast as possible). */
    record SetSpeed(int interval) implements Action { }

    /** Back or forward to an address: its spec. */
    record Navigated(String query) implements Action { }

    /** The Tune panel's settings: the space, the metric to choose by, how many workers, and how to search. */
    record TuneOptions(String gridText, String rank, int workers, SearchSettings search) implements Action { }

    record RunGrid() implements Action { }

    record CancelGrid() implements Action { }

    record SortGrid(String column) implements Action { }

    /** "log", "model", "predictions", "charts" or "grid". */
    record Export(String what) implements Action { }

    /** What a model import did, is doing or why it could not, for the line beside the import control. */
    record ImportNote(String text) implements Action { }

    /** A TensorFlow.js model chosen to import: the files' names, and the files as JSON {"name": base64, …}. */
    record ImportModel(String names, String files) implements Action { }

    record ShareOptions(String title, String embedSize, boolean includeModel, boolean includeDataset) implements Action { }

    record Save() implements Action { }

    record PreviewEmbed() implements Action { }

    /** One of the picture's switches ("test": show the test points, "discretize": the output as classes). */
    record PictureOption(String name, boolean on) implements Action { }

    /** A neuron pointed at or focused on the diagram (null: none any more): the main picture previews it. */
    record PreviewNeuron(State.NeuronRef neuron) implements Action { }

    /** A neuron clicked: the main picture shows it until it is clicked again (or another one is). */
    record PinNeuron(State.NeuronRef neuron) implements Action { }

    /** A weight set by hand on the diagram (the text as typed): the engine checks it; training pauses. */
    record EditWeight(int layer, int row, int unit, String value) implements Action { }

    /** The engine set it: how many weights the user has set by hand in this experiment. */
    record WeightSet(int edits, String value, Double testLoss) implements Action { }

    /** The final metrics again, after a weight set by hand on a finished run (the status keeps saying what was set). */
    record Reevaluated(Map<String, Object> evaluation) implements Action { }

    /** A saved experiment's weights set by hand, replayed: those before training set now, the rest as it trains. */
    record WeightsReplayed(int edits) implements Action { }

    /** Pin the current run's curves to the chart. */
    record PinRun() implements Action { }

    /** Remove pin {@code number}. */
    record Unpin(int number) implements Action { }

    /** Copy {@code text} to the clipboard; {@code what} names it in the status line. */
    record Copy(String text, String what) implements Action { }

    record Rerun() implements Action { }

    record DeleteSaved() implements Action { }

    // ---- outcomes, dispatched by Effects ----

    record EngineStarted(String runtime, String choice, String note, Map<String, Object> settings) implements Action { }

    record CatalogLoaded(List<Map<String, Object>> catalog) implements Action { }

    /** A table is in the worker (null: none yet, or a synthetic set the engine generates per spec). */
    record DatasetLoaded(State.Dataset dataset, String note) implements Action { }

    record SpecApplied(Prepared prepared) implements Action { }

    /** An edit the engine refused: the setting, the value given, and why; the spec stays as it was. */
    record EditRejected(String key, String value, String message) implements Action { }

    /** The spec could not be prepared: the engine's sentence. */
    record SpecFailed(String message) implements Action { }

    record TrainingStarted() implements Action { }

    record Progress(Map<String, Object> progress) implements Action { }

    record Paused() implements Action { }

    record Evaluated(Map<String, Object> evaluation) implements Action { }

    record Picture(Map<String, Object> picture) implements Action { }

    /** A short link's experiment, opened: its recorded run is shown until something trains. */
    record Opened(Map<String, Object> saved) implements Action { }

    record ShowRecorded() implements Action { }

    record SaveStarted() implements Action { }

    /** Saved as {@code id}, with the settings {@code spec} (the ones sent, whatever the page shows by now). */
    record SavedAs(String id, String url, String spec) implements Action { }

    record SaveFailed(String message) implements Action { }

    record GridStarted(GridSearch grid) implements Action { }

    record GridRow(Map<String, Object> row) implements Action { }

    record GridStopped(String status) implements Action { }

    record ComparedWithRecording(List<State.Compared> rows) implements Action { }

    record Say(String status) implements Action { }

    record Notify(List<String> notices) implements Action { }

    record Ready() implements Action { }
}
