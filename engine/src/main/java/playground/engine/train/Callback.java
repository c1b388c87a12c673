package playground.engine.train;

/** Hooks into a {@link TrainingRun}, with Keras's callback semantics. */
public interface Callback {
    default void onTrainBegin(TrainingRun run) {
    }

    /** After every epoch, with its numbers; may lower the learning rate, stop the run, keep weights. */
    default void onEpochEnd(TrainingRun run, EpochLog log) {
    }

    /**
     * Once, when the run has finished (all epochs, stopped early, or diverged). It may act on the run's network and
     * history only (restore weights, log an event): {@link TrainingRun#asIfEnded} calls it to see a shorter run's
     * end and then undoes exactly those two.
     */
    default void onTrainEnd(TrainingRun run) {
    }
}
