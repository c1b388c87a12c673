package playground.engine.train;

/**
 * The quantity a callback watches and which direction is better ("min" for losses and errors, "max" for
 * accuracies; "auto" picks from the name), with Keras's rule for an improvement: better than the best by more than
 * min_delta.
 */
final class Monitor {
    final String name;
    final boolean maximize;
    final double minDelta;
    double best;
    int bestEpoch;

    Monitor(String name, String mode, double minDelta) {
        this.name = name;
        if (mode.equals("auto")) {
            this.maximize = name.contains("acc") || name.endsWith("r2") || name.contains("f1");
        } else if (mode.equals("min") || mode.equals("max")) {
            this.maximize = mode.equals("max");
        } else {
            throw new IllegalArgumentException("mode must be min, max or auto, was '" + mode + "'");
        }
        if (!(minDelta >= 0)) {
            throw new IllegalArgumentException("min_delta must be >= 0, was " + minDelta);
        }
        this.minDelta = minDelta;
        reset();
    }

    void reset() {
        best = maximize ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        bestEpoch = 0;
    }

    /** The monitored value of this epoch; an error names what the log has when the value is missing. */
    double value(EpochLog log) {
        if (!log.has(name)) {
            throw new IllegalArgumentException("cannot monitor '" + name + "': the epoch log has "
                    + String.join(", ", log.values().keySet()) + (name.startsWith("val_") ? " (is there validation data?)" : ""));
        }
        return log.get(name);
    }

    /** Whether {@code current} improves on the best so far; if so it becomes the best. */
    boolean improved(double current, int epoch) {
        boolean better = maximize ? current - minDelta > best : current + minDelta < best;
        if (better) {
            best = current;
            bestEpoch = epoch;
        }
        return better;
    }
}
