package org.kaifang.progress;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/**
 * A one-line progress bar on the terminal for a long step: rows done, rate and time left,
 * redrawn in place at most four times a second. It draws only on an interactive terminal; in
 * CI, cron, a pipe or a log it is silent, so logs hold no carriage returns.
 */
public final class ProgressBar {

    private static final int WIDTH = 24;
    private static final long REDRAW_NANOS = 250_000_000L;

    private final String label;
    private final PrintStream out;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private boolean drawn;

    private ProgressBar(String label, PrintStream out) {
        this.label = label;
        this.out = out;
    }

    /** A bar on standard error if this process runs on a terminal outside CI, else a silent one. */
    public static ProgressBar forTerminal(String label) {
        return new ProgressBar(label, drawsHere(System.console() != null, System.getenv()) ? System.err : null);
    }

    /** Whether to draw: on a terminal that is not dumb, and not in CI (CI sets CI=true). */
    static boolean drawsHere(boolean terminal, Map<String, String> environment) {
        return terminal && !"dumb".equals(environment.get("TERM"))
                && !"true".equalsIgnoreCase(environment.getOrDefault("CI", ""));
    }

    static ProgressBar to(String label, PrintStream out) {
        return new ProgressBar(label, out);
    }

    /** Whether this bar shows anything: callers can skip work only the bar needs. */
    public boolean draws() {
        return out != null;
    }

    /** @param fraction 0..1 of the work done; rows as counted so far */
    public void update(double fraction, long rows) {
        if (out == null) {
            return;
        }
        long now = System.nanoTime();
        if (drawn && now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastDrawn = now;
        drawn = true;
        out.print("\r" + line(label, fraction, rows, (now - started) / 1e9) + "\u001b[K");
        out.flush();
    }

    /** Ends the bar's line, so what is printed next starts on its own. */
    public void finish() {
        if (out != null && drawn) {
            out.println();
            out.flush();
        }
    }

    /** "label [#######-------]  45%  4,500,000 rows  1,234,567 rows/s  ETA 0:06". */
    static String line(String label, double fraction, long rows, double seconds) {
        double done = Math.max(0, Math.min(1, fraction));
        int filled = (int) Math.round(done * WIDTH);
        String rate = seconds > 0 ? String.format(Locale.ROOT, "%,d rows/s", Math.round(rows / seconds)) : "";
        String eta = done > 0.01 && done < 1 ? "ETA " + clock(seconds * (1 - done) / done) : done >= 1 ? "done" : "";
        return String.format(Locale.ROOT, "%s [%s%s] %3d%%  %,d rows  %s  %s", label, "#".repeat(filled),
                "-".repeat(WIDTH - filled), Math.round(done * 100), rows, rate, eta).stripTrailing();
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
