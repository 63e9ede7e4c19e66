package cn.zhishi.bulkload;

import cn.zhishi.audit.AuditEvent;
import cn.zhishi.audit.AuditTrail;
import cn.zhishi.sensitive.SensitiveDataCipher;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads a directory in the city data layout ({@code docs/data-layout.md}) into the registry, each
 * file in one streaming pass:
 * <ol>
 * <li>each record is read, checked against the registry's rules ({@link CityFileRules}: the cadres'
 * own rules, digest and encryption through {@link CadreRows}) with every reference looked up in
 * memory ({@link References}), and refused with its reason, or</li>
 * <li>refused as a duplicate when an earlier row of the file has its natural key (64-bit
 * {@link Fingerprints} of the keys; a repeated fingerprint is confirmed on the keys themselves in a
 * second pass over the file, so a collision never refuses a row), or</li>
 * <li>written on: straight into its table by COPY (PostgreSQL; batches on H2) when the table was
 * empty when the load began — a first migration writes every row once — otherwise into a scratch
 * table from which one insert-select adds the rows not in the registry yet (same natural key), so
 * loading a directory twice adds nothing. Units go through the scratch table, parents first.</li>
 * </ol>
 * All files load in one transaction with one audit record ({@code city.load}, counts per file); the
 * rejects go to a CSV file (file, row, natural key, reason) as they are found — a malformed record
 * (wrong number of fields, a quote left open) is one of them, the load goes on; then the
 * {@link AfterCityLoad} steps run (the search index rebuild). One load at a time per process.
 */
@Service
public class CityLoader {

    /** The scratch table of a file whose table held rows when the load began. */
    private static final String SCRATCH = "bl_in";

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
            try (InputStream in = Files.newInputStream(p)) {
                CsvRecords csv = new CsvRecords(in);
                List<String> header = csv.next() ? csv.all() : null;
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
        Path partial = rejectsFile.resolveSibling(rejectsFile.getFileName() + ".part");
        try {
            List<CityFile> files = filesIn(dir);
            Database db = jdbc.execute((Connection c) -> Database.of(c));
            Run run = new Run(dir, db, LocalDate.now(clock), OffsetDateTime.now(clock), actor(), progress);
            long t0 = System.nanoTime();
            progress.phase("", "preparing", 0);
            jdbc.execute("drop table if exists " + SCRATCH);
            jdbc.execute("drop table if exists bl_in_units");
            if (rejectsFile.getParent() != null) {
                Files.createDirectories(rejectsFile.getParent());
            }
            List<FileCounts> counts;
            try (Rejects rejects = new Rejects(partial)) {
                run.rejects = rejects;
                counts = tx.execute(s -> loadFiles(run, files));
            }
            Files.move(partial, rejectsFile, StandardCopyOption.REPLACE_EXISTING);
            if (db == Database.POSTGRESQL) {
                progress.phase("", "analyze", 0);
                for (CityFile f : files) {
                    jdbc.execute("analyze " + (f == CityFile.UNITS ? "org_unit" : run.rules(f).target()));
                }
            }
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
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(partial);
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

    /** One load's settings and state. */
    private final class Run {
        final Path dir;
        final Database db;
        final LocalDate today;
        final OffsetDateTime now;
        final String actor;
        final LoadProgress progress;
        final References refs = new References(jdbc, cipher);
        /** cadres.csv: each loaded number's digest, to find the cadres' ids afterwards. */
        final Map<String, String> digests = new HashMap<>();
        Set<String> unitCodesInFile = Set.of();
        /** Files whose empty table no foreign key refers to: truncated before their COPY, which writes the rows frozen. */
        final Set<CityFile> frozen = java.util.EnumSet.noneOf(CityFile.class);
        Rejects rejects;

        Run(Path dir, Database db, LocalDate today, OffsetDateTime now, String actor, LoadProgress progress) {
            this.dir = dir;
            this.db = db;
            this.today = today;
            this.now = now;
            this.actor = actor;
            this.progress = progress;
        }

        FileRules rules(CityFile f) {
            return CityFileRules.of(f, today, now, actor, refs, cipher, unitCodesInFile);
        }
    }

    private List<FileCounts> loadFiles(Run run, List<CityFile> files) {
        Database db = run.db;
        if (db == Database.POSTGRESQL) {
            jdbc.execute("set local work_mem = '256MB'");
            jdbc.execute("set local maintenance_work_mem = '512MB'");
        }
        run.refs.readDictionariesAndTypes();
        run.refs.readUnits();
        run.refs.readPosts();
        if (!files.contains(CityFile.CADRES)) {
            run.refs.readCadres(Map.of());
        }
        Map<CityFile, Boolean> emptyAtStart = new EnumMap<>(CityFile.class);
        for (CityFile f : files) {
            if (f != CityFile.UNITS && db == Database.POSTGRESQL) {
                // nobody writes to the table while the load decides how to fill it and fills it
                jdbc.execute("lock table " + run.rules(f).target() + " in share mode");
            }
            emptyAtStart.put(f, f != CityFile.UNITS && isEmpty(run.rules(f).target()));
        }
        List<String[]> deferred = new ArrayList<>();
        if (db == Database.POSTGRESQL) {
            for (CityFile f : files) {
                if (emptyAtStart.get(f)) {
                    deferred.addAll(defer(run.rules(f).target()));
                    if (!referred(run.rules(f).target())) {
                        run.frozen.add(f);
                    }
                }
            }
        }
        List<FileCounts> counts = new ArrayList<>();
        for (CityFile f : files) {
            FileCounts fc = withConnection(c -> f == CityFile.UNITS ? loadUnits(run, c) : loadFile(run, f, emptyAtStart.get(f), c));
            if (f == CityFile.UNITS) {
                run.refs.readUnits();
            } else if (f == CityFile.POSTS) {
                run.refs.readPosts();
            } else if (f == CityFile.CADRES) {
                run.refs.readCadres(run.digests);
            }
            run.progress.rejects(run.rejects.count());
            run.progress.fileDone(fc);
            counts.add(fc);
        }
        for (String[] d : deferred) {
            run.progress.phase(d[0], d[1], 0);
            jdbc.execute(d[2]);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("directory", run.dir.toAbsolutePath().toString());
        for (FileCounts c : counts) {
            summary.put(c.file(), Map.of("read", c.read(), "inserted", c.inserted(), "present", c.present(),
                    "rejected", c.rejected()));
        }
        long inserted = counts.stream().mapToLong(FileCounts::inserted).sum();
        long rejected = counts.stream().mapToLong(FileCounts::rejected).sum();
        audit.record(AuditEvent.created("city.load", "CityLoad", run.dir.getFileName(),
                String.format("%s: %,d rows inserted, %,d rejected", run.dir.getFileName(), inserted, rejected), summary));
        return counts;
    }

    /**
     * PostgreSQL, a table empty when the load began: its constraints and indexes are dropped (in the
     * load's transaction, so a failed load puts them back) and made again at the end — re-adding a
     * foreign key checks all rows with one join instead of a trigger call per row, and an index (a
     * primary or unique key's too) is built by one sort instead of row by row. A key another table's
     * foreign key refers to stays (the cadres' primary key). The rows' identity is guarded meanwhile by
     * the loader's own duplicate check, and making a unique key again checks it once more. (Keeping the
     * monthly records' unique key during the COPY instead was measured: 12 s slower.) Answers, per
     * dropped object, {table, what, the statement making it again}.
     */
    private List<String[]> defer(String table) {
        List<String[]> deferred = new ArrayList<>();
        jdbc.query("select c.conname, pg_get_constraintdef(c.oid), c.contype from pg_constraint c "
                + "where c.conrelid = cast(? as regclass) and (c.contype = 'f' or (c.contype in ('p', 'u') "
                + "and not exists (select 1 from pg_constraint r where r.contype = 'f' and r.confrelid = c.conrelid "
                + "and r.conindid = c.conindid)))", rs -> {
                    String what = "f".equals(rs.getString(3)) ? "foreign key " : "key ";
                    deferred.add(new String[] {table, what + rs.getString(1), "alter table " + table
                            + " add constraint " + rs.getString(1) + " " + rs.getString(2),
                        "alter table " + table + " drop constraint " + rs.getString(1)});
                }, table);
        jdbc.query("select i.relname, pg_get_indexdef(i.oid) from pg_index x join pg_class i on i.oid = x.indexrelid "
                + "where x.indrelid = cast(? as regclass) and not exists (select 1 from pg_constraint c "
                + "where c.conindid = x.indexrelid)", rs -> {
                    deferred.add(new String[] {table, "index " + rs.getString(1), rs.getString(2),
                        "drop index " + rs.getString(1)});
                }, table);
        for (String[] d : deferred) {
            jdbc.execute(d[3]);
        }
        // keys first when made again: a foreign key needs the key it refers to
        deferred.sort(java.util.Comparator.comparing(d -> d[1].startsWith("foreign key")));
        return deferred;
    }

    /** Whether a foreign key refers to the table (PostgreSQL): then it cannot be truncated. */
    private boolean referred(String table) {
        Long referring = jdbc.queryForObject("select count(*) from pg_constraint where contype = 'f' "
                + "and confrelid = cast(? as regclass)", Long.class, table);
        return referring == null || referring > 0;
    }

    /**
     * One file in one pass: rows checked and written on as they are read; rows whose natural key's
     * fingerprint was seen before are held back and settled by a second pass over the file.
     */
    private FileCounts loadFile(Run run, CityFile f, boolean targetEmpty, Connection c) throws SQLException, IOException {
        FileRules rules = run.rules(f);
        Path path = run.dir.resolve(f.fileName);
        LongProgress p = run.progress.phase(f.fileName, "loading", 0);
        String into = targetEmpty ? rules.target() : SCRATCH;
        if (!targetEmpty) {
            jdbc.execute(run.db.createScratch() + SCRATCH + " as select " + String.join(", ", rules.targetColumns())
                    + " from " + rules.target() + " where 1 = 0");
        }
        boolean frozen = targetEmpty && run.frozen.contains(f);
        if (frozen) {
            // empty (and locked) already; truncated in this transaction, so that COPY may write the
            // rows frozen — the index builds, key checks and ANALYZE that read them next need not set hint
            // bits, which would write the whole table a second time
            jdbc.execute("truncate " + rules.target());
        }
        long read = 0;
        long rejected = 0;
        long written;
        Fingerprints seen = rules.dedupe() ? new Fingerprints(Files.size(path) / 192) : null;
        Fingerprints suspectKeys = new Fingerprints();
        Set<Long> suspectRows = new HashSet<>();
        String sequence = frozen ? jdbc.queryForObject("select pg_get_serial_sequence(?, 'id')", String.class, rules.target())
                : null;
        long firstId = sequence == null ? 0 : jdbc.queryForObject("select nextval(?)", Long.class, sequence);
        try (TableWriter out = sequence == null ? TableWriter.open(run.db, c, into, rules.targetColumns(), frozen)
                : TableWriter.numbered(c, into, rules.targetColumns(), true, firstId);
                InputStream in = Files.newInputStream(path)) {
            CsvRecords csv = new CsvRecords(in);
            csv.next(); // the header, checked before
            long size = Files.size(path);
            while (csv.next()) {
                FileRules.Row row = new FileRules.Row(++read + 1, csv, f.columns.size());
                String reason = csv.broken() != null ? csv.broken() : rules.reason(row);
                if (reason != null) {
                    run.rejects.add(f, row.no, rules.naturalKey(row), reason);
                    rejected++;
                } else if (seen != null && !seen.add(rules.fingerprint(row))) {
                    suspectKeys.add(rules.fingerprint(row));
                    suspectRows.add(row.no);
                } else {
                    out.add(rules.values(row));
                    accepted(run, f, row);
                }
                if ((read & 0xfff) == 0) {
                    p.total(Math.round(size * ((double) read / Math.max(1, csv.bytesRead()))));
                    p.advance(read);
                }
            }
            p.total(read);
            p.advance(read);
            if (!suspectRows.isEmpty()) {
                rejected += settleSuspects(run, f, rules, suspectKeys, suspectRows, out);
            }
            out.close();
            written = out.rows();
            if (sequence != null) {
                // the ids handed out: the sequence goes on after the last one
                jdbc.queryForObject("select setval(?, ?)", Long.class, sequence, Math.max(firstId, out.nextId() - 1));
            }
        }
        long inserted = written;
        if (!targetEmpty) {
            run.progress.phase(f.fileName, "adding the rows not yet in the registry", written);
            inserted = jdbc.update(rules.insertMissingSql(SCRATCH, run.db));
            jdbc.execute("drop table " + SCRATCH);
        }
        return new FileCounts(f.fileName, read, inserted, read - inserted - rejected, rejected);
    }

    private static void accepted(Run run, CityFile f, FileRules.Row row) {
        if (f == CityFile.CADRES) {
            CadreRows.Outcome cadre = (CadreRows.Outcome) row.made;
            run.digests.put(cadre.idNumber(), cadre.digest());
        }
    }

    /**
     * The second pass over a file with repeated fingerprints: for each held-back row, the first row
     * (passing the checks) with exactly its natural key; a held-back row without one is a fingerprint
     * collision, not a duplicate, and is written after all. Answers the rows refused as duplicates.
     */
    private long settleSuspects(Run run, CityFile f, FileRules rules, Fingerprints suspectKeys, Set<Long> suspectRows,
            TableWriter out) throws IOException, SQLException {
        long last = suspectRows.stream().mapToLong(Long::longValue).max().orElse(0);
        Map<String, Long> firstRow = new HashMap<>();
        long duplicates = 0;
        try (InputStream in = Files.newInputStream(run.dir.resolve(f.fileName))) {
            CsvRecords csv = new CsvRecords(in);
            csv.next();
            long rowNo = 1;
            while (rowNo < last && csv.next()) {
                FileRules.Row row = new FileRules.Row(++rowNo, csv, f.columns.size());
                if (csv.broken() != null || !suspectKeys.contains(rules.fingerprint(row)) || rules.reason(row) != null) {
                    continue;
                }
                String key = rules.naturalKey(row);
                if (!suspectRows.contains(row.no)) {
                    firstRow.putIfAbsent(key, row.no);
                    continue;
                }
                Long first = firstRow.putIfAbsent(key, row.no);
                if (first != null) {
                    run.rejects.add(f, row.no, key, "duplicate of row " + first);
                    duplicates++;
                } else {
                    out.add(rules.values(row));
                    accepted(run, f, row);
                }
            }
        }
        return duplicates;
    }

    /**
     * units.csv (thousands of rows, read whole): a unit refers to its parent, which may be in the
     * registry or anywhere in the file. The rows passing the checks get their level below a parent
     * in the registry and are inserted level by level, each taking its parent's id and path.
     */
    private FileCounts loadUnits(Run run, Connection c) throws SQLException, IOException {
        CityFile f = CityFile.UNITS;
        run.progress.phase(f.fileName, "loading", 0);
        List<FileRules.Row> rows = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        try (InputStream in = Files.newInputStream(run.dir.resolve(f.fileName))) {
            CsvRecords csv = new CsvRecords(in);
            csv.next();
            long rowNo = 1;
            while (csv.next()) {
                FileRules.Row row = new FileRules.Row(++rowNo, csv.all(), f.columns.size());
                if (csv.broken() != null) {
                    row.made = csv.broken();
                }
                rows.add(row);
                if (row.text(0) != null) {
                    codes.add(row.text(0));
                }
            }
        }
        run.unitCodesInFile = codes;
        FileRules rules = run.rules(f);
        Map<String, FileRules.Row> valid = new LinkedHashMap<>();
        long rejected = 0;
        for (FileRules.Row row : rows) {
            String reason = row.made != null ? (String) row.made : rules.reason(row);
            if (reason == null && valid.containsKey(row.text(0))) {
                reason = "duplicate of row " + valid.get(row.text(0)).no;
            }
            if (reason != null) {
                run.rejects.add(f, row.no, rules.naturalKey(row), reason);
                rejected++;
            } else {
                valid.put(row.text(0), row);
            }
        }
        Map<String, Integer> levels = new HashMap<>();
        List<String> columns = new ArrayList<>(rules.targetColumns());
        columns.add("lvl");
        jdbc.execute(run.db.createScratch() + "bl_in_units (code varchar(40), parent_code varchar(40), name varchar(100), "
                + "node_type varchar(20), domain varchar(30), unit_class varchar(30), unit_level varchar(40), "
                + "sort_order integer, lvl integer)");
        int deepest = -1;
        try (TableWriter out = TableWriter.open(run.db, c, "bl_in_units", columns, false)) {
            for (FileRules.Row row : valid.values()) {
                int level = level(row.text(0), valid, levels, run.refs, new HashSet<>());
                if (level < 0) {
                    run.rejects.add(f, row.no, rules.naturalKey(row), "parent_code: parent not loaded: " + row.text(1));
                    rejected++;
                    continue;
                }
                deepest = Math.max(deepest, level);
                Object[] values = Arrays.copyOf(rules.values(row), columns.size());
                values[columns.size() - 1] = level;
                out.add(values);
            }
        }
        long inserted = 0;
        for (int level = 0; level <= deepest; level++) {
            inserted += jdbc.update("insert into org_unit (parent_id, code, name, node_type, domain, unit_class, unit_level, "
                    + "path, depth, sort_order) select p.id, s.code, s.name, s.node_type, s.domain, s.unit_class, s.unit_level, "
                    + "coalesce(p.path, '/') || s.code || '/', coalesce(p.depth + 1, 0), s.sort_order from bl_in_units s "
                    + "left join org_unit p on p.code = s.parent_code where s.lvl = ? "
                    + "and not exists (select 1 from org_unit t where t.code = s.code)", level);
        }
        jdbc.execute("drop table bl_in_units");
        return new FileCounts(f.fileName, rows.size(), inserted, rows.size() - inserted - rejected, rejected);
    }

    /** Levels below the registry: 0 under a unit already there (or a root), -1 when the parent is not loaded. */
    private static int level(String code, Map<String, FileRules.Row> valid, Map<String, Integer> levels, References refs,
            Set<String> visiting) {
        Integer known = levels.get(code);
        if (known != null) {
            return known;
        }
        String parent = valid.get(code).text(1);
        int level;
        if (parent == null || refs.hasUnit(parent)) {
            level = 0;
        } else if (!valid.containsKey(parent) || !visiting.add(code)) {
            level = -1; // refused, or a cycle
        } else {
            int above = level(parent, valid, levels, refs, visiting);
            level = above < 0 ? -1 : above + 1;
        }
        levels.put(code, level);
        return level;
    }

    private boolean isEmpty(String table) {
        Long n = jdbc.queryForObject("select count(*) from (select 1 from " + table + " fetch first 1 rows only) x", Long.class);
        return n == null || n == 0;
    }

    private interface ConnectionWork<T> {
        T run(Connection c) throws SQLException, IOException;
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

    /** The refused rows, written to the rejects file as they are found. */
    private static final class Rejects implements AutoCloseable {

        private final Writer out;
        private long count;

        Rejects(Path file) throws IOException {
            out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
            Csv.writeRow(out, "file", "row", "natural_key", "reason");
        }

        void add(CityFile f, long row, String naturalKey, String reason) {
            Csv.writeRow(out, f.fileName, row, naturalKey, reason);
            count++;
        }

        long count() {
            return count;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
