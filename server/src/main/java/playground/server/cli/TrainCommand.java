package playground.server.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import playground.engine.data.Split;
import playground.engine.data.Table;
import playground.engine.experiment.Experiment;
import playground.engine.experiment.ExperimentResult;
import playground.engine.experiment.ModelFile;
import playground.engine.experiment.KerasScript;
import playground.engine.experiment.StartWeights;
import playground.engine.experiment.TfjsModel;
import playground.engine.nn.Summary;
import playground.engine.spec.ExperimentSpec;
import playground.engine.train.Callback;
import playground.engine.train.CsvLogger;
import playground.engine.train.EpochLog;
import playground.engine.train.Event;
import playground.engine.train.Metrics;
import playground.engine.train.TrainingRun;

@Command(name = "train", description = "Train one experiment (a preset and/or --set changes) and evaluate it.")
final class TrainCommand implements Callable<Integer> {
    static final int DIVERGED = 3;

    @Mixin
    SpecOptions options;

    @Option(names = "--csv-log", description = "Write the per-epoch log to this CSV, as Keras's CSVLogger: epoch, then the keys sorted (learning_rate with rlr or a decay).")
    Path csvLog;

    @Option(names = {"--save-model", "--save"}, description = "Write the trained model (JSON, with its preprocessing) here.")
    Path saveModel;

    @Option(names = "--save-tfjs", paramLabel = "DIR", description = "Write the trained model in TensorFlow.js's Layers format"
            + " here: model.json, " + TfjsModel.WEIGHTS_FILE + " and " + TfjsModel.SIDECAR_FILE + " (the preprocessing), and the"
            + " starting weights the same way in DIR/initial.")
    Path saveTfjs;

    @Option(names = "--save-keras-script", paramLabel = "FILE.py", description = "Write a Python script that rebuilds this"
            + " experiment in Keras 3: data, preprocessing (scikit-learn), the split's rows, the model, callbacks, fit, evaluation.")
    Path saveKerasScript;

    @Option(names = "--init-weights", paramLabel = "FILE", description = "Start from these weights instead of the spec's"
            + " initializer: a model file written by 'train --save', a TensorFlow.js model.json (its network must match the"
            + " experiment's), or starting weights as a saved experiment carries them ({\"params\": [...]}).")
    Path initWeights;

    /** The TensorFlow.js model --init-weights named, if it is one. */
    private TfjsModel.Imported imported;

    @Option(names = "--json", description = "Print one JSON object (history, test and val metrics, ...) instead of text.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        ExperimentSpec spec = options.spec();
        Table table = options.table(spec);
        Split split = options.split(table);
        CsvLogger logger = new CsvLogger(playground.engine.text.KerasCsv.logsRate(spec.get("rlr"), spec.get("decay")));
        Progress progress = new Progress("training", spec.integer("epochs"));
        List<Callback> extra = new ArrayList<>();
        extra.add(logger);
        extra.add(new Callback() {
            @Override
            public void onEpochEnd(TrainingRun run, EpochLog log) {
                progress.update(log.epoch, String.format(Locale.ROOT, "loss %.5g%s", log.get("loss"),
                        log.has("val_loss") ? String.format(Locale.ROOT, " val_loss %.5g", log.get("val_loss")) : ""));
            }
        });
        Experiment e = Experiment.prepare(spec, table, split, extra);
        if (initWeights != null) {
            try {
                e.startFrom(startWeights(initWeights));
            } catch (IllegalArgumentException x) {
                String hint = imported == null || imported.hiddenLayers().equals(e.spec.current().get("layers")) ? ""
                        : " (the model's hidden layers are " + imported.hiddenLayers() + ": --set layers=" + imported.hiddenLayers()
                        + " trains them)";
                throw x.getMessage().startsWith("--init-weights") ? new IllegalArgumentException(x.getMessage() + hint)
                        : new IllegalArgumentException("--init-weights " + initWeights + ": " + x.getMessage() + hint);
            }
        }
        if (saveKerasScript != null) {
            Files.writeString(saveKerasScript, KerasScript.of(e, options.dataSource(spec)).text(), StandardCharsets.UTF_8);
        }
        if (!json) {
            System.out.println("experiment: " + spec);
            System.out.println("data: " + spec.get("data") + ", " + e.table.rows() + " rows; " + e.split.train.length
                    + " train, " + e.split.test.length + " test, " + e.split.val.length + " validation; "
                    + e.preprocessor.width() + " features; target " + e.target
                    + (e.classification ? " (" + e.classes.size() + " classes)" : ""));
            Summary s = Summary.of(e.network);
            System.out.println("model: " + playground.engine.text.Numbers.grouped(s.total) + " parameters (" + playground.engine.text.Numbers.grouped(s.trainable)
                    + " trainable)");
        }
        e.train();
        progress.done();
        ExperimentResult r = e.evaluate();
        if (csvLog != null) {
            Files.writeString(csvLog, logger.csv(), StandardCharsets.UTF_8);
        }
        if (saveModel != null && !r.history().diverged()) {
            Files.writeString(saveModel, ModelFile.of(e).toJson(), StandardCharsets.UTF_8);
        }
        if (saveTfjs != null && !r.history().diverged()) {
            ModelFile trained = ModelFile.of(e);
            TfjsFiles.write(saveTfjs, TfjsModel.write(trained, spec.toQuery()));
            TfjsFiles.write(saveTfjs.resolve("initial"), TfjsModel.write(trained.withWeights(e.initialWeights()), spec.toQuery()));
        }
        if (json) {
            System.out.println(r.toJson());
        } else {
            for (Event ev : r.history().events()) {
                if (ev.kind != Event.Kind.BEST) {
                    System.out.println(ev);
                }
            }
            System.out.println("epochs run: " + r.history().epochs() + (r.history().stoppedEarly() ? " (stopped early)" : "")
                    + ", best epoch " + r.bestEpoch());
            System.out.println("train: " + Metrics.format(r.train));
            if (r.test != null) {
                System.out.println("test:  " + Metrics.format(r.test));
            }
            if (r.val != null) {
                System.out.println("val:   " + Metrics.format(r.val));
            }
            if (saveModel != null && !r.history().diverged()) {
                System.out.println("model saved to " + saveModel);
            }
            if (saveTfjs != null && !r.history().diverged()) {
                System.out.println("TensorFlow.js model saved to " + saveTfjs.resolve(TfjsModel.MODEL_FILE) + " (starting weights in "
                        + saveTfjs.resolve("initial") + ")");
            }
            if (saveKerasScript != null) {
                System.out.println("Keras script saved to " + saveKerasScript);
            }
        }
        if (r.history().diverged()) {
            System.err.println(r.history().stopMessage());
            return DIVERGED;
        }
        return 0;
    }

    /**
     * A model file's weights, or starting weights JSON (the same "params" layout: {@link StartWeights#parse} reads
     * both); what is wrong with either is said with the file's name.
     */
    private StartWeights startWeights(Path p) {
        String text;
        try {
            text = Files.readString(p, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException x) {
            throw new IllegalArgumentException("--init-weights: file not found: " + p);
        } catch (java.io.IOException | java.io.UncheckedIOException x) {
            throw new IllegalArgumentException("--init-weights " + p + ": cannot be read (" + x.getMessage() + ")");
        }
        try {
            if (TfjsFiles.isTfjs(text)) {
                imported = TfjsFiles.read(p, text);
                return StartWeights.of(imported.model().network);
            }
            return StartWeights.parse(playground.engine.text.Json.parse(text));
        } catch (java.io.IOException x) {
            throw new IllegalArgumentException("--init-weights " + p + ": cannot be read (" + x.getMessage() + ")");
        } catch (RuntimeException x) {
            throw new IllegalArgumentException("--init-weights " + p + ": " + x.getMessage());
        }
    }
}
