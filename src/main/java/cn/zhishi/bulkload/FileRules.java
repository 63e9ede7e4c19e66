package cn.zhishi.bulkload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks and the insert of one file of the city layout, as set-based SQL over its staging table
 * ({@code s}): every check is a condition with a reason, and the reject query gives each refused row
 * the first reason that applies. The lookups a check needs (valid days and months, codes, the cadres'
 * keys, units, posts) are left joins on small tables, so a check costs one pass over the file, never a
 * query per row. The same SQL runs on PostgreSQL and on H2 (MODE=PostgreSQL).
 */
final class FileRules {

    final CityFile file;
    private final Database database;
    private final LocalDate today;
    private final Set<String> joins = new LinkedHashSet<>();
    private final List<String[]> checks = new ArrayList<>();
    private String naturalKey;
    private String target;
    private String insertColumns;
    private String insertValues;
    private String presentCondition;
    private String conflictTarget;
    private String insertJoin = "";
    private String insertCondition;

    FileRules(CityFile file, Database database, LocalDate today) {
        this.file = file;
        this.database = database;
        this.today = today;
    }

    String stage() {
        return Staging.table(file);
    }

    /** The staging column of a CSV column ({@code year}, {@code month} … are reserved words on H2). */
    static String col(String csvColumn) {
        return Staging.column(csvColumn);
    }

    private static String s(String csvColumn) {
        return "s." + col(csvColumn);
    }

    // ---- checks -------------------------------------------------------------------------------

    FileRules check(String condition, String reasonSql) {
        checks.add(new String[] {condition, reasonSql});
        return this;
    }

    FileRules required(String c) {
        return check(s(c) + " is null or trim(" + s(c) + ") = ''", lit(c + ": required"));
    }

    FileRules text(String c, int max, boolean required) {
        if (required) {
            required(c);
        }
        return check("length(" + s(c) + ") > " + max, lit(c + ": longer than " + max + " characters"));
    }

    FileRules date(String c, boolean required, boolean notInFuture) {
        if (required) {
            required(c);
        }
        joins.add("left join bl_day " + alias("d", c) + " on " + alias("d", c) + ".d = " + s(c));
        check(s(c) + " is not null and " + alias("d", c) + ".v is null",
                lit(c + ": not a date (YYYY-MM-DD): ") + " || " + s(c));
        if (notInFuture) {
            check(alias("d", c) + ".v > date '" + today + "'", lit(c + ": in the future: ") + " || " + s(c));
        }
        return this;
    }

    FileRules month(String c) {
        required(c);
        joins.add("left join bl_month " + alias("m", c) + " on " + alias("m", c) + ".m = " + s(c));
        return check(alias("m", c) + ".v is null", lit(c + ": not a month (YYYY-MM): ") + " || " + s(c));
    }

    FileRules year(String c) {
        required(c);
        joins.add("left join bl_year " + alias("y", c) + " on " + alias("y", c) + ".y = " + s(c));
        return check(alias("y", c) + ".v is null", lit(c + ": not a year: ") + " || " + s(c));
    }

    /** An end date not before the start date (both columns already checked as dates). */
    FileRules ordered(String start, String end) {
        return check(alias("d", end) + ".v < " + alias("d", start) + ".v", lit(end + ": before " + start));
    }

    FileRules integer(String c, boolean required) {
        if (required) {
            required(c);
        }
        return check(s(c) + " is not null and not " + database.isInteger(s(c)), lit(c + ": not a whole number: ") + " || " + s(c));
    }

    FileRules bool(String c) {
        return check(s(c) + " is not null and " + s(c) + " not in ('true', 'false')",
                lit(c + ": not true/false: ") + " || " + s(c));
    }

    /** One of the names of an enumeration (loaded into {@code bl_code} under {@code kind}). */
    FileRules code(String c, String kind, boolean required) {
        if (required) {
            required(c);
        }
        String a = alias("k", c);
        joins.add("left join bl_code " + a + " on " + a + ".kind = '" + kind + "' and " + a + ".code = " + s(c));
        return check(s(c) + " is not null and " + a + ".code is null", lit(c + ": unknown code: ") + " || " + s(c));
    }

    /** An active entry of a managed dictionary. */
    FileRules dictionary(String c, String dictCode, boolean required) {
        if (required) {
            required(c);
        }
        String a = alias("e", c);
        joins.add("left join dictionary_entry " + a + " on " + a + ".dict_code = '" + dictCode + "' and " + a + ".code = "
                + s(c) + " and " + a + ".active = true");
        return check(s(c) + " is not null and " + a + ".code is null",
                lit(c + ": not in dictionary " + dictCode + ": ") + " || " + s(c));
    }

    /** The cadre named by {@code id_number}: loaded from cadres.csv or already in the registry. */
    FileRules cadre() {
        required("id_number");
        joins.add("left join bl_cadre_key ck on ck.id_number = s.id_number");
        return check("ck.cadre_id is null", lit("id_number: no such cadre: ") + " || s.id_number");
    }

    /** A row of {@code table} whose {@code code} is the column's value. */
    FileRules reference(String c, String table, boolean required) {
        if (required) {
            required(c);
        }
        String a = alias("r", c);
        joins.add("left join " + table + " " + a + " on " + a + ".code = " + s(c));
        return check(s(c) + " is not null and " + a + ".id is null", lit(c + ": no such " + table.replace('_', ' ') + ": ")
                + " || " + s(c));
    }

    // ---- typed values for the insert ----------------------------------------------------------

    static String dateOf(String c) {
        return alias("d", c) + ".v";
    }

    static String monthOf(String c) {
        return alias("m", c) + ".v";
    }

    static String yearOf(String c) {
        return alias("y", c) + ".v";
    }

    static String idOf(String c) {
        return alias("r", c) + ".id";
    }

    static String boolOf(String c) {
        return "case when " + s(c) + " = 'true' then true else false end";
    }

    static String intOf(String c, int fallback) {
        return "coalesce(cast(" + s(c) + " as integer), " + fallback + ")";
    }

    static String textOf(String c) {
        return s(c);
    }

    // ---- key and insert -----------------------------------------------------------------------

    /** The natural key shown in the rejects file and used to find duplicates within the file. */
    FileRules key(String... columns) {
        List<String> parts = new ArrayList<>();
        for (String c : columns) {
            parts.add("coalesce(" + s(c) + ", '')");
        }
        naturalKey = String.join(" || '/' || ", parts);
        return this;
    }

    /**
     * Rows go into {@code table}; a row is already there when {@code present} (over {@code t}, the
     * target, and the joins) holds — loading the same file twice adds nothing.
     */
    FileRules insert(String table, String columns, String values, String present) {
        this.target = table;
        this.insertColumns = columns;
        this.insertValues = values;
        this.presentCondition = present;
        return this;
    }

    /**
     * The target's unique key matching the natural key (e.g. {@code (cadre_id, report_month)}): on
     * PostgreSQL the insert then skips rows already there by {@code on conflict do nothing}, and
     * duplicates within the file need no search unless rows went missing.
     */
    FileRules unique(String conflictTarget) {
        this.conflictTarget = conflictTarget;
        return this;
    }

    String conflictTarget() {
        return conflictTarget;
    }

    /** A further join and condition for the insert only (units: the parent must be in the registry already). */
    FileRules insertOnly(String join, String condition) {
        this.insertJoin = " " + join;
        this.insertCondition = condition;
        return this;
    }

    String target() {
        return target;
    }

    String naturalKey() {
        return naturalKey;
    }

    private String from() {
        return " from " + stage() + " s " + String.join(" ", joins);
    }

    private String notRejected() {
        return "not exists (select 1 from bl_reject r where r.file = '" + file.fileName + "' and r.row_no = s.row_no)";
    }

    /** The first failing check's reason, null for a row that passes every check. */
    private String reason() {
        StringBuilder reason = new StringBuilder("case");
        for (String[] c : checks) {
            reason.append(" when ").append(c[0]).append(" then ").append(c[1]);
        }
        return reason.append(" end").toString();
    }

    /** Inserts a reject for every row that fails a check, with the first failing check's reason. */
    String rejectSql() {
        String reason = reason();
        return "insert into bl_reject (file, row_no, natural_key, reason) select '" + file.fileName
                + "', row_no, natural_key, reason from (select s.row_no as row_no, " + naturalKey + " as natural_key, "
                + reason + " as reason" + from() + ") x where reason is not null";
    }

    /**
     * Collects the natural keys that occur more than once among the rows not refused yet
     * ({@code anyRejected}: some rows of the file are refused already, leave them out).
     */
    String duplicateKeysSql(boolean anyRejected) {
        return "insert into bl_dup (file, natural_key, first_row) select '" + file.fileName
                + "', natural_key, min(row_no) from (select " + naturalKey + " as natural_key, s.row_no as row_no from "
                + stage() + " s" + (anyRejected ? " where " + notRejected() : "") + ") x group by natural_key having count(*) > 1";
    }

    /** Refuses every occurrence of a duplicated key after the first. */
    String duplicateRejectSql() {
        return "insert into bl_reject (file, row_no, natural_key, reason) select '" + file.fileName
                + "', s.row_no, d.natural_key, 'duplicate of row ' || cast(d.first_row as varchar(20)) from " + stage()
                + " s join bl_dup d on d.file = '" + file.fileName + "' and d.natural_key = " + naturalKey
                + " where s.row_no > d.first_row and " + notRejected();
    }

    /**
     * Inserts the rows that pass every check and are not refused already ({@code anyRejected}: some
     * are). {@code targetWasEmpty}: the table held nothing before this load, so no row can be there
     * already and the presence test is left out. {@code onConflict}: PostgreSQL skips rows whose
     * unique key is taken (already there, or an earlier row of the file) instead.
     */
    String insertSql(boolean targetWasEmpty, boolean anyRejected, boolean onConflict) {
        String sql = "insert into " + target + " (" + insertColumns + ") select " + insertValues + from() + insertJoin
                + " where (" + reason() + ") is null" + (anyRejected ? " and " + notRejected() : "")
                + (insertCondition == null ? "" : " and " + insertCondition);
        if (onConflict) {
            return sql + " on conflict " + conflictTarget + " do nothing";
        }
        if (!targetWasEmpty && presentCondition != null) {
            sql += " and not exists (select 1 from " + target + " t where " + presentCondition + ")";
        }
        return sql;
    }

    private static String alias(String prefix, String column) {
        return prefix + "_" + column;
    }

    private static String lit(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
