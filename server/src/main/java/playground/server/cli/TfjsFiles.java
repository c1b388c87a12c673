package playground.server.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import playground.engine.experiment.TfjsModel;
import playground.engine.text.Json;

/** A TensorFlow.js Layers model on disk: model.json and the weights file its manifest names, beside it. */
final class TfjsFiles {
    private TfjsFiles() { }

    /** True when the JSON text is a TF.js model (it has a "modelTopology"), not a playground model file. */
    static boolean isTfjs(String json) {
        Object root;
        try {
            root = Json.parse(json);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return root instanceof Map && ((Map<?, ?>) root).containsKey("modelTopology");
    }

    /** Reads model.json and its weights file (a missing one is said by {@link TfjsModel#read}). */
    static TfjsModel.Imported read(Path modelJson, String text) throws IOException {
        byte[] bin = null;
        Object root = Json.parse(text);
        Object manifest = ((Map<?, ?>) root).get("weightsManifest");
        if (manifest instanceof List && !((List<?>) manifest).isEmpty() && ((List<?>) manifest).get(0) instanceof Map) {
            Object paths = ((Map<?, ?>) ((List<?>) manifest).get(0)).get("paths");
            if (paths instanceof List && ((List<?>) paths).size() == 1) {
                Path dir = modelJson.toAbsolutePath().getParent();
                Path weights = dir.resolve(String.valueOf(((List<?>) paths).get(0))).normalize();
                if (!weights.startsWith(dir)) {
                    throw new IllegalArgumentException("the weights path " + ((List<?>) paths).get(0) + " leaves the model's folder");
                }
                try {
                    bin = Files.readAllBytes(weights);
                } catch (NoSuchFileException e) {
                    throw new IllegalArgumentException("the weights file " + weights + " that model.json names is missing");
                }
            } else if (paths instanceof List && ((List<?>) paths).size() > 1) {
                throw new IllegalArgumentException("the weights come in " + ((List<?>) paths).size()
                        + " shards; only models with one weights file are read");
            }
        }
        return TfjsModel.read(text, bin);
    }

    /** Writes model.json, the weights and (with preprocessing) the sidecar into {@code dir}. */
    static void write(Path dir, TfjsModel.Files files) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(TfjsModel.MODEL_FILE), files.modelJson(), StandardCharsets.UTF_8);
        Files.write(dir.resolve(TfjsModel.WEIGHTS_FILE), files.weights());
        if (files.sidecar() != null) {
            Files.writeString(dir.resolve(TfjsModel.SIDECAR_FILE), files.sidecar(), StandardCharsets.UTF_8);
        }
    }
}
