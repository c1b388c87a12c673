package playground.engine.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import playground.engine.data.Column;
import playground.engine.data.Table;
import playground.engine.text.Json;

/**
 * "Become one with the data": per column its type, missing count, range and mean, and a histogram (numbers, 12
 * equal bins) or the counts of its most frequent categories (text, up to 12); plus the first rows as text.
 */
final class Profile {
    static final int BINS = 12;
    static final int HEAD_ROWS = 8;

    private Profile() {
    }

    static String of(Table t) {
        StringBuilder sb = new StringBuilder("{\"rows\":").append(t.rows()).append(",\"columns\":[");
        List<Column> cols = t.columns();
        for (int j = 0; j < cols.size(); j++) {
            Column c = cols.get(j);
            sb.append(j == 0 ? "" : ",").append("{\"name\":").append(Json.quote(c.name)).append(",\"type\":")
                    .append(Json.quote(c.numeric ? "number" : "text")).append(",\"missing\":").append(c.missingCount());
            if (c.numeric) {
                numeric(sb, c);
            } else {
                categorical(sb, c);
            }
            sb.append('}');
        }
        sb.append("],\"head\":[");
        for (int r = 0; r < Math.min(HEAD_ROWS, t.rows()); r++) {
            List<String> cells = new ArrayList<>();
            for (Column c : cols) {
                cells.add(c.text(r));
            }
            sb.append(r == 0 ? "" : ",").append(Session.strings(cells));
        }
        return sb.append("]}").toString();
    }

    private static void numeric(StringBuilder sb, Column c) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        int n = 0;
        for (double v : c.numbers) {
            if (!Double.isNaN(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
                sum += v;
                n++;
            }
        }
        if (n == 0) {
            return;
        }
        int[] counts = new int[BINS];
        double width = (max - min) / BINS;
        for (double v : c.numbers) {
            if (!Double.isNaN(v)) {
                int b = width == 0 ? 0 : (int) ((v - min) / width);
                counts[Math.min(b, BINS - 1)]++;
            }
        }
        sb.append(",\"min\":").append(Json.number(min)).append(",\"max\":").append(Json.number(max))
                .append(",\"mean\":").append(Json.number(sum / n)).append(",\"histogram\":[");
        for (int b = 0; b < BINS; b++) {
            sb.append(b == 0 ? "" : ",").append(counts[b]);
        }
        sb.append(']');
    }

    private static void categorical(StringBuilder sb, Column c) {
        Map<String, Integer> counts = new HashMap<>();
        for (String s : c.strings) {
            if (s != null) {
                counts.put(s, counts.getOrDefault(s, 0) + 1);
            }
        }
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        Collections.sort(entries, (a, b) -> b.getValue() != a.getValue().intValue() ? b.getValue() - a.getValue()
                : a.getKey().compareTo(b.getKey()));
        sb.append(",\"distinct\":").append(entries.size()).append(",\"categories\":[");
        for (int i = 0; i < Math.min(BINS, entries.size()); i++) {
            sb.append(i == 0 ? "" : ",").append("{\"value\":").append(Json.quote(entries.get(i).getKey()))
                    .append(",\"count\":").append(entries.get(i).getValue()).append('}');
        }
        sb.append(']');
    }
}
