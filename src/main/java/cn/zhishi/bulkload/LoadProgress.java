package cn.zhishi.bulkload;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a running city load is: the file and phase at hand with rows, rate and time left (printed on
 * the console when there is one, and read by the admin page), the rejects so far, the files done, and
 * at the end the report or the error.
 */
public final class LoadProgress {

    private final PrintStream console;
    private final List<FileCounts> done = new ArrayList<>();
    private volatile LongProgress current = LongProgress.silent();
    private volatile String file = "";
    private volatile String phase = "starting";
    private volatile long rejects;
    private volatile LoadReport report;
    private volatile String error;

    public LoadProgress(PrintStream console) {
        this.console = console;
    }

    /** Progress nobody watches (tests). */
    public static LoadProgress quiet() {
        return new LoadProgress(null);
    }

    /** Starts a phase (staging, checking, inserting, search-index …) of a file, with its expected rows (0: unknown). */
    LongProgress phase(String file, String phase, long expected) {
        if (console != null && current.done() > 0) {
            current.finish();
        }
        if (console != null && !this.phase.equals("starting")) {
            console.printf("%s: %s took %.1f s%n", this.file, this.phase, current.seconds());
        }
        this.file = file;
        this.phase = phase;
        this.current = new LongProgress(file + " " + phase, "rows", expected, console);
        if (console != null) {
            console.println(file + ": " + phase);
        }
        return current;
    }

    synchronized void fileDone(FileCounts counts) {
        done.add(counts);
        if (console != null) {
            console.printf("%-26s read %,d  inserted %,d  present %,d  rejected %,d (%.1f s)%n", counts.file(), counts.read(),
                    counts.inserted(), counts.present(), counts.rejected(), current.seconds());
        }
    }

    void rejects(long rejects) {
        this.rejects = rejects;
    }

    void finished(LoadReport report) {
        this.report = report;
        this.phase = "done";
    }

    void failed(String error) {
        this.error = error;
        this.phase = "failed";
    }

    public Snapshot snapshot() {
        LongProgress p = current;
        synchronized (this) {
            return new Snapshot(file, phase, p.done(), p.total(), Math.round(p.ratePerSecond()), p.etaSeconds(), rejects,
                    List.copyOf(done), report, error);
        }
    }

    /** A consistent view for a page. {@code etaSeconds} is -1 when unknown. */
    public record Snapshot(String file, String phase, long rows, long expected, long ratePerSecond, long etaSeconds,
            long rejects, List<FileCounts> filesDone, LoadReport report, String error) {

        public boolean finished() {
            return report != null || error != null;
        }
    }
}
