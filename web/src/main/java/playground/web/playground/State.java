package playground.web.playground;

import java.util.List;
import java.util.Map;
import playground.web.page.Run;

/**
 * Everything the playground page shows, as one immutable value: the spec (as the engine prepared it) plus view
 * state that is not a spec key (the runtime choice, the grid's text, the share options, what is being saved).
 * Only {@link Store} makes new ones; panels render from it.
 */
public final class State {
    /** A table the engine worker holds: a catalog dataset or the user's CSV, with its profile. */
    public static final class Dataset {
        public final String id;
        public final Map<String, Object> profile;
        /** The CSV text (for the grid's workers and for saving an upload); null for a synthetic set. */
        public final String csv;
        /** The uploaded file's name, or null. */
        public final String fileName;

        public Dataset(String id, Map<String, Object> profile, String csv, String fileName) {
            this.id = id;
            this.profile = profile;
            this.csv = csv;
            this.fileName = fileName;
        }
    }

    /** One line of the re-run comparison: what, the recorded number, the re-run's. */
    public static final class Compared {
        public final String name;
        public final Object recorded;
        public final Object rerun;

        public Compared(String name, Object recorded, Object rerun) {
            this.name = name;
            this.recorded = recorded;
            this.rerun = rerun;
        }

        public boolean same() {
            return recorded == null ? rerun == null : recorded.equals(rerun);
        }
    }

    public static final State START = new Edit().done();

    /** The engine's key table and grammar families ({settings, families, defaults}); null until the engine runs. */
    public final Map<String, Object> settings;
    public final List<Map<String, Object>> catalog;
    /** The runtime the engine runs on ("wasm" or "js"), null before it starts. */
    public final String runtime;
    /** What the user chose: "auto", "wasm" or "js" (view state: not a spec key). */
    public final String runtimeChoice;
    public final String runtimeNote;
    public final Dataset dataset;
    public final String datasetNote;
    public final Prepared prepared;
    public final Run run;
    public final boolean training;
    /** Milliseconds between epochs while training (view state: the speed control). */
    public final int speed;
    /** The run shown is a saved experiment's recording (Train starts afresh rather than appending to it). */
    public final boolean recorded;
    public final Map<String, Object> evaluation;
    /** The latest output picture and network drawing, or null. */
    public final Map<String, Object> picture;
    public final GridSearch grid;
    /** The tab open below the workspace (view state). */
    public final String tab;
    public final String gridText;
    public final String rank;
    public final int workers;
    public final SearchSettings search;
    /** The saved experiment opened from a short link (/x/{id}), or null. */
    public final Map<String, Object> opened;
    /** The saved experiment this page shows (opened or just saved); null once a setting differs. */
    public final String savedId;
    /** The spec {@link #savedId} was saved with. */
    public final String savedQuery;
    public final String shortLink;
    public final String saveMessage;
    public final boolean saving;
    public final String title;
    public final String embedSize;
    public final boolean includeModel;
    public final boolean includeDataset;
    public final boolean previewShown;
    /** The picture's switches, as TensorFlow Playground's: test points drawn, the output thresholded to classes. */
    public final boolean showTest;
    public final boolean discretize;
    /** A neuron of the diagram, by column (0 = the inputs) and index, with what it is called. */
    public record NeuronRef(int layer, int unit, String label) { }
    /** The neuron the main picture shows instead of the output: pointed at or focused (preview), or clicked (pinned). */
    public final NeuronRef preview;
    public final NeuronRef pinned;
    /** Runs pinned to the loss chart, oldest first; and the number the next pin gets. */
    public final java.util.List<Pins.Pin> pins;
    public final int nextPin;
    /** Weights set by hand in this experiment (a link alone does not carry them). */
    public final int weightEdits;
    /** The file names of the imported model the next run starts from; null when it starts otherwise. */
    public final String importedModel;
    /** What the last model import did or why it could not (shown beside the import control); "" before any. */
    public final String importNote;
    public final List<Compared> comparison;
    /** The last edit the engine refused ({key, value, message}), shown beside its control; null when none. */
    public final Action.EditRejected editError;
    public final String status;
    public final List<String> notices;
    public final boolean ready;

    private State(Edit e) {
        settings = e.settings;
        catalog = e.catalog;
        runtime = e.runtime;
        runtimeChoice = e.runtimeChoice;
        runtimeNote = e.runtimeNote;
        dataset = e.dataset;
        datasetNote = e.datasetNote;
        prepared = e.prepared;
        run = e.run;
        training = e.training;
        speed = e.speed;
        recorded = e.recorded;
        evaluation = e.evaluation;
        picture = e.picture;
        grid = e.grid;
        tab = e.tab;
        gridText = e.gridText;
        rank = e.rank;
        workers = e.workers;
        search = e.search;
        opened = e.opened;
        savedId = e.savedId;
        savedQuery = e.savedQuery;
        shortLink = e.shortLink;
        saveMessage = e.saveMessage;
        saving = e.saving;
        title = e.title;
        embedSize = e.embedSize;
        includeModel = e.includeModel;
        includeDataset = e.includeDataset;
        previewShown = e.previewShown;
        showTest = e.showTest;
        discretize = e.discretize;
        preview = e.preview;
        pinned = e.pinned;
        pins = e.pins;
        nextPin = e.nextPin;
        weightEdits = e.weightEdits;
        importedModel = e.importedModel;
        importNote = e.importNote;
        comparison = e.comparison;
        editError = e.editError;
        status = e.status;
        notices = e.notices;
        ready = e.ready;
    }

    /** A copy to change: the store's reducer edits one and calls {@link Edit#done}. */
    Edit edit() {
        return new Edit(this);
    }

    /** The spec's query, or the empty spec before anything is prepared. */
    public String query() {
        return prepared != null ? prepared.query : "v=2";
    }

    /** Whether training can go on from here (false once the run has finished: its epochs, or a callback stopped it). */
    public boolean epochsLeft() {
        return prepared != null && !run.finished && (prepared.epochs == 0 || run.epoch < prepared.epochs);
    }

    static final class Edit {
        Map<String, Object> settings;
        List<Map<String, Object>> catalog = List.of();
        String runtime;
        String runtimeChoice = "auto";
        String runtimeNote = "";
        Dataset dataset;
        String datasetNote = "";
        Prepared prepared;
        Run run = Run.NONE;
        boolean training;
        int speed;
        boolean recorded;
        Map<String, Object> evaluation;
        Map<String, Object> picture;
        GridSearch grid = GridSearch.NONE;
        String tab = "data";
        String gridText = "lr=0.1,0.01,0.001;batch=16,32";
        String rank = "rmse";
        int workers = 1;
        SearchSettings search = SearchSettings.DEFAULT;
        Map<String, Object> opened;
        String savedId;
        String savedQuery;
        String shortLink;
        String saveMessage = "";
        boolean saving;
        String title = "";
        String embedSize = "640x420";
        boolean includeModel;
        boolean includeDataset;
        boolean previewShown;
        boolean showTest = true;
        boolean discretize;
        NeuronRef preview;
        NeuronRef pinned;
        java.util.List<Pins.Pin> pins = java.util.List.of();
        int nextPin = 1;
        int weightEdits;
        String importedModel;
        String importNote = "";
        List<Compared> comparison = List.of();
        Action.EditRejected editError;
        String status = "";
        List<String> notices = List.of();
        boolean ready;

        Edit() {
        }

        Edit(State s) {
            settings = s.settings;
            catalog = s.catalog;
            runtime = s.runtime;
            runtimeChoice = s.runtimeChoice;
            runtimeNote = s.runtimeNote;
            dataset = s.dataset;
            datasetNote = s.datasetNote;
            prepared = s.prepared;
            run = s.run;
            training = s.training;
            speed = s.speed;
            recorded = s.recorded;
            evaluation = s.evaluation;
            picture = s.picture;
            grid = s.grid;
            tab = s.tab;
            gridText = s.gridText;
            rank = s.rank;
            workers = s.workers;
            search = s.search;
            opened = s.opened;
            savedId = s.savedId;
            savedQuery = s.savedQuery;
            shortLink = s.shortLink;
            saveMessage = s.saveMessage;
            saving = s.saving;
            title = s.title;
            embedSize = s.embedSize;
            includeModel = s.includeModel;
            includeDataset = s.includeDataset;
            previewShown = s.previewShown;
            showTest = s.showTest;
            discretize = s.discretize;
            preview = s.preview;
            pinned = s.pinned;
            pins = s.pins;
            nextPin = s.nextPin;
            weightEdits = s.weightEdits;
            importedModel = s.importedModel;
            importNote = s.importNote;
            comparison = s.comparison;
            editError = s.editError;
            status = s.status;
            notices = s.notices;
            ready = s.ready;
        }

        State done() {
            return new State(this);
        }
    }
}
