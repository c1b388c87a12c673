package playground.engine.experiment;

import java.util.List;
import java.util.Map;
import playground.engine.nn.Summary;
import playground.engine.text.Json;
import playground.engine.train.EpochLog;
import playground.engine.train.Event;
import playground.engine.train.History;

/**
 * The outcome of an experiment: its history and events, and metrics on train, test and validation rows, all taken
 * when it was evaluated (so a run that trains on, sharing its trajectory with longer runs, leaves it as it was).
 */
public final class ExperimentResult {
    public final Experiment experiment;
    /** The spec of this result: the experiment's own, or a shorter run's whose result was taken at its epoch cap. */
    public final playground.engine.spec.ExperimentSpec spec;
    public final Map<String, Double> train;
    public final Map<String, Double> test; // null without test rows
    public final Map<String, Double> val;  // null without validation rows
    private final History history;
    private final int[][] confusion;       // classification: on the test rows (train without them), else null

    ExperimentResult(Experiment e, playground.engine.spec.ExperimentSpec spec, Map<String, Double> train,
            Map<String, Double> test, Map<String, Double> val) {
        this.experiment = e;
        this.spec = spec;
        this.train = train;
        this.test = test;
        this.val = val;
        this.history = e.run.history().copy();
        this.confusion = e.classification ? e.confusion(e.split.test.length > 0 ? e.split.test : e.split.train) : null;
    }

    public History history() {
        return history;
    }

    /** The epoch with the lowest validation loss (or training loss without validation data), 1-based. */
    public int bestEpoch() {
        List<EpochLog> logs = history().logs();
        String key = experiment.split.val.length > 0 ? "val_loss" : "loss";
        int best = 0;
        double bestValue = Double.POSITIVE_INFINITY;
        for (EpochLog l : logs) {
            if (l.get(key) < bestValue) {
                bestValue = l.get(key);
                best = l.epoch;
            }
        }
        return best;
    }

    /**
     * {@code {"spec", "history":[{epoch, loss, mae, val_loss, val_mae, lr}...], "events":[...], "train", "test",
     * "val", "epochs_run", "stopped_early", "diverged", "message", "best_epoch", ["classes", "confusion" (test rows:
     * actual × predicted)], "params":{total, trainable, non_trainable}}}.
     */
    public String toJson() {
        return toJson(true);
    }

    /**
     * As {@link #toJson()}, without the test rows' metrics and confusion when {@code withTest} is false: a search's
     * rows are chosen on validation, and only the chosen one's test figures are reported.
     */
    public String toJson(boolean withTest) {
        StringBuilder sb = new StringBuilder("{\"spec\":").append(spec.toJson()).append(",\"history\":[");
        List<EpochLog> logs = history().logs();
        for (int i = 0; i < logs.size(); i++) {
            EpochLog l = logs.get(i);
            sb.append(i == 0 ? "" : ",").append("{\"epoch\":").append(l.epoch);
            for (Map.Entry<String, Double> e : l.values().entrySet()) {
                sb.append(',').append(Json.quote(e.getKey())).append(':').append(Json.number(e.getValue()));
            }
            sb.append('}');
        }
        sb.append("],\"events\":[");
        List<Event> events = history().events();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            sb.append(i == 0 ? "" : ",").append("{\"epoch\":").append(e.epoch).append(",\"kind\":")
                    .append(Json.quote(e.kind.name().toLowerCase())).append(",\"message\":").append(Json.quote(e.message))
                    .append('}');
        }
        sb.append("],\"train\":").append(Json.write(train));
        if (withTest) {
            sb.append(",\"test\":").append(Json.write(test));
        }
        sb.append(",\"val\":").append(Json.write(val))
                .append(",\"epochs_run\":").append(history().epochs())
                .append(",\"stopped_early\":").append(history().stoppedEarly())
                .append(",\"diverged\":").append(history().diverged())
                .append(",\"message\":").append(history().stopMessage() == null ? "null" : Json.quote(history().stopMessage()))
                .append(",\"best_epoch\":").append(bestEpoch());
        if (experiment.classification && withTest) {
            sb.append(",\"classes\":[");
            for (int i = 0; i < experiment.classes.size(); i++) {
                sb.append(i == 0 ? "" : ",").append(Json.quote(experiment.classes.get(i)));
            }
            sb.append("],\"confusion\":["); // on the test rows: rows are actual classes, columns predicted
            int[][] c = confusion;
            for (int i = 0; i < c.length; i++) {
                sb.append(i == 0 ? "[" : ",[");
                for (int j = 0; j < c[i].length; j++) {
                    sb.append(j == 0 ? "" : ",").append(c[i][j]);
                }
                sb.append(']');
            }
            sb.append(']');
        }
        Summary s = Summary.of(experiment.network);
        sb.append(",\"params\":{\"total\":").append(s.total).append(",\"trainable\":").append(s.trainable)
                .append(",\"non_trainable\":").append(s.nonTrainable()).append("}}");
        return sb.toString();
    }
}
