package cn.zhishi.bulkload;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.postgresql.PGConnection;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code --command=load-benchmark --in=DIR [--with-index]}: the yardstick for the loader. First the raw
 * baseline — every file COPYed from the client (what {@code psql \copy} does) into bare tables of
 * text columns in a scratch schema, which is dropped again; then the real load of the same directory
 * into this database, which must hold no units yet; prints both times and their ratio. With
 * {@code --with-index} it then rebuilds the search index and prints that time apart. PostgreSQL only.
 */
@Component
@ConditionalOnProperty(name = "command", havingValue = "load-benchmark")
class LoadBenchmarkCommand implements ApplicationRunner, ExitCodeGenerator {

    private final CityLoader loader;
    private final JdbcTemplate jdbc;
    private final List<AfterCityLoad> afterLoad;
    private int exitCode = 1;

    LoadBenchmarkCommand(CityLoader loader, JdbcTemplate jdbc, List<AfterCityLoad> afterLoad) {
        this.loader = loader;
        this.jdbc = jdbc;
        this.afterLoad = afterLoad;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        Path in = Path.of(CommandArgs.required(args, "in"));
        Path rejects = Path.of(CommandArgs.optional(args, "rejects", in.resolve("rejects.csv").toString()));
        if (jdbc.execute((Connection c) -> Database.of(c)) != Database.POSTGRESQL) {
            throw new IllegalStateException("load-benchmark compares with COPY: run it on PostgreSQL");
        }
        Long units = jdbc.queryForObject("select count(*) from org_unit", Long.class);
        if (units != null && units > 0) {
            throw new IllegalStateException("load-benchmark loads into an empty registry: use a fresh database");
        }
        List<CityFile> files = CityLoader.filesIn(in);

        checkpoint();
        long raw = rawCopy(in, files);
        System.out.printf("raw COPY of %d files into bare text tables: %.1f s%n", files.size(), raw / 1000.0);

        checkpoint();
        LoadReport r = loader.load(in, rejects, new LoadProgress(System.out), false);
        LoadCityCommand.print(r);

        System.out.printf("raw COPY %.1f s | load-city %.1f s | ratio %.2f%n", raw / 1000.0, r.loadMillis() / 1000.0,
                (double) r.loadMillis() / raw);
        if (!args.containsOption("with-index")) {
            exitCode = 0;
            return;
        }
        long t0 = System.nanoTime();
        long docs = 0;
        for (AfterCityLoad step : afterLoad) {
            docs += step.run(new LongProgress(step.name(), "cadres", 0, System.out));
        }
        long after = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("raw COPY %.1f s | load-city %.1f s | ratio %.2f | search index %.1f s (%,d documents) | "
                + "load + index %.1f s (ratio %.2f)%n", raw / 1000.0, r.loadMillis() / 1000.0, (double) r.loadMillis() / raw,
                after / 1000.0, docs, (r.loadMillis() + after) / 1000.0, (double) (r.loadMillis() + after) / raw);
        exitCode = 0;
    }

    /**
     * Both runs start from the same state of the server: what the raw COPY wrote (2 GB of WAL and dirty
     * pages) is flushed before the load is timed, rather than in the middle of it. Needs a superuser (or
     * pg_checkpoint); without one the runs go as they are.
     */
    private void checkpoint() {
        try {
            jdbc.execute("checkpoint");
        } catch (RuntimeException e) {
            System.out.println("no CHECKPOINT between the runs (" + e.getMessage() + ")");
        }
    }

    /** COPY of each file as it is into a bare table of text columns; answers the milliseconds. */
    private long rawCopy(Path in, List<CityFile> files) {
        jdbc.execute("drop schema if exists bl_raw cascade");
        jdbc.execute("create schema bl_raw");
        try {
            for (CityFile f : files) {
                jdbc.execute("create table bl_raw." + rawTable(f) + " (" + String.join(" text, ", rawColumns(f)) + " text)");
            }
            long t0 = System.nanoTime();
            jdbc.execute((Connection c) -> {
                for (CityFile f : files) {
                    try (InputStream data = Files.newInputStream(in.resolve(f.fileName))) {
                        long rows = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bl_raw." + rawTable(f)
                                + " from stdin with (format csv, header true, encoding 'UTF8')", data, 1 << 16);
                        System.out.printf("raw COPY %-26s %,12d rows, %.1f s so far%n", f.fileName, rows,
                                (System.nanoTime() - t0) / 1e9);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                return null;
            });
            return (System.nanoTime() - t0) / 1_000_000;
        } finally {
            jdbc.execute("drop schema bl_raw cascade");
        }
    }

    private static String rawTable(CityFile f) {
        return f.fileName.substring(0, f.fileName.indexOf('.'));
    }

    /** The file's header names as quoted column names. */
    private static List<String> rawColumns(CityFile f) {
        return f.columns.stream().map(c -> "\"" + c + "\"").toList();
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
