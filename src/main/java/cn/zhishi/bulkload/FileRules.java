package cn.zhishi.bulkload;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The checks and the target of one file of the city layout. Every check is a condition with its
 * reason; a row is refused with the first reason that applies. References (units, posts, cadres,
 * dictionary codes) are looked up in {@link References}, in memory, so a check costs no query and a
 * file is checked in the same streaming pass that writes its rows to the registry.
 */
final class FileRules {

    /** Dates the registry accepts in a file (the forms' own range). */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;

    /**
     * A row of the file being checked: its fields (read from the file's bytes as the checks ask for
     * them), and what the checks parsed on the way.
     */
    static final class Row {
        final long no;
        private final CsvRecords live;
        private final List<String> detached;
        private final String[] texts;
        private final boolean[] decoded;
        final Object[] parsed;
        Long cadreId;
        /** What a file's own pass made of the row (cadres: the checked, encrypted record). */
        Object made;

        /** The reader's current record; valid until it reads the next one. */
        Row(long no, CsvRecords record, int columns) {
            this(no, record, null, columns);
        }

        Row(long no, List<String> fields, int columns) {
            this(no, null, fields, columns);
        }

        private Row(long no, CsvRecords live, List<String> detached, int columns) {
            this.no = no;
            this.live = live;
            this.detached = detached;
            int n = Math.max(columns, live != null ? live.fields() : detached.size());
            this.texts = new String[n];
            this.decoded = new boolean[n];
            this.parsed = new Object[columns];
        }

        int fieldCount() {
            return live != null ? live.fields() : detached.size();
        }

        String text(int column) {
            if (column >= fieldCount()) {
                return null;
            }
            if (!decoded[column]) {
                texts[column] = live != null ? live.text(column) : detached.get(column);
                decoded[column] = true;
            }
            return texts[column];
        }

        List<String> all() {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < fieldCount(); i++) {
                out.add(text(i));
            }
            return out;
        }

        boolean blank(int column) {
            if (live == null || decoded[column] || column >= fieldCount()) {
                String v = text(column);
                return v == null || v.isBlank();
            }
            return live.blank(column);
        }

        int length(int column) {
            if (live == null || decoded[column] || column >= fieldCount()) {
                String v = text(column);
                return v == null ? 0 : v.codePointCount(0, v.length());
            }
            return live.length(column);
        }

        /** The column's value to write on unchanged: the file's bytes when they can go as they are. */
        Object value(int column) {
            if (live == null || column >= fieldCount()) {
                return text(column);
            }
            CsvRecords.Field f = live.field(column);
            return f.isNull() ? null : f.verbatim() ? f : f.text();
        }

        long hash(int column, long h) {
            if (live == null) {
                String v = text(column);
                if (v != null) {
                    for (byte b : v.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                        h = (h ^ (b & 0xff)) * 0x100000001b3L;
                    }
                }
                return h;
            }
            return live.hash(column, h);
        }
    }

    private interface Check {
        /** Why the row is refused, null when it passes. */
        String reason(Row row);
    }

    final CityFile file;
    private final LocalDate today;
    private final References refs;
    private final List<Check> checks = new ArrayList<>();
    private int[] keyColumns = new int[0];
    private boolean dedupe;
    private String target;
    private List<String> targetColumns;
    private List<Function<Row, Object>> values;
    private String present;
    private String conflictTarget;

    FileRules(CityFile file, LocalDate today, References refs) {
        this.file = file;
        this.today = today;
        this.refs = refs;
    }

    private int col(String c) {
        return file.column(c);
    }

    // ---- checks -------------------------------------------------------------------------------

    FileRules check(Predicate<Row> fails, Function<Row, String> reason) {
        checks.add(r -> fails.test(r) ? reason.apply(r) : null);
        return this;
    }

    FileRules required(String c) {
        int i = col(c);
        String reason = c + ": required";
        checks.add(r -> r.blank(i) ? reason : null);
        return this;
    }

    FileRules text(String c, int max, boolean required) {
        if (required) {
            required(c);
        }
        int i = col(c);
        String reason = c + ": longer than " + max + " characters";
        checks.add(r -> r.length(i) > max ? reason : null);
        return this;
    }

    FileRules date(String c, boolean required, boolean notInFuture) {
        if (required) {
            required(c);
        }
        parsed(c, FileRules::parseDate, "not a date (YYYY-MM-DD)");
        if (notInFuture) {
            int i = col(c);
            checks.add(r -> r.parsed[i] != null && ((LocalDate) r.parsed[i]).isAfter(today)
                    ? c + ": in the future: " + r.text(i) : null);
        }
        return this;
    }

    /**
     * A value the column's text must parse to (null text: nothing to check); the value is kept for
     * the checks after it and for the insert.
     */
    private void parsed(String c, Function<String, Object> parse, String what) {
        int i = col(c);
        checks.add(r -> {
            String v = r.text(i);
            if (v == null) {
                return null;
            }
            Object value = parse.apply(v);
            if (value == null) {
                return c + ": " + what + ": " + v;
            }
            r.parsed[i] = value;
            return null;
        });
    }

    FileRules month(String c) {
        required(c);
        parsed(c, FileRules::parseMonth, "not a month (YYYY-MM)");
        return this;
    }

    FileRules year(String c) {
        required(c);
        parsed(c, v -> {
            int y = v.length() == 4 ? digits(v, 0, 4) : -1;
            return y < FIRST_YEAR || y > LAST_YEAR ? null : y;
        }, "not a year");
        return this;
    }

    /** An end date not before the start date (both columns already checked as dates). */
    FileRules ordered(String start, String end) {
        int s = col(start);
        int e = col(end);
        String reason = end + ": before " + start;
        checks.add(r -> r.parsed[s] != null && r.parsed[e] != null
                && ((LocalDate) r.parsed[e]).isBefore((LocalDate) r.parsed[s]) ? reason : null);
        return this;
    }

    FileRules integer(String c, boolean required) {
        if (required) {
            required(c);
        }
        parsed(c, FileRules::parseInteger, "not a whole number");
        return this;
    }

    FileRules bool(String c) {
        int i = col(c);
        checks.add(r -> {
            String v = r.text(i);
            return v != null && !v.equals("true") && !v.equals("false") ? c + ": not true/false: " + v : null;
        });
        return this;
    }

    /** One of the names of an enumeration. */
    FileRules code(String c, Collection<String> codes, boolean required) {
        if (required) {
            required(c);
        }
        int i = col(c);
        Set<String> valid = new HashSet<>(codes);
        checks.add(r -> {
            String v = r.text(i);
            return v != null && !valid.contains(v) ? c + ": unknown code: " + v : null;
        });
        return this;
    }

    /** An active entry of a managed dictionary. */
    FileRules dictionary(String c, String dictCode, boolean required) {
        if (required) {
            required(c);
        }
        int i = col(c);
        checks.add(r -> {
            String v = r.text(i);
            return v != null && !refs.inDictionary(dictCode, v) ? c + ": not in dictionary " + dictCode + ": " + v : null;
        });
        return this;
    }

    /** The cadre named by {@code id_number}: loaded from cadres.csv or already in the registry. */
    FileRules cadre() {
        required("id_number");
        int i = col("id_number");
        checks.add(r -> {
            r.cadreId = refs.cadre(r.text(i));
            return r.cadreId == null ? "id_number: no such cadre: " + r.text(i) : null;
        });
        return this;
    }

    /** A unit by its code. */
    FileRules unit(String c, boolean required) {
        return reference(c, "org unit", refs::unit, required);
    }

    /** A post by its code. */
    FileRules post(String c, boolean required) {
        return reference(c, "post", refs::post, required);
    }

    private FileRules reference(String c, String what, Function<String, Long> lookup, boolean required) {
        if (required) {
            required(c);
        }
        int i = col(c);
        checks.add(r -> {
            String v = r.text(i);
            if (v == null) {
                return null;
            }
            Long id = lookup.apply(v);
            r.parsed[i] = id;
            return id == null ? c + ": no such " + what + ": " + v : null;
        });
        return this;
    }

    /** The first failing check's reason, null for a row that passes every check. */
    String reason(Row row) {
        if (row.fieldCount() != file.columns.size()) {
            return row.fieldCount() + " fields, expected " + file.columns.size();
        }
        for (Check c : checks) {
            String reason = c.reason(row);
            if (reason != null) {
                return reason;
            }
        }
        return null;
    }

    // ---- key and target -----------------------------------------------------------------------

    /** The natural key: shown in the rejects file, and no two rows of the file may share it. */
    FileRules key(String... columns) {
        dedupe = true;
        return keyShownOnly(columns);
    }

    /** The natural key shown in the rejects file, where a check of the file's own finds duplicates. */
    FileRules keyShownOnly(String... columns) {
        keyColumns = new int[columns.length];
        for (int k = 0; k < columns.length; k++) {
            keyColumns[k] = col(columns[k]);
        }
        return this;
    }

    String naturalKey(Row row) {
        StringBuilder key = new StringBuilder();
        for (int k = 0; k < keyColumns.length; k++) {
            if (k > 0) {
                key.append('/');
            }
            String v = row.text(keyColumns[k]);
            key.append(v == null ? "" : v);
        }
        return key.toString();
    }

    /** 64 bits of the natural key: equal keys, equal fingerprints (the loader confirms a match on the keys themselves). */
    long fingerprint(Row row) {
        long h = 0xcbf29ce484222325L;
        for (int column : keyColumns) {
            h = row.hash(column, h);
            h = (h ^ 0x1f) * 0x100000001b3L; // separator: ("a","bc") and ("ab","c") differ
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    /** Whether the loader refuses rows whose natural key an earlier row of the file has. */
    boolean dedupe() {
        return dedupe;
    }

    /**
     * Rows go into {@code table} ({@code columns}, comma-separated) with {@code values}; a row is
     * there already when {@code present} holds over {@code t} (the table) and {@code s} (the file's
     * checked rows, under the table's column names) — loading the same file twice adds nothing.
     */
    @SafeVarargs
    final FileRules insert(String table, String columns, String present, Function<Row, Object>... values) {
        this.target = table;
        this.targetColumns = List.of(columns.split(",\\s*"));
        if (values.length != targetColumns.size()) {
            throw new IllegalArgumentException(table + ": " + targetColumns.size() + " columns, " + values.length + " values");
        }
        this.values = List.of(values);
        this.present = present;
        return this;
    }

    /** The target's unique key matching the natural key: PostgreSQL skips rows already there by {@code on conflict}. */
    FileRules unique(String conflictTarget) {
        this.conflictTarget = conflictTarget;
        return this;
    }

    String target() {
        return target;
    }


    List<String> targetColumns() {
        return targetColumns;
    }

    Object[] values(Row row) {
        Object[] out = new Object[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i).apply(row);
        }
        return out;
    }

    /** Adds the checked rows waiting in {@code scratch} that are not in the target yet. */
    String insertMissingSql(String scratch, Database db) {
        String cols = String.join(", ", targetColumns);
        String sql = "insert into " + target + " (" + cols + ") select " + prefixed(cols) + " from " + scratch + " s";
        if (db == Database.POSTGRESQL && conflictTarget != null) {
            return sql + " on conflict " + conflictTarget + " do nothing";
        }
        return sql + " where not exists (select 1 from " + target + " t where " + present + ")";
    }

    private static String prefixed(String cols) {
        return "s." + cols.replace(", ", ", s.");
    }

    // ---- values -------------------------------------------------------------------------------

    /** The column's value as it is (written on as the file's bytes where it can be). */
    Function<Row, Object> textOf(String c) {
        int i = col(c);
        return r -> r.value(i);
    }

    /** What the column's check parsed: the date, month, year, whole number or referenced id. */
    Function<Row, Object> parsedOf(String c) {
        int i = col(c);
        return r -> r.parsed[i];
    }

    Function<Row, Object> intOf(String c, int fallback) {
        int i = col(c);
        return r -> r.parsed[i] == null ? fallback : r.parsed[i];
    }

    Function<Row, Object> boolOf(String c) {
        int i = col(c);
        return r -> "true".equals(r.text(i));
    }

    static Function<Row, Object> cadreIdOf() {
        return r -> r.cadreId;
    }

    static Function<Row, Object> constant(Object value) {
        return r -> value;
    }

    static LocalDate parseDate(String v) {
        if (v.length() != 10 || v.charAt(4) != '-' || v.charAt(7) != '-') {
            return null;
        }
        int y = digits(v, 0, 4);
        int m = digits(v, 5, 7);
        int d = digits(v, 8, 10);
        if (y < FIRST_YEAR || y > LAST_YEAR || m < 0 || d < 0) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** "YYYY-MM" as the month's first day. */
    static LocalDate parseMonth(String v) {
        if (v == null || v.length() != 7 || v.charAt(4) != '-') {
            return null;
        }
        int y = digits(v, 0, 4);
        int m = digits(v, 5, 7);
        return y < FIRST_YEAR || y > LAST_YEAR || m < 1 || m > 12 ? null : LocalDate.of(y, m, 1);
    }

    /** A whole number that fits an integer column (at most 9 digits, optional minus). */
    static Integer parseInteger(String v) {
        int start = v.startsWith("-") ? 1 : 0;
        int len = v.length() - start;
        if (len < 1 || len > 9) {
            return null;
        }
        int n = digits(v, start, v.length());
        return n < 0 ? null : start == 1 ? -n : n;
    }

    /** The number the ASCII digits from {@code from} to {@code to} make, -1 when one is not a digit. */
    private static int digits(String v, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char ch = v.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            n = n * 10 + (ch - '0');
        }
        return n;
    }
}
