package playground.engine.train;

import java.util.ArrayList;
import java.util.List;
import playground.engine.text.Numbers;

/** Writes one CSV line per epoch — epoch, then the log's values (loss, metrics, val metrics, lr) — like Keras's CSVLogger. */
public final class CsvLogger implements Callback {
    private final StringBuilder out = new StringBuilder();
    private List<String> columns;

    @Override
    public void onEpochEnd(TrainingRun run, EpochLog log) {
        if (columns == null) {
            columns = new ArrayList<>(log.values().keySet());
            out.append("epoch");
            for (String c : columns) {
                out.append(',').append(c);
            }
            out.append('\n');
        }
        out.append(log.epoch - 1); // Keras numbers epochs from 0 in its CSV
        for (String c : columns) {
            double v = log.get(c);
            out.append(',').append(Double.isNaN(v) ? "" : Numbers.format(v));
        }
        out.append('\n');
    }

    /** The CSV so far. */
    public String csv() {
        return out.toString();
    }
}
