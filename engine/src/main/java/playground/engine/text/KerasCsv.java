package playground.engine.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The layout of Keras 3's {@code CSVLogger}, in one place for the CLI's {@code --log-csv} and the page's training-log
 * download: {@code epoch} (from 0) first, then the epoch log's keys in plain string order, fixed at the first epoch;
 * without any {@code val_} key a {@code val_} column of each follows, "NA" throughout (Keras's placeholder). The
 * rate is a column only where Keras's logs carry it — a callback that writes {@code logs["learning_rate"]}
 * (ReduceLROnPlateau, a learning-rate scheduler) — under that name.
 */
public final class KerasCsv {
    private KerasCsv() {
    }

    /** The engine's name of the rate in an epoch log. */
    public static final String ENGINE_RATE = "lr";
    /** Keras's. */
    public static final String KERAS_RATE = "learning_rate";

    /** Whether Keras's logs carry the rate for a spec's {@code rlr} and {@code decay}: either changes the rate. */
    public static boolean logsRate(String rlr, String decay) {
        return !rlr.equals("off") || !decay.equals("constant");
    }

    /** The columns after {@code epoch} for an epoch log's keys (the engine's names); {@code rate}: whether Keras logs it. */
    public static List<String> columns(Collection<String> keys, boolean rate) {
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            if (k.equals(ENGINE_RATE)) {
                if (rate) {
                    out.add(KERAS_RATE);
                }
            } else if (!k.equals("epoch")) {
                out.add(k);
            }
        }
        out.sort(null); // Python's sorted(): by UTF-16 code units, as String.compareTo
        boolean validation = false;
        for (String k : out) {
            validation |= k.startsWith("val_");
        }
        if (!validation) {
            int n = out.size();
            for (int i = 0; i < n; i++) {
                out.add("val_" + out.get(i));
            }
        }
        return out;
    }

    /** The header line, with its newline. */
    public static String header(List<String> columns) {
        StringBuilder sb = new StringBuilder("epoch");
        for (String c : columns) {
            sb.append(',').append(c);
        }
        return sb.append('\n').toString();
    }

    /** One row: the epoch from 0, then each column's value from {@code values} (engine names), "NA" where absent. */
    public static String row(long epochFromZero, List<String> columns, Map<String, Double> values) {
        StringBuilder sb = new StringBuilder(Long.toString(epochFromZero));
        for (String c : columns) {
            Double v = values.get(c.equals(KERAS_RATE) ? ENGINE_RATE : c);
            sb.append(',').append(v == null ? "NA" : v.isNaN() ? "nan" : v.isInfinite() ? (v > 0 ? "inf" : "-inf")
                    : Numbers.format(v)); // Python's str() of nan and inf
        }
        return sb.append('\n').toString();
    }
}
