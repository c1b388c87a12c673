package playground.server.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import playground.engine.nn.Summary;
import playground.engine.spec.ModelSpec;

@Command(name = "summary", description = "Print a model's layers and parameter counts, as Keras's model.summary() does.")
final class SummaryCommand implements Callable<Integer> {
    @ArgGroup(exclusive = false, multiplicity = "0..1")
    ModelOptions model;

    @Option(names = "--model-file", paramLabel = "FILE", description = "A saved model instead: the JSON of 'train --save', or a"
            + " TensorFlow.js model.json with its weights beside it.")
    java.nio.file.Path modelFile;

    @Option(names = "--json", description = "Print JSON instead of the table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if ((model == null) == (modelFile == null)) {
            throw new IllegalArgumentException("give --preset NAME, --inputs N with --layers LAYERS, or --model-file FILE");
        }
        Summary summary;
        if (modelFile != null) {
            String text;
            try {
                text = java.nio.file.Files.readString(modelFile);
            } catch (java.nio.file.NoSuchFileException e) {
                throw new IllegalArgumentException("file not found: " + modelFile);
            }
            summary = Summary.of(TfjsFiles.isTfjs(text) ? TfjsFiles.read(modelFile, text).model().network
                    : playground.engine.experiment.ModelFile.fromJson(text).network);
        } else {
            ModelSpec spec = model.spec();
            summary = Summary.of(spec.build(0));
        }
        System.out.print(json ? summary.toJson() + "\n" : summary.toText());
        return 0;
    }
}
