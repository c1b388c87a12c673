package playground.engine.train;

import java.util.List;
import playground.engine.text.KerasCsv;

/**
 * Writes one CSV line per epoch as Keras 3's CSVLogger does ({@link KerasCsv}: epoch from 0, then the log's keys
 * sorted; {@code learning_rate} only when a callback or schedule of the run puts it in Keras's logs).
 */
public final class CsvLogger implements Callback {
    private final StringBuilder out = new StringBuilder();
    private final boolean rate;
    private List<String> columns;

    /** {@code rate}: whether the run reduces or schedules its rate (ReduceLROnPlateau, a decay), so Keras logs it. */
    public CsvLogger(boolean rate) {
        this.rate = rate;
    }

    @Override
    public void onEpochEnd(TrainingRun run, EpochLog log) {
        if (columns == null) {
            columns = KerasCsv.columns(log.values().keySet(), rate);
            out.append(KerasCsv.header(columns));
        }
        out.append(KerasCsv.row(log.epoch - 1, columns, log.values()));
    }

    /** The CSV so far. */
    public String csv() {
        return out.toString();
    }
}
