package playground.engine.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A rectangular dataset of named, typed columns. */
public final class Table {
    private final List<Column> columns;
    private final int rows;

    public Table(List<Column> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        int n = columns.get(0).size();
        for (Column c : columns) {
            if (c.size() != n) {
                throw new IllegalArgumentException("column '" + c.name + "' has " + c.size() + " rows, expected " + n);
            }
        }
        this.columns = Collections.unmodifiableList(new ArrayList<>(columns));
        this.rows = n;
    }

    public int rows() {
        return rows;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (Column c : columns) {
            names.add(c.name);
        }
        return names;
    }

    /** The column with this name; the error lists the names there are. */
    public Column column(String name) {
        for (Column c : columns) {
            if (c.name.equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no column '" + name + "' (columns: " + String.join(", ", names()) + ")");
    }

    public boolean has(String name) {
        for (Column c : columns) {
            if (c.name.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** A table with only the given rows, in that order. */
    public Table select(int[] rowIndices) {
        List<Column> out = new ArrayList<>();
        for (Column c : columns) {
            out.add(c.select(rowIndices));
        }
        return new Table(out);
    }

    /** The rows where none of the named columns is missing. */
    public int[] completeRows(List<String> names) {
        List<Column> cols = new ArrayList<>();
        for (String n : names) {
            cols.add(column(n));
        }
        int[] keep = new int[rows];
        int k = 0;
        for (int r = 0; r < rows; r++) {
            boolean ok = true;
            for (Column c : cols) {
                if (c.isMissing(r)) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                keep[k++] = r;
            }
        }
        return java.util.Arrays.copyOf(keep, k);
    }
}
