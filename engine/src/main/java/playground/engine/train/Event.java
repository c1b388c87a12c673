package playground.engine.train;

/** Something a callback did, for the log and for marks on the loss chart. */
public final class Event {
    public enum Kind { BEST, LR_REDUCED, EARLY_STOP, RESTORED, DIVERGED }

    public final int epoch;
    public final Kind kind;
    public final String message;

    public Event(int epoch, Kind kind, String message) {
        this.epoch = epoch;
        this.kind = kind;
        this.message = message;
    }

    @Override
    public String toString() {
        return "epoch " + epoch + ": " + message;
    }
}
