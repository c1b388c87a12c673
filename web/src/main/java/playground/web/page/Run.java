package playground.web.page;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A training run as a page sees it: the epoch logs (Keras's {@code History}), the callbacks' events and the epoch
 * counter. Immutable; {@link #after} applies one of the worker's progress reports. This is the one place that reads
 * a progress report, for the playground, the embeds and the Learn page's frames (which are embeds).
 */
public final class Run {
    public static final Run NONE = new Run(List.of(), List.of(), 0, 0, 0, 0, false, false, null, null, null, null);

    /** The epoch logs, oldest first: {epoch, loss, val_loss, lr, metrics…}. */
    public final List<Map<String, Object>> history;
    /** The callbacks' events: {epoch, kind, message}. */
    public final List<Map<String, Object>> events;
    public final int epoch;
    public final int epochs;
    /** Mini-batches done in the current epoch (0 between epochs), and in an epoch. */
    public final int batch;
    public final int batches;
    public final boolean finished;
    public final boolean diverged;
    /** Why the run stopped (early stopping, divergence), or null. */
    public final String message;
    /** The loss on the test rows after the last step, or null (no test rows, or a recorded run). */
    public final Double testLoss;
    /** The engine's sentence when a step failed, or null. */
    public final String error;
    /** The weights' regularization penalty after the last step (part of the loss), or null. */
    public final Double penalty;

    private Run(List<Map<String, Object>> history, List<Map<String, Object>> events, int epoch, int epochs, int batch,
            int batches, boolean finished, boolean diverged, String message, Double testLoss, String error, Double penalty) {
        this.testLoss = testLoss;
        this.penalty = penalty;
        this.history = history;
        this.events = events;
        this.epoch = epoch;
        this.epochs = epochs;
        this.batch = batch;
        this.batches = batches;
        this.finished = finished;
        this.diverged = diverged;
        this.message = message;
        this.error = error;
    }

    /** A run as saved with an experiment: its history and events, finished at its last epoch. */
    public static Run recorded(List<Map<String, Object>> history, List<Map<String, Object>> events) {
        int last = history.isEmpty() ? 0 : integer(history.get(history.size() - 1).get("epoch"));
        return new Run(Collections.unmodifiableList(new ArrayList<>(history)),
                Collections.unmodifiableList(new ArrayList<>(events)), last, last, 0, 0, true, false, null, null, null, null);
    }

    /**
     * This run with one progress report applied: {epoch, epochs, log, events, finished, diverged, message} or
     * {error}. A log for an epoch already recorded (a batch step inside it) is not recorded twice.
     */
    @SuppressWarnings("unchecked")
    public Run after(Map<String, Object> progress) {
        if (progress.get("error") != null) {
            return new Run(history, events, epoch, epochs, batch, batches, finished, diverged, message, testLoss,
                    (String) progress.get("error"), penalty);
        }
        List<Map<String, Object>> h = history;
        Map<String, Object> log = (Map<String, Object>) progress.get("log");
        if (log != null && (h.isEmpty() || !h.get(h.size() - 1).get("epoch").equals(log.get("epoch")))) {
            h = new ArrayList<>(h);
            h.add(log);
            h = Collections.unmodifiableList(h);
        }
        List<Map<String, Object>> e = events;
        List<Map<String, Object>> fresh = (List<Map<String, Object>>) progress.get("events");
        if (fresh != null && !fresh.isEmpty()) {
            e = new ArrayList<>(e);
            e.addAll(fresh);
            e = Collections.unmodifiableList(e);
        }
        return new Run(h, e, integer(progress.get("epoch")), integer(progress.get("epochs")), integer(progress.get("batch")),
                integer(progress.get("batches")), Boolean.TRUE.equals(progress.get("finished")), Boolean.TRUE.equals(progress.get("diverged")),
                (String) progress.get("message"), progress.get("test_loss") instanceof Double ? (Double) progress.get("test_loss") : null,
                null, progress.get("penalty") instanceof Double ? (Double) progress.get("penalty") : null);
    }

    /** This run with the test loss the weights give now (after a weight set by hand). */
    public Run withTestLoss(Double loss) {
        return new Run(history, events, epoch, epochs, batch, batches, finished, diverged, message, loss, error, penalty);
    }

    /** The last epoch's log, or null before the first epoch. */
    public Map<String, Object> last() {
        return history.isEmpty() ? null : history.get(history.size() - 1);
    }

    /** Trained epochs out of planned ones, from 0 to 1. */
    public double fraction() {
        return epochs > 0 ? (double) epoch / epochs : 0;
    }

    /** "epoch 12: reduced the learning rate to 0.0005 · epoch 20: stopped early": the events worth reading. */
    public String marks() {
        StringBuilder sb = new StringBuilder();
        for (Map<String, Object> e : events) {
            if (!"best".equals(e.get("kind"))) {
                sb.append(sb.length() == 0 ? "" : " · ").append("epoch ").append(integer(e.get("epoch"))).append(": ")
                        .append(e.get("message"));
            }
        }
        return sb.toString();
    }

    static int integer(Object v) {
        return v instanceof Number ? ((Number) v).intValue() : 0;
    }
}
