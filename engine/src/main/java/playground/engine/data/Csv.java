package playground.engine.data;

import java.util.ArrayList;
import java.util.List;
import playground.engine.text.Numbers;

/**
 * Reads CSV text into a {@link Table}: RFC 4180 quoting (delimiters, quotes and line breaks inside quoted fields),
 * LF or CRLF line ends, a byte-order mark, the delimiter detected among comma, semicolon and tab, the header
 * detected (a first line of names over numeric data), and column types inferred (a column is numeric when every
 * non-missing cell is a number; "", "NA", "N/A", "NaN", "null", "?" count as missing). Types can be overridden.
 * Every error names the line and, where it applies, the column: {@code line 17, column 'bmi': ...}.
 */
public final class Csv {
    /** Limits and overrides; the defaults suit files a person uploads into a browser. */
    public static final class Options {
        public char delimiter;               // 0 = detect
        public Boolean header;               // null = detect
        public int maxBytes = 20 * 1024 * 1024;
        public int maxColumns = 500;
        public int maxRows = 1_000_000;
        /** Column names forced to categorical even when their cells are numbers (e.g. zip codes). */
        public List<String> categorical = new ArrayList<>();
        /** Column names forced to numeric: then every non-missing cell must be a number. */
        public List<String> numeric = new ArrayList<>();
    }

    private static final String[] MISSING = {"", "na", "n/a", "nan", "null", "?", "none"};

    private Csv() {
    }

    public static Table parse(String text) {
        return parse(text, new Options());
    }

    public static Table parse(String text, Options o) {
        if (text.length() > o.maxBytes) {
            throw new IllegalArgumentException("the file is " + megabytes(text.length()) + ", more than the limit of "
                    + megabytes(o.maxBytes));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char delimiter = o.delimiter != 0 ? o.delimiter : detectDelimiter(text);
        List<String[]> records = new ArrayList<>();
        List<Integer> lineOf = new ArrayList<>();
        readRecords(text, delimiter, records, lineOf, o);
        if (records.isEmpty()) {
            throw new IllegalArgumentException("the file is empty");
        }
        int width = records.get(0).length;
        if (width > o.maxColumns) {
            throw new IllegalArgumentException("the file has " + width + " columns, more than the limit of " + o.maxColumns);
        }
        for (int r = 0; r < records.size(); r++) {
            if (records.get(r).length != width) {
                throw new IllegalArgumentException("line " + lineOf.get(r) + " has " + records.get(r).length
                        + " fields, but line " + lineOf.get(0) + " has " + width
                        + (delimiter == ',' ? "" : " (delimiter '" + name(delimiter) + "')"));
            }
        }
        boolean header = o.header != null ? o.header : looksLikeHeader(records);
        String[] names = new String[width];
        for (int j = 0; j < width; j++) {
            names[j] = header ? records.get(0)[j].trim() : "column_" + (j + 1);
            if (names[j].isEmpty()) {
                names[j] = "column_" + (j + 1);
            }
            for (int k = 0; k < j; k++) {
                if (names[k].equals(names[j])) {
                    throw new IllegalArgumentException("line " + lineOf.get(0) + ": the column name '" + names[j]
                            + "' appears twice");
                }
            }
        }
        int first = header ? 1 : 0;
        int rows = records.size() - first;
        if (rows == 0) {
            throw new IllegalArgumentException("the file has a header but no data rows");
        }
        if (rows > o.maxRows) {
            throw new IllegalArgumentException("the file has " + rows + " rows, more than the limit of " + o.maxRows);
        }
        List<Column> columns = new ArrayList<>();
        for (int j = 0; j < width; j++) {
            columns.add(column(names[j], j, records, lineOf, first, o));
        }
        return new Table(columns);
    }

    private static Column column(String name, int j, List<String[]> records, List<Integer> lineOf, int first, Options o) {
        int rows = records.size() - first;
        boolean forcedCategorical = o.categorical.contains(name);
        boolean forcedNumeric = o.numeric.contains(name);
        double[] numbers = new double[rows];
        boolean allNumeric = !forcedCategorical;
        boolean any = false;
        for (int r = 0; r < rows && allNumeric; r++) {
            String cell = records.get(first + r)[j].trim();
            if (isMissing(cell)) {
                numbers[r] = Double.NaN;
                continue;
            }
            Double v = number(cell);
            if (v == null) {
                if (forcedNumeric) {
                    throw new IllegalArgumentException("line " + lineOf.get(first + r) + ", column '" + name + "': '"
                            + cell + "' is not a number");
                }
                allNumeric = false;
            } else {
                numbers[r] = v;
                any = true;
            }
        }
        if (allNumeric && (any || forcedNumeric)) {
            return Column.numeric(name, numbers);
        }
        String[] strings = new String[rows];
        for (int r = 0; r < rows; r++) {
            String cell = records.get(first + r)[j].trim();
            strings[r] = isMissing(cell) ? null : cell;
        }
        return Column.categorical(name, strings);
    }

    static boolean isMissing(String cell) {
        String c = cell.toLowerCase();
        for (String m : MISSING) {
            if (c.equals(m)) {
                return true;
            }
        }
        return false;
    }

    /** The cell as a finite number, or null. Accepts 1, -2.5, 1e-3, .5; not "1,5", hex, "Infinity". */
    static Double number(String s) {
        int n = s.length();
        if (n == 0) {
            return null;
        }
        boolean digit = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (!(c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return null;
            }
        }
        if (!digit) {
            return null;
        }
        try {
            double v = Numbers.parse(s);
            return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The delimiter among , ; tab that splits the first lines into the most, equally many, fields. */
    static char detectDelimiter(String text) {
        char[] candidates = {',', ';', '\t'};
        char best = ',';
        int bestScore = 0;
        for (char d : candidates) {
            List<String[]> sample = new ArrayList<>();
            try {
                Options o = new Options();
                o.maxRows = Integer.MAX_VALUE;
                readRecords(text.length() > 20_000 ? text.substring(0, 20_000) : text, d, sample, new ArrayList<>(), o);
            } catch (IllegalArgumentException e) {
                continue; // an unterminated quote in the truncated sample, for instance
            }
            int lines = Math.min(sample.size(), 20);
            if (lines == 0) {
                continue;
            }
            int width = sample.get(0).length;
            boolean consistent = true;
            for (int i = 1; i < lines - 1; i++) { // the last sampled line may be cut short
                consistent &= sample.get(i).length == width;
            }
            int score = consistent && width > 1 ? width : 0;
            if (score > bestScore) {
                bestScore = score;
                best = d;
            }
        }
        return best;
    }

    /** A header when the first line has no numbers but some column below it is numeric. */
    static boolean looksLikeHeader(List<String[]> records) {
        String[] first = records.get(0);
        for (String cell : first) {
            if (number(cell.trim()) != null) {
                return false;
            }
        }
        if (records.size() == 1) {
            return true;
        }
        for (int j = 0; j < first.length; j++) {
            for (int r = 1; r < Math.min(records.size(), 50); r++) {
                if (number(records.get(r)[j].trim()) != null) {
                    return true;
                }
            }
        }
        // All-text data: a header if the first line's cells never appear again in their columns.
        for (int j = 0; j < first.length; j++) {
            for (int r = 1; r < records.size(); r++) {
                if (records.get(r)[j].trim().equals(first[j].trim())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void readRecords(String text, char d, List<String[]> out, List<Integer> lineOf, Options o) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean fieldStarted = false;
        int quoteLine = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                continue;
            }
            if (c == '"' && field.toString().trim().isEmpty()) {
                quoted = true;
                quoteLine = line;
                field.setLength(0);
                fieldStarted = true;
            } else if (c == d) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRecord(fields, field, fieldStarted, out, lineOf, recordLine, o);
                fieldStarted = false;
                line++;
                recordLine = line;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + quoteLine + ": a quoted field is never closed");
        }
        endRecord(fields, field, fieldStarted, out, lineOf, recordLine, o);
    }

    private static void endRecord(List<String> fields, StringBuilder field, boolean started, List<String[]> out,
            List<Integer> lineOf, int line, Options o) {
        if (!started && fields.isEmpty()) {
            return; // a blank line
        }
        fields.add(field.toString());
        field.setLength(0);
        if (fields.size() > o.maxColumns) {
            throw new IllegalArgumentException("line " + line + " has " + fields.size()
                    + " fields, more than the limit of " + o.maxColumns + " columns");
        }
        if (out.size() > o.maxRows) {
            throw new IllegalArgumentException("the file has more than " + o.maxRows + " rows, the limit");
        }
        out.add(fields.toArray(new String[0]));
        lineOf.add(line);
        fields.clear();
    }

    private static String name(char d) {
        return d == '\t' ? "tab" : String.valueOf(d);
    }

    private static String megabytes(int chars) {
        return (chars / 104858) / 10.0 + " MB";
    }
}
