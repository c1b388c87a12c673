package playground.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import playground.engine.data.Split;
import playground.engine.data.Table;
import playground.engine.spec.ExperimentSpec;
import playground.engine.spec.Presets;
import playground.server.data.DatasetCatalog;

/** How train and tune name an experiment: a preset, then --set overrides, data from the catalog. */
final class SpecOptions {
    @Option(names = "--preset", description = "A named experiment: ${COMPLETION-CANDIDATES}.",
            completionCandidates = ModelOptions.PresetNames.class)
    String preset;

    @Option(names = "--set", paramLabel = "KEY=VALUE", completionCandidates = SettingsCommand.Keys.class,
            description = "Change a setting, e.g. --set lr=0.001 --set layers=dense:32:relu (repeatable); v=N picks the "
                    + "spec version (default: the newest, 2; v=1 trains with version 1's formulas). Keys: ${COMPLETION-CANDIDATES}. "
                    + "The settings command describes each.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--split-file", description = "Explicit train/test/val row indices (JSON), e.g. the reference split.")
    Path splitFile;

    @Option(names = "--data-dir", description = "Directory with insurance.csv (default: $PLAYGROUND_DATA_DIR).")
    Path dataDir;

    @Option(names = "--csv", description = "Train on your own CSV file (header, delimiter and column types are detected; "
            + "the last column is the target unless --set target=NAME).")
    Path csv;

    ExperimentSpec spec() {
        ExperimentSpec base = preset == null ? ExperimentSpec.defaults() : Presets.experiment(preset);
        return base.withAll(sets);
    }

    /** The table the experiment trains on: --csv when given, else the catalog's dataset named by the spec. */
    Table table(ExperimentSpec spec) throws java.io.IOException {
        if (csv != null) {
            if (!Files.exists(csv)) {
                throw new IllegalArgumentException("file not found: " + csv);
            }
            try {
                return playground.engine.data.Csv.parse(Files.readString(csv));
            } catch (java.nio.charset.MalformedInputException e) {
                throw new IllegalArgumentException(csv + " is not UTF-8 text");
            }
        }
        return new DatasetCatalog(DatasetCatalog.dataDir(dataDir)).load(spec);
    }

    /** Where a Keras script reads the data from: the user's file, or the catalog's canonical source. */
    playground.engine.experiment.KerasScript.Source dataSource(ExperimentSpec spec) {
        if (csv != null) {
            return new playground.engine.experiment.KerasScript.Source(csv.getFileName().toString(),
                    "your file, " + csv.getFileName() + " (give its path with --data)");
        }
        return DatasetCatalog.kerasSource(spec.get("data"));
    }

    Split split(Table table) throws java.io.IOException {
        if (splitFile == null) {
            return null;
        }
        if (!Files.exists(splitFile)) {
            throw new IllegalArgumentException("split file not found: " + splitFile);
        }
        return Split.fromJson(Files.readString(splitFile), table.rows());
    }
}
