package playground.engine.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What a training run recorded: every finished epoch's log, the callbacks' events, and why it stopped. */
public final class History {
    private final List<EpochLog> logs = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private String stopMessage;
    private boolean diverged;

    void addEpoch(EpochLog log) {
        logs.add(log);
    }

    void addEvent(Event e) {
        events.add(e);
    }

    /** Drops the events after the first {@code n} (a look at the run as if it had ended, undone). */
    void truncateEvents(int n) {
        events.subList(n, events.size()).clear();
    }

    /** A copy as it is now: later epochs and events of the run do not reach it. */
    public History copy() {
        History h = new History();
        h.logs.addAll(logs);
        h.events.addAll(events);
        h.stopMessage = stopMessage;
        h.diverged = diverged;
        return h;
    }

    void stop(String message, boolean divergence) {
        stopMessage = message;
        diverged = divergence;
    }

    public List<EpochLog> logs() {
        return Collections.unmodifiableList(logs);
    }

    public List<Event> events() {
        return Collections.unmodifiableList(events);
    }

    /** One value per finished epoch: "loss", "val_loss", "lr", "mae", ... (NaN where not recorded). */
    public List<Double> series(String name) {
        List<Double> out = new ArrayList<>();
        for (EpochLog l : logs) {
            out.add(l.get(name));
        }
        return out;
    }

    public List<Double> loss() {
        return series("loss");
    }

    public List<Double> learningRate() {
        return series("lr");
    }

    public int epochs() {
        return logs.size();
    }

    public double lastLoss() {
        return logs.isEmpty() ? Double.NaN : logs.get(logs.size() - 1).get("loss");
    }

    /** True when training stopped because the loss became NaN or infinite. */
    public boolean diverged() {
        return diverged;
    }

    /** True when a callback or the user ended training before the last epoch (not divergence). */
    public boolean stoppedEarly() {
        return stopMessage != null && !diverged;
    }

    /** A sentence for the user when training stopped early, else null. */
    public String stopMessage() {
        return stopMessage;
    }
}
