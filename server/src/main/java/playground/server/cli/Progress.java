package playground.server.cli;

import java.io.PrintStream;
import java.util.Locale;

/** A one-line progress bar with ETA on a terminal's stderr; silent when output is piped or redirected. */
final class Progress {
    private final PrintStream err = System.err;
    private final boolean enabled = System.console() != null;
    private final long start = System.nanoTime();
    private final String label;
    private final int total;

    Progress(String label, int total) {
        this.label = label;
        this.total = Math.max(total, 1);
    }

    void update(int done, String detail) {
        if (!enabled) {
            return;
        }
        double f = Math.min(1, (double) done / total);
        int width = 30;
        int filled = (int) Math.round(f * width);
        double elapsed = (System.nanoTime() - start) / 1e9;
        String eta = done == 0 ? "?" : formatSeconds(elapsed / done * (total - done));
        err.printf(Locale.ROOT, "\r%s [%s%s] %d/%d  %s  ETA %s   ", label, "#".repeat(filled), ".".repeat(width - filled),
                done, total, detail, eta);
        err.flush();
    }

    void done() {
        if (enabled) {
            err.print("\r" + " ".repeat(100) + "\r");
            err.flush();
        }
    }

    static String formatSeconds(double s) {
        return s < 60 ? String.format(Locale.ROOT, "%.0fs", s) : String.format(Locale.ROOT, "%dm%02ds", (int) s / 60, (int) s % 60);
    }
}
