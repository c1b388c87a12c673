package playground.server.store;

import java.util.Optional;

/** Where saved experiments live. One small interface; {@link JdbcExperimentStore} is the implementation. */
public interface ExperimentStore extends AutoCloseable {
    /** Stores a new experiment under a fresh id; returns it with the owner's token (which is not stored). */
    Created create(NewExperiment experiment);

    Optional<Experiment> find(String id);

    /** Deletes when the token is the owner's; the result says which of the three things happened. */
    Deletion delete(String id, String ownerToken);

    /** A connection to the database works. */
    boolean healthy();

    @Override
    void close();

    record NewExperiment(String title, String spec, String results, String model, String datasetName, String datasetCsv) {
    }

    record Created(String id, String ownerToken) {
    }

    enum Deletion { DELETED, NOT_FOUND, FORBIDDEN }
}
