package playground.engine.train;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The numbers of one finished epoch, by Keras's names: loss, val_loss, mae, val_mae, accuracy, ..., lr. */
public final class EpochLog {
    public final int epoch; // 1-based
    private final Map<String, Double> values = new LinkedHashMap<>();

    EpochLog(int epoch) {
        this.epoch = epoch;
    }

    void put(String name, double value) {
        values.put(name, value);
    }

    /** The value, or NaN when the epoch did not record it (no validation data, for instance). */
    public double get(String name) {
        Double v = values.get(name);
        return v == null ? Double.NaN : v;
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public Map<String, Double> values() {
        return Collections.unmodifiableMap(values);
    }
}
