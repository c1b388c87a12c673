package playground.server.store;

import java.time.Instant;

/**
 * A saved experiment as stored: the spec (its URL query string), the results the browser recorded (JSON), and
 * optionally the trained model (the JSON that {@code predict} loads) and the user's dataset.
 */
public record Experiment(String id, String title, String spec, String results, String model, String datasetName,
        String datasetCsv, Instant created) {
}
