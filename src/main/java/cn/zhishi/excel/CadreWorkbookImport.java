package cn.zhishi.excel;

import cn.zhishi.cadre.CadreImport;
import cn.zhishi.cadre.CadreProfiles;
import cn.zhishi.cadre.CadreService;
import cn.zhishi.dictionary.Dictionaries;
import cn.zhishi.org.Jurisdictions;
import cn.zhishi.org.OrgDirectory;
import cn.zhishi.shared.FieldProblem;
import cn.zhishi.shared.InvalidInputException;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 批量导入: reads a workbook and imports each cadre through {@link CadreService#importCadre}, all in
 * one transaction. A dry run (预检) does exactly the same and then rolls the transaction back, so the
 * preview shows what confirming will do — including rules that depend on earlier rows of the same
 * file, such as a post's capacity — and saves nothing.
 * <p>A cadre with any unreadable cell is never saved; it is still passed to the cadre service inside a
 * savepoint that is always rolled back, so the user sees every problem of the file in one round.
 * The cadre service refuses an invalid cadre without writing anything, so a refusal does not spoil
 * the transaction and the next cadre goes on.
 */
@Service
class CadreWorkbookImport {

    private static final Pattern RECORD_FIELD = Pattern.compile("(\\w+)\\[(\\d+)]\\.(.+)");

    private final CadreService cadres;
    private final CadreProfiles profiles;
    private final OrgDirectory org;
    private final Jurisdictions jurisdictions;
    private final Dictionaries dictionaries;
    private final ImportVocabulary vocabulary;
    private final ExcelSettings settings;
    private final TransactionTemplate transaction;
    private final EntityManager entityManager;
    private final DataSource dataSource;

    CadreWorkbookImport(CadreService cadres, CadreProfiles profiles, OrgDirectory org, Jurisdictions jurisdictions,
            Dictionaries dictionaries, ImportVocabulary vocabulary, ExcelSettings settings,
            PlatformTransactionManager transactionManager, EntityManager entityManager, DataSource dataSource) {
        this.cadres = cadres;
        this.profiles = profiles;
        this.org = org;
        this.jurisdictions = jurisdictions;
        this.dictionaries = dictionaries;
        this.vocabulary = vocabulary;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactionManager);
        this.entityManager = entityManager;
        this.dataSource = dataSource;
    }

    /** 预检: everything confirming would do, then rolled back. */
    ImportRun dryRun(byte[] workbook) {
        return run(workbook, true);
    }

    /** 确认导入: saves every valid cadre and skips the refused ones, in one transaction. */
    ImportRun confirm(byte[] workbook) {
        return run(workbook, false);
    }

    /** @throws InvalidInputException (field {@code file}) when the file is not an import workbook */
    private ImportRun run(byte[] workbook, boolean dryRun) {
        long started = System.nanoTime();
        return transaction.execute(status -> {
            RegistryLookups lookups = new RegistryLookups(org, dictionaries, cadres, profiles, jurisdictions.current());
            ParsedWorkbook parsed = new WorkbookParser(lookups, vocabulary, settings.importMaxRows()).parse(workbook);
            Tally tally = new Tally();
            tally.rejectOrphans(parsed.orphans());
            for (PersonRows p : parsed.persons()) {
                importOne(p, tally);
            }
            if (dryRun) {
                status.setRollbackOnly();
            }
            return new ImportRun(dryRun, parsed, tally.registered, tally.updated, tally.unchanged, tally.rejected,
                    tally.rejectedRows, tally.issues, (System.nanoTime() - started) / 1_000_000);
        });
    }

    private void importOne(PersonRows p, Tally tally) {
        CadreImport imp = p.toImport();
        if (p.hasIssues()) {
            tally.rejectPerson(p, merge(p.issues(), locate(p, problemsWithoutSaving(imp))));
            return;
        }
        try {
            CadreImport.Outcome outcome = cadres.importCadre(imp).outcome();
            switch (outcome) {
                case REGISTERED -> tally.registered++;
                case UPDATED -> tally.updated++;
                case UNCHANGED -> tally.unchanged++;
                default -> throw new IllegalStateException(outcome.name());
            }
        } catch (InvalidInputException e) {
            tally.rejectPerson(p, locate(p, e.problems()));
        }
        // keeps the persistence context one cadre small: otherwise every flush and query re-checks
        // every cadre imported so far, and a large file slows down quadratically
        entityManager.flush();
        entityManager.clear();
    }

    /**
     * What the cadre service finds wrong with a cadre that must not be saved anyway. Runs it inside a
     * JDBC savepoint that is always rolled back. The transaction manager does not offer savepoints,
     * since they do not cover the persistence context; so everything is flushed before the rollback
     * and the context cleared after it — nothing of this cadre survives in either place.
     */
    private List<FieldProblem> problemsWithoutSaving(CadreImport imp) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        Savepoint savepoint;
        try {
            savepoint = connection.setSavepoint();
        } catch (SQLException e) {
            throw new IllegalStateException("savepoints are needed to check refused cadres", e);
        }
        try {
            cadres.importCadre(imp);
            entityManager.flush();
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems();
        } finally {
            try {
                connection.rollback(savepoint);
                connection.releaseSavepoint(savepoint);
            } catch (SQLException e) {
                throw new IllegalStateException("could not roll back to the savepoint", e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
            entityManager.clear();
        }
    }

    /**
     * Points the cadre service's problems at cells: {@code educations[1].school} is the 毕业院校 cell of
     * the person's second row in 学历学位; a plain field is a cell of the sheet-1 row.
     */
    static List<RowIssue> locate(PersonRows p, List<FieldProblem> problems) {
        List<RowIssue> located = new ArrayList<>();
        for (FieldProblem fp : problems) {
            Matcher m = RECORD_FIELD.matcher(fp.field());
            SheetRow row = null;
            String field = fp.field();
            if (m.matches()) {
                ImportSheet sheet = ImportSheet.byListName(m.group(1)).orElse(null);
                row = sheet == null ? null : p.recordRow(sheet, Integer.parseInt(m.group(2)));
                field = m.group(3);
            }
            if (row == null) {
                row = p.anchor();
            }
            located.add(new RowIssue(row, row.sheet().column(field).isPresent() ? field : null, fp.code(), fp.args()));
        }
        return located;
    }

    /**
     * Reading problems first; the service's problems only for cells not already reported, since an
     * unreadable cell reaches the service as empty and would be reported a second time as "required".
     */
    static List<RowIssue> merge(List<RowIssue> reading, List<RowIssue> service) {
        Set<String> reported = new HashSet<>();
        reading.forEach(i -> reported.add(i.row().sheet() + ":" + i.row().number() + ":" + i.field()));
        List<RowIssue> all = new ArrayList<>(reading);
        service.stream().filter(i -> !reported.contains(i.row().sheet() + ":" + i.row().number() + ":" + i.field()))
                .forEach(all::add);
        return all;
    }

    /** Counts and refusals collected over one run. */
    private static final class Tally {
        int registered;
        int updated;
        int unchanged;
        int rejected;
        final List<SheetRow> rejectedRows = new ArrayList<>();
        final List<RowIssue> issues = new ArrayList<>();

        /** Rows that belong to nobody count once per ID number they name (or per row, without one). */
        void rejectOrphans(List<RowIssue> orphans) {
            orphans.forEach(i -> reject(List.of(i.row()), List.of(i)));
            rejected += (int) orphans.stream().map(i -> i.row().value("idNumber").isEmpty()
                    ? i.row().sheet() + "#" + i.row().number() : i.row().value("idNumber").toUpperCase()).distinct().count();
        }

        private void reject(List<SheetRow> rows, List<RowIssue> reasons) {
            rejectedRows.addAll(rows);
            issues.addAll(reasons);
        }

        /** The whole person is refused: rows without a problem of their own say which row took them along. */
        void rejectPerson(PersonRows p, List<RowIssue> reasons) {
            rejected++;
            List<SheetRow> rows = p.rows().toList();
            Set<SheetRow> withReason = new HashSet<>();
            reasons.forEach(r -> withReason.add(r.row()));
            RowIssue first = reasons.isEmpty() ? null : reasons.get(0);
            List<RowIssue> all = new ArrayList<>(reasons);
            for (SheetRow row : rows) {
                if (!withReason.contains(row) && first != null) {
                    all.add(new RowIssue(row, null, "imports.rejectedWithPerson", first.row().sheet().title(),
                            first.row().number()));
                }
            }
            reject(rows, all);
        }
    }
}
