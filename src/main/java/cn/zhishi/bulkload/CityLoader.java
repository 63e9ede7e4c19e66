package cn.zhishi.bulkload;

import cn.zhishi.audit.AuditEvent;
import cn.zhishi.audit.AuditTrail;
import cn.zhishi.sensitive.SensitiveDataCipher;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads a directory in the city data layout ({@code docs/data-layout.md}) into the registry.
 * <ol>
 * <li>Each file goes into a scratch table of text columns with its row numbers — PostgreSQL COPY of
 * the file as it is, JDBC batches on H2; cadres.csv passes through Java first ({@link CadreRows}:
 * the registry's cadre rules, digest and encryption).</li>
 * <li>Set-based checks ({@link CityFileRules}) put every refused row, with its reason, into
 * {@code bl_reject}; later occurrences of a natural key in the same file are refused as duplicates.</li>
 * <li>One insert-select per file adds the rows not refused and not already in the registry (same
 * natural key), so loading a directory twice adds nothing; units are inserted parents first.</li>
 * </ol>
 * Checks and inserts of all files run in one transaction with one audit record ({@code city.load},
 * counts per file); the rejects go to a CSV file (file, row, natural key, reason); then the
 * {@link AfterCityLoad} steps run (the search index rebuild). One load at a time per process.
 */
@Service
public class CityLoader {

    /**
     * What is dropped during a load into an empty huge table and built afterwards in one pass
     * (PostgreSQL): the foreign key to cadre (checked per row by a trigger otherwise; re-adding it
     * validates all rows with one join) and talk_note's secondary index (built by one sort).
     * performance_record keeps its unique key: the insert uses it to skip duplicates, and rows arrive
     * in key order, so it grows at its right edge.
     */
    private static final List<String[]> DEFERRED = List.<String[]>of(
            new String[] {"performance_record",
                "alter table performance_record drop constraint if exists performance_record_cadre_id_fkey",
                "alter table performance_record add constraint performance_record_cadre_id_fkey foreign key (cadre_id) "
                        + "references cadre(id) on delete cascade"},
            new String[] {"talk_note", "alter table talk_note drop constraint if exists talk_note_cadre_id_fkey",
                "alter table talk_note add constraint talk_note_cadre_id_fkey foreign key (cadre_id) "
                        + "references cadre(id) on delete cascade"},
            new String[] {"talk_note", "drop index if exists talk_note_cadre",
                "create index talk_note_cadre on talk_note (cadre_id, noted_on)"});

    private static final AtomicBoolean RUNNING = new AtomicBoolean();

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final SensitiveDataCipher cipher;
    private final AuditTrail audit;
    private final Clock clock;
    private final List<AfterCityLoad> afterLoad;

    CityLoader(DataSource dataSource, JdbcTemplate jdbc, PlatformTransactionManager transactions, SensitiveDataCipher cipher,
            AuditTrail audit, Clock clock, List<AfterCityLoad> afterLoad) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
        this.afterLoad = afterLoad;
    }

    public static boolean running() {
        return RUNNING.get();
    }

    /** The files of the layout present in {@code dir}, after checking each one's header row. */
    public static List<CityFile> filesIn(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("not a directory: " + dir);
        }
        List<CityFile> files = new ArrayList<>();
        for (CityFile f : CityFile.values()) {
            Path p = dir.resolve(f.fileName);
            if (!Files.isRegularFile(p)) {
                continue;
            }
            try (BufferedReader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                List<String> header = Csv.readRow(in);
                if (header == null || !header.equals(f.columns)) {
                    throw new IOException(f.fileName + ": the header must be " + String.join(",", f.columns) + ", is "
                            + (header == null ? "missing" : String.join(",", header)));
                }
            }
            files.add(f);
        }
        if (files.isEmpty()) {
            throw new IOException("no file of the city layout in " + dir);
        }
        return files;
    }

    /**
     * Loads {@code dir}; refused rows go to {@code rejectsFile}. With {@code afterSteps} false the
     * search index is left alone (the benchmark times the load by itself).
     */
    public LoadReport load(Path dir, Path rejectsFile, LoadProgress progress, boolean afterSteps) throws IOException {
        if (!RUNNING.compareAndSet(false, true)) {
            throw new IllegalStateException("a city load is already running");
        }
        try {
            List<CityFile> files = filesIn(dir);
            Database db = jdbc.execute((Connection c) -> Database.of(c));
            LocalDate today = LocalDate.now(clock);
            String actor = actor();
            long t0 = System.nanoTime();
            progress.phase("", "preparing", 0);
            for (String sql : Staging.drop()) {
                jdbc.execute(sql);
            }
            for (String sql : Staging.create(db)) {
                jdbc.execute(sql);
            }
            try {
                tx.executeWithoutResult(s -> fillLookups(db));
                List<FileCounts> counts = tx.execute(s -> loadFiles(dir, files, db, today, actor, progress));
                if (db == Database.POSTGRESQL) {
                    progress.phase("", "analyze", 0);
                    for (CityFile f : files) {
                        jdbc.execute("analyze " + CityFileRules.of(f, db, today, actor).target());
                    }
                }
                writeRejects(rejectsFile, files);
                long loadMillis = (System.nanoTime() - t0) / 1_000_000;
                long t1 = System.nanoTime();
                if (afterSteps) {
                    for (AfterCityLoad step : afterLoad) {
                        LongProgress p = progress.phase("", step.name(), 0);
                        step.run(p);
                    }
                }
                LoadReport report = new LoadReport(counts, rejectsFile, loadMillis, (System.nanoTime() - t1) / 1_000_000);
                progress.finished(report);
                return report;
            } finally {
                for (String sql : Staging.drop()) {
                    jdbc.execute(sql);
                }
            }
        } catch (RuntimeException | IOException e) {
            progress.failed(e.getMessage());
            throw e;
        } finally {
            RUNNING.set(false);
        }
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
    }

    /** Days 1900-01-01 … 2100-12-31, their months and years as text with their values; enumeration codes. */
    private void fillLookups(Database db) {
        withConnection(c -> {
            try (StagingWriter days = StagingWriter.open(db, c, "bl_day", List.of("d", "v"))) {
                for (LocalDate d = LocalDate.of(1900, 1, 1); d.getYear() <= 2100; d = d.plusDays(1)) {
                    days.add(d.toString(), d);
                }
            }
            try (StagingWriter months = StagingWriter.open(db, c, "bl_month", List.of("m", "v"))) {
                for (YearMonth m = YearMonth.of(1900, 1); m.getYear() <= 2100; m = m.plusMonths(1)) {
                    months.add(m.toString(), m.atDay(1));
                }
            }
            try (StagingWriter years = StagingWriter.open(db, c, "bl_year", List.of("y", "v"))) {
                for (int y = 1900; y <= 2100; y++) {
                    years.add(Integer.toString(y), y);
                }
            }
            try (StagingWriter codes = StagingWriter.open(db, c, "bl_code", List.of("kind", "code"))) {
                for (var e : CityFileRules.CODES.entrySet()) {
                    for (String code : e.getValue()) {
                        codes.add(e.getKey(), code);
                    }
                }
            }
        });
        if (db == Database.POSTGRESQL) {
            for (String t : List.of("bl_day", "bl_month", "bl_year", "bl_code")) {
                jdbc.execute("analyze " + t);
            }
        }
    }

    private List<FileCounts> loadFiles(Path dir, List<CityFile> files, Database db, LocalDate today, String actor,
            LoadProgress progress) {
        if (db == Database.POSTGRESQL) {
            jdbc.execute("set local work_mem = '256MB'");
            jdbc.execute("set local maintenance_work_mem = '512MB'");
        }
        Map<CityFile, Boolean> emptyAtStart = new EnumMap<>(CityFile.class);
        for (CityFile f : files) {
            emptyAtStart.put(f, isEmpty(CityFileRules.of(f, db, today, actor).target()));
        }
        boolean cadresAtStart = !isEmpty("cadre");
        List<String[]> deferred = new ArrayList<>();
        if (db == Database.POSTGRESQL) {
            for (String[] d : DEFERRED) {
                CityFile f = files.stream().filter(x -> CityFileRules.of(x, db, today, actor).target().equals(d[0]))
                        .findFirst().orElse(null);
                if (f != null && emptyAtStart.get(f)) {
                    jdbc.execute(d[1]);
                    deferred.add(d);
                }
            }
        }
        List<FileCounts> counts = new ArrayList<>();
        for (CityFile f : files) {
            FileRules rules = CityFileRules.of(f, db, today, actor);
            long read = stage(dir, f, db, today, progress);
            if (db == Database.POSTGRESQL) {
                jdbc.execute("analyze " + rules.stage());
            }
            if (f.columns.get(0).equals("id_number") && f != CityFile.CADRES && cadresAtStart) {
                keysOfRegisteredCadres(rules.stage());
            }
            long inserted = f == CityFile.UNITS ? insertUnits(rules, progress, read)
                    : checkAndInsert(rules, db, emptyAtStart.get(f), read, progress);
            if (f == CityFile.CADRES) {
                jdbc.update("update bl_cadre_key set cadre_id = (select c.id from cadre c where c.id_number_digest = "
                        + "bl_cadre_key.digest) where cadre_id is null");
            }
            long rejected = countRejects(f.fileName);
            progress.rejects(count("select count(*) from bl_reject"));
            FileCounts fc = new FileCounts(f.fileName, read, inserted, read - inserted - rejected, rejected);
            progress.fileDone(fc);
            counts.add(fc);
        }
        for (String[] d : deferred) {
            progress.phase(d[0], "indexing", 0);
            jdbc.execute(d[2]);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("directory", dir.toAbsolutePath().toString());
        for (FileCounts c : counts) {
            summary.put(c.file(), Map.of("read", c.read(), "inserted", c.inserted(), "present", c.present(),
                    "rejected", c.rejected()));
        }
        long inserted = counts.stream().mapToLong(FileCounts::inserted).sum();
        long rejected = counts.stream().mapToLong(FileCounts::rejected).sum();
        audit.record(AuditEvent.created("city.load", "CityLoad", dir.getFileName(),
                String.format("%s: %,d rows inserted, %,d rejected", dir.getFileName(), inserted, rejected), summary));
        return counts;
    }

    /**
     * Checks and inserts one file, cheapest path first: duplicates within the file are looked for
     * before the insert unless a unique key of the target finds them (PostgreSQL, {@code on conflict});
     * the insert takes the rows passing every check; only when rows are missing afterwards are the
     * reasons written down (and, on the unique-key path, the duplicates searched) — a clean file costs
     * one pass over its staging table.
     */
    private long checkAndInsert(FileRules rules, Database db, boolean targetWasEmpty, long read, LoadProgress progress) {
        String file = rules.file.fileName;
        boolean onConflict = db == Database.POSTGRESQL && rules.conflictTarget() != null;
        progress.phase(file, "checking", read);
        if (!onConflict) {
            findDuplicates(rules);
        }
        progress.phase(file, "inserting", read);
        long inserted;
        if (onConflict && targetWasEmpty) {
            // a plain insert is cheaper than on-conflict's speculative one; a duplicate in the file
            // makes it fail, and then the duplicates are found first
            Long plain = withConnection(c -> {
                Savepoint sp = c.setSavepoint();
                try (Statement st = c.createStatement()) {
                    long n = st.executeUpdate(rules.insertSql(true, anyRejected(file), false));
                    c.releaseSavepoint(sp);
                    return n;
                } catch (SQLException e) {
                    if (!"23505".equals(e.getSQLState())) {
                        throw e;
                    }
                    c.rollback(sp);
                    return null;
                }
            });
            if (plain == null) {
                findDuplicates(rules);
                inserted = jdbc.update(rules.insertSql(true, anyRejected(file), false));
            } else {
                inserted = plain;
            }
        } else {
            inserted = jdbc.update(rules.insertSql(targetWasEmpty, anyRejected(file), onConflict));
        }
        if (inserted + countRejects(file) < read) {
            progress.phase(file, "checking", read);
            jdbc.update(rules.rejectSql());
            if (onConflict) {
                findDuplicates(rules);
            }
        }
        return inserted;
    }

    private void findDuplicates(FileRules rules) {
        String file = rules.file.fileName;
        jdbc.update(rules.duplicateKeysSql(anyRejected(file)));
        if (count("select count(*) from bl_dup where file = ?", file) > 0) {
            jdbc.update(rules.duplicateRejectSql());
        }
    }

    private boolean anyRejected(String file) {
        return count("select count(*) from (select 1 from bl_reject where file = ? fetch first 1 rows only) x", file) > 0;
    }

    private long countRejects(String file) {
        return count("select count(distinct row_no) from bl_reject where file = ?", file);
    }

    /** Units refer to their parents: insert those whose parent is in the registry until none is left. */
    private long insertUnits(FileRules rules, LoadProgress progress, long read) {
        progress.phase("units.csv", "checking", read);
        jdbc.update(rules.rejectSql());
        findDuplicates(rules);
        progress.phase("units.csv", "inserting", read);
        long inserted = 0;
        int n;
        do {
            n = jdbc.update(rules.insertSql(false, true, false));
            inserted += n;
        } while (n > 0);
        jdbc.update("insert into bl_reject (file, row_no, natural_key, reason) select 'units.csv', s.row_no, s.code, "
                + "'parent_code: parent not loaded: ' || s.parent_code from bl_units s where not exists "
                + "(select 1 from bl_reject r where r.file = 'units.csv' and r.row_no = s.row_no) "
                + "and not exists (select 1 from org_unit t where t.code = s.code)");
        return inserted;
    }

    /** Records may name cadres registered before this load: their keys are digested here, one per distinct number. */
    private void keysOfRegisteredCadres(String stage) {
        List<String> unknown = jdbc.queryForList("select distinct s.id_number from " + stage + " s where s.id_number is not null "
                + "and not exists (select 1 from bl_cadre_key k where k.id_number = s.id_number)", String.class);
        List<Object[]> keys = new ArrayList<>();
        for (String id : unknown) {
            String digest = cipher.digest(id);
            List<Long> cadre = jdbc.queryForList("select id from cadre where id_number_digest = ?", Long.class, digest);
            keys.add(new Object[] {id, digest, cadre.isEmpty() ? null : cadre.get(0)});
        }
        jdbc.batchUpdate("insert into bl_cadre_key (id_number, digest, cadre_id) values (?, ?, ?)", keys);
    }

    /** Fills the file's staging table; answers the rows read. */
    private long stage(Path dir, CityFile f, Database db, LocalDate today, LoadProgress progress) {
        Path path = dir.resolve(f.fileName);
        LongProgress p = progress.phase(f.fileName, "staging", 0);
        return withConnection(c -> {
            if (f == CityFile.CADRES) {
                return stageCadres(path, db, c, today, p);
            }
            if (db == Database.POSTGRESQL) {
                return copyFile(path, f, c, p);
            }
            List<String> columns = new ArrayList<>(List.of("row_no"));
            columns.addAll(Staging.columns(f));
            try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
                    StagingWriter out = StagingWriter.open(db, c, Staging.table(f), columns)) {
                Csv.readRow(in); // header, checked before
                long rowNo = 1;
                List<String> row;
                while ((row = Csv.readRow(in)) != null) {
                    Object[] values = new Object[columns.size()];
                    values[0] = ++rowNo;
                    for (int i = 0; i < f.columns.size() && i < row.size(); i++) {
                        values[i + 1] = row.get(i);
                    }
                    if (row.size() != f.columns.size()) {
                        throw new IOException(f.fileName + " row " + rowNo + ": " + row.size() + " fields, expected "
                                + f.columns.size());
                    }
                    out.add(values);
                    p.advance(rowNo - 1);
                }
                return out.rows();
            }
        });
    }

    private long copyFile(Path path, CityFile f, Connection c, LongProgress p) throws SQLException, IOException {
        long size = Files.size(path);
        try (InputStream in = new CountingStream(Files.newInputStream(path), size, p)) {
            // emptied in this transaction, so COPY may write the rows frozen: the checks reading them
            // then need not set hint bits (which would write the whole table a second time)
            try (Statement st = c.createStatement()) {
                st.execute("truncate " + Staging.table(f) + " restart identity");
            }
            return c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + Staging.table(f) + " ("
                    + String.join(", ", Staging.columns(f)) + ") from stdin with (format csv, header true, freeze true, "
                    + "encoding 'UTF8')", in, 1 << 16);
        }
    }

    private long stageCadres(Path path, Database db, Connection c, LocalDate today, LongProgress p)
            throws SQLException, IOException {
        CadreRows cadres = new CadreRows(cipher, today);
        List<String> columns = new ArrayList<>(List.of("row_no"));
        columns.addAll(Staging.CADRE_COLUMNS);
        List<Object[]> rejects = new ArrayList<>();
        long rowNo = 1;
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
                StagingWriter out = StagingWriter.open(db, c, Staging.table(CityFile.CADRES), columns)) {
            Csv.readRow(in);
            List<String> row;
            List<Object[]> keys = new ArrayList<>();
            while ((row = Csv.readRow(in)) != null) {
                CadreRows.Outcome o = cadres.check(++rowNo, row);
                if (o.reason() != null) {
                    rejects.add(new Object[] {CityFile.CADRES.fileName, rowNo, o.naturalKey(), o.reason()});
                } else {
                    out.add(o.staged());
                    keys.add(new Object[] {o.idNumber(), o.staged()[2]});
                }
                p.advance(rowNo - 1);
            }
            out.close();
            try (StagingWriter k = StagingWriter.open(db, c, "bl_cadre_key", List.of("id_number", "digest"))) {
                for (Object[] key : keys) {
                    k.add(key);
                }
            }
        }
        jdbc.batchUpdate("insert into bl_reject (file, row_no, natural_key, reason) values (?, ?, ?, ?)", rejects);
        if (db == Database.POSTGRESQL) {
            jdbc.execute("analyze bl_cadre_key");
        }
        return rowNo - 1;
    }

    private void writeRejects(Path rejectsFile, List<CityFile> files) throws IOException {
        if (rejectsFile.getParent() != null) {
            Files.createDirectories(rejectsFile.getParent());
        }
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(rejectsFile, StandardCharsets.UTF_8))) {
            Csv.writeRow(out, "file", "row", "natural_key", "reason");
            for (CityFile f : files) {
                jdbc.query("select row_no, natural_key, reason from bl_reject where file = ? order by row_no, reason",
                        rs -> {
                            Csv.writeRow(out, f.fileName, rs.getLong(1), rs.getString(2), rs.getString(3));
                        }, f.fileName);
            }
        }
    }

    private boolean isEmpty(String table) {
        return count("select count(*) from (select 1 from " + table + " fetch first 1 rows only) x") == 0;
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    private interface ConnectionWork<T> {
        T run(Connection c) throws SQLException, IOException;
    }

    private interface ConnectionVoid {
        void run(Connection c) throws SQLException, IOException;
    }

    /** Runs with the transaction's connection (the one JdbcTemplate uses too). */
    private <T> T withConnection(ConnectionWork<T> work) {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    private void withConnection(ConnectionVoid work) {
        withConnection(c -> {
            work.run(c);
            return null;
        });
    }

    /** Counts bytes and lines of a file going into COPY, for the progress (rows estimated from the bytes). */
    private static final class CountingStream extends FilterInputStream {

        private final long size;
        private final LongProgress progress;
        private long bytes;
        private long lines = -1; // the header

        CountingStream(InputStream in, long size, LongProgress progress) {
            super(in);
            this.size = size;
            this.progress = progress;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                bytes += n;
                for (int i = off; i < off + n; i++) {
                    if (b[i] == '\n') {
                        lines++;
                    }
                }
                if (lines > 0) {
                    progress.total(Math.round(size * ((double) lines / bytes)));
                }
                progress.advance(Math.max(0, lines));
            }
            return n;
        }
    }
}
