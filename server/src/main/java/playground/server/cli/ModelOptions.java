package playground.server.cli;

import picocli.CommandLine.Option;
import playground.engine.spec.LayerSpec;
import playground.engine.spec.ModelSpec;
import playground.engine.spec.Presets;

/** How a command names a model: a preset, or inputs plus layers in the compact text form. */
final class ModelOptions {
    @Option(names = "--preset", description = "A named model: ${COMPLETION-CANDIDATES}.", completionCandidates = PresetNames.class)
    String preset;

    @Option(names = "--inputs", description = "Number of input features (with --layers).")
    Integer inputs;

    @Option(names = "--layers", description = "Layers, e.g. 'dense:16:relu,bn,dropout:0.2,res(dense:16:relu),dense:1'.")
    String layers;

    ModelSpec spec() {
        if (preset != null) {
            if (layers != null) {
                throw new IllegalArgumentException("give either --preset or --layers, not both");
            }
            return Presets.model(preset);
        }
        if (layers == null || inputs == null) {
            throw new IllegalArgumentException("give --preset NAME, or --inputs N with --layers LAYERS");
        }
        return new ModelSpec(inputs, LayerSpec.parseList(layers));
    }

    static final class PresetNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Presets.names().iterator();
        }
    }
}
