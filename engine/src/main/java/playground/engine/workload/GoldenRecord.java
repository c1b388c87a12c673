package playground.engine.workload;

import java.util.List;
import java.util.Map;
import playground.engine.data.Synthetic;
import playground.engine.data.Table;
import playground.engine.experiment.Experiment;
import playground.engine.experiment.ExperimentResult;
import playground.engine.spec.ExperimentSpec;
import playground.engine.train.EpochLog;
import playground.engine.train.Event;

/**
 * The bit-exact record of a finished experiment, as diffable text: every logged number of every epoch, every
 * callback event, the final metrics and the final parameters, each double as the hex of its IEEE bits. A golden
 * file is a spec line followed by this record; the JVM test and the browser's runtime check recompute it from the
 * spec and require the same text, so no change of semantics or kernels can alter a recorded run unnoticed.
 */
public final class GoldenRecord {
    /** Tensors up to this size are written value by value; larger ones as a hash of all their bits. */
    private static final int FULL_TENSOR = 256;

    private GoldenRecord() {
    }

    /**
     * Runs the experiment a spec query describes and returns its record. A synthetic dataset is generated from the
     * spec; any other is {@code table}. A query with an ignored part is an error: a golden spec must mean exactly
     * what it says.
     */
    public static String run(String query, Table table) {
        ExperimentSpec.Decoded d = ExperimentSpec.fromQuery(query);
        if (!d.ignored.isEmpty()) {
            throw new IllegalArgumentException("golden spec '" + query + "': " + String.join("; ", d.ignored));
        }
        ExperimentSpec spec = d.spec;
        String data = spec.get("data");
        Table t = Synthetic.isSynthetic(data)
                ? Synthetic.table(data, spec.integer("n"), spec.number("noise"), spec.seed("data_seed")) : table;
        if (t == null) {
            throw new IllegalArgumentException("golden spec '" + query + "' needs the table of '" + data + "'");
        }
        return of(Experiment.runToEnd(spec, t, null, List.of()));
    }

    /** The spec query of a golden file's text: its first line, "spec QUERY". */
    public static String specOf(String file) {
        int nl = file.indexOf('\n');
        if (!file.startsWith("spec ") || nl < 0) {
            throw new IllegalArgumentException("a golden file starts with a line 'spec QUERY'");
        }
        return file.substring(5, nl);
    }

    /** The record of a golden file's text: everything after its spec line. */
    public static String recordOf(String file) {
        specOf(file);
        return file.substring(file.indexOf('\n') + 1);
    }

    public static String of(ExperimentResult r) {
        StringBuilder sb = new StringBuilder();
        for (EpochLog l : r.history().logs()) {
            sb.append("epoch ").append(l.epoch);
            for (Map.Entry<String, Double> e : l.values().entrySet()) {
                sb.append(' ').append(e.getKey()).append('=').append(hex(e.getValue()));
            }
            sb.append('\n');
        }
        for (Event e : r.history().events()) {
            sb.append("event ").append(e.epoch).append(' ').append(e.kind.name()).append('\n');
        }
        metrics(sb, "train", r.train);
        metrics(sb, "test", r.test);
        metrics(sb, "val", r.val);
        double[][] params = r.experiment.network.snapshot();
        for (int i = 0; i < params.length; i++) {
            sb.append("param ").append(i).append(" n=").append(params[i].length);
            if (params[i].length <= FULL_TENSOR) {
                for (double v : params[i]) {
                    sb.append(' ').append(hex(v));
                }
            } else {
                long hash = 1125899906842597L;
                for (double v : params[i]) {
                    hash = 31 * hash + Double.doubleToLongBits(v);
                }
                sb.append(" hash=").append(Long.toHexString(hash));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void metrics(StringBuilder sb, String part, Map<String, Double> m) {
        if (m == null) {
            return;
        }
        sb.append(part);
        for (Map.Entry<String, Double> e : m.entrySet()) {
            sb.append(' ').append(e.getKey()).append('=').append(hex(e.getValue()));
        }
        sb.append('\n');
    }

    private static String hex(double v) {
        return Long.toHexString(Double.doubleToLongBits(v));
    }
}
