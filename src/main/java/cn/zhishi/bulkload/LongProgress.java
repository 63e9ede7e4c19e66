package cn.zhishi.bulkload;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of a long run on the console: done of total, rate and estimated time left, at most every
 * two seconds. Also readable by a page ({@link #snapshot}).
 */
public final class LongProgress {

    private final String what;
    private final String unit;
    private final PrintStream out;
    private final long started = System.nanoTime();
    private volatile long total;
    private volatile long done;
    private long lastPrinted;

    public LongProgress(String what, String unit, long total, PrintStream out) {
        this.what = what;
        this.unit = unit;
        this.total = total;
        this.out = out;
    }

    public static LongProgress silent() {
        return new LongProgress("", "", 0, null);
    }

    public void total(long total) {
        this.total = total;
    }

    public void advance(long doneSoFar) {
        this.done = doneSoFar;
        long now = System.nanoTime();
        if (out != null && now - lastPrinted > 2_000_000_000L) {
            lastPrinted = now;
            out.println(snapshot());
        }
    }

    public void finish() {
        if (out != null) {
            out.println(snapshot());
        }
    }

    public String what() {
        return what;
    }

    public long done() {
        return done;
    }

    /** The expected total, 0 when unknown. */
    public long total() {
        return total;
    }

    public double seconds() {
        return Math.max(1e-3, (System.nanoTime() - started) / 1e9);
    }

    public double ratePerSecond() {
        return done / seconds();
    }

    /** Seconds left at the rate so far; -1 when the total or the rate is unknown. */
    public long etaSeconds() {
        double rate = ratePerSecond();
        return total > 0 && rate > 0 ? Math.round(Math.max(0, total - done) / rate) : -1;
    }

    public String snapshot() {
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        double rate = done / seconds;
        String eta = total > 0 && rate > 0 ? String.format(Locale.ROOT, ", ETA %.0f s", (total - done) / rate) : "";
        String of = total > 0 ? String.format(Locale.ROOT, " of %,d", total) : "";
        return String.format(Locale.ROOT, "%s: %,d%s %s, %,.0f %s/s, %.1f s%s", what, done, of, unit, rate, unit,
                seconds, eta);
    }
}
