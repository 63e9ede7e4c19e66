package cn.zhishi.excel;

import cn.zhishi.cadre.CadreForm;
import cn.zhishi.cadre.CadreImport;
import cn.zhishi.cadre.EducationForm;
import cn.zhishi.cadre.FamilyMemberForm;
import cn.zhishi.cadre.ResumeEntryForm;
import cn.zhishi.cadre.TenureForm;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One cadre's rows gathered from every sheet by ID number, with the forms read from them, the rows
 * each form came from (to point the cadre service's problems back at cells) and the problems found
 * while reading. When the cadre has no row in sheet 1 the facts are those on file.
 */
final class PersonRows {

    private final String idNumber;
    private final SheetRow factsRow;
    private final CadreForm facts;
    private final List<SheetRow> repeatedFactRows = new ArrayList<>();
    private final Map<ImportSheet, List<SheetRow>> recordRows = new EnumMap<>(ImportSheet.class);
    private final List<EducationForm> educations = new ArrayList<>();
    private final List<FamilyMemberForm> family = new ArrayList<>();
    private final List<ResumeEntryForm> resume = new ArrayList<>();
    private final List<TenureForm> tenures = new ArrayList<>();
    private final List<RowIssue> issues = new ArrayList<>();

    PersonRows(String idNumber, SheetRow factsRow, CadreForm facts) {
        this.idNumber = idNumber;
        this.factsRow = factsRow;
        this.facts = facts;
    }

    String idNumber() {
        return idNumber;
    }

    /** The sheet-1 row, or null when the facts are those on file. */
    SheetRow factsRow() {
        return factsRow;
    }

    void addRepeatedFactRow(SheetRow row) {
        repeatedFactRows.add(row);
    }

    void addRecord(SheetRow row, Object form) {
        recordRows.computeIfAbsent(row.sheet(), s -> new ArrayList<>()).add(row);
        if (form instanceof EducationForm e) {
            educations.add(e);
        } else if (form instanceof FamilyMemberForm m) {
            family.add(m);
        } else if (form instanceof ResumeEntryForm r) {
            resume.add(r);
        } else if (form instanceof TenureForm t) {
            tenures.add(t);
        } else {
            throw new IllegalArgumentException("not a record form: " + form);
        }
    }

    void addIssues(List<RowIssue> more) {
        issues.addAll(more);
    }

    List<RowIssue> issues() {
        return issues;
    }

    boolean hasIssues() {
        return !issues.isEmpty();
    }

    /** The row of the sheet's {@code index}-th record of this person (indexes as in {@link #toImport()}). */
    SheetRow recordRow(ImportSheet sheet, int index) {
        List<SheetRow> rows = recordRows.getOrDefault(sheet, List.of());
        return index >= 0 && index < rows.size() ? rows.get(index) : null;
    }

    /** Where problems with the basic facts are shown: the sheet-1 row, else the person's first row. */
    SheetRow anchor() {
        return factsRow != null ? factsRow : rows().findFirst().orElseThrow();
    }

    /** Every row of this person, sheet by sheet. */
    Stream<SheetRow> rows() {
        return Stream.concat(Stream.concat(Stream.ofNullable(factsRow), repeatedFactRows.stream()),
                recordRows.values().stream().flatMap(List::stream));
    }

    CadreImport toImport() {
        return new CadreImport(facts, educations, family, resume, tenures);
    }
}
