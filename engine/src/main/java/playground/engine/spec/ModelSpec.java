package playground.engine.spec;

import java.util.ArrayList;
import java.util.List;
import playground.engine.math.Rng;
import playground.engine.nn.Layer;
import playground.engine.nn.Network;

/** A network's architecture: the input width and the layers, as plain data. */
public final class ModelSpec {
    public final int inputSize;
    public final List<LayerSpec> layers;

    public ModelSpec(int inputSize, List<LayerSpec> layers) {
        if (inputSize < 1) {
            throw new IllegalArgumentException("a model needs at least one input, was " + inputSize);
        }
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a model needs at least one layer");
        }
        this.inputSize = inputSize;
        this.layers = List.copyOf(layers);
    }

    /** A new network with weights drawn from a generator seeded with {@code seed}. */
    public Network build(long seed) {
        return build(new Rng(seed));
    }

    public Network build(Rng rng) {
        List<Layer> built = new ArrayList<>();
        for (LayerSpec s : layers) {
            built.add(s.newLayer());
        }
        return new Network(inputSize, built, rng);
    }

    @Override
    public String toString() {
        return inputSize + " -> " + LayerSpec.listToText(layers);
    }
}
