package cn.zhishi.excel;

import cn.zhishi.cadre.CadreForm;
import cn.zhishi.cadre.CadreType;
import cn.zhishi.cadre.CitizenIdNumber;
import cn.zhishi.cadre.EducationForm;
import cn.zhishi.cadre.FamilyMemberForm;
import cn.zhishi.cadre.Gender;
import cn.zhishi.cadre.ResumeEntryForm;
import cn.zhishi.cadre.StudyMode;
import cn.zhishi.cadre.TenureForm;
import cn.zhishi.shared.FieldProblem;
import cn.zhishi.shared.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads an import workbook into one {@link PersonRows} per cadre. It only turns cells into form
 * values (text, dates, dictionary codes, unit and post ids) and says which cells it could not read;
 * whether the values make a valid file is decided by the cadre service, never here.
 * <p>Columns are found by header, in any order; columns and sheets the template does not know are
 * reported as ignored. Rows of sheets 2–5 whose ID number is neither in sheet 1 nor on file belong to nobody and
 * are returned as orphans with their reason.
 */
final class WorkbookParser {

    /** Sheets read, or known parts of the template; any other sheet with content is reported as ignored. */
    private static final Set<String> READ_OR_TEMPLATE_SHEETS = Stream.concat(
            Stream.of(ImportSheet.values()).map(ImportSheet::title),
            Stream.of(ImportTemplate.GUIDE_SHEET, ImportTemplate.UNIT_SHEET, ImportTemplate.POST_SHEET, ImportTemplate.LIST_SHEET))
            .collect(Collectors.toUnmodifiableSet());

    private final ImportLookups lookups;
    private final ImportVocabulary vocabulary;
    private final int maxRowsPerSheet;

    WorkbookParser(ImportLookups lookups, ImportVocabulary vocabulary, int maxRowsPerSheet) {
        this.lookups = lookups;
        this.vocabulary = vocabulary;
        this.maxRowsPerSheet = maxRowsPerSheet;
    }

    /** @throws InvalidInputException (field {@code file}) when the file cannot be read as an import workbook at all */
    ParsedWorkbook parse(byte[] file) {
        try (Workbook wb = open(file)) {
            return parse(wb);
        } catch (IOException e) {
            throw InvalidInputException.of("file", "imports.file.unreadable");
        }
    }

    ParsedWorkbook parse(Workbook wb) {
        if (wb.getSheet(ImportSheet.CADRES.title()) == null) {
            throw InvalidInputException.of("file", "imports.file.noCadreSheet", ImportSheet.CADRES.title());
        }
        Map<ImportSheet, List<String>> headers = new EnumMap<>(ImportSheet.class);
        Map<ImportSheet, List<RawRow>> rows = new EnumMap<>(ImportSheet.class);
        List<Ignored> ignored = new ArrayList<>();
        List<FieldProblem> layoutProblems = new ArrayList<>();
        for (ImportSheet s : ImportSheet.values()) {
            Sheet sheet = wb.getSheet(s.title());
            if (sheet != null) {
                readSheet(s, sheet, headers, rows, ignored, layoutProblems);
            }
        }
        if (!layoutProblems.isEmpty()) {
            throw new InvalidInputException(layoutProblems);
        }
        for (Sheet sheet : wb) {
            if (!READ_OR_TEMPLATE_SHEETS.contains(sheet.getSheetName()) && sheet.getPhysicalNumberOfRows() > 0) {
                ignored.add(Ignored.sheet(sheet.getSheetName()));
            }
        }

        Map<String, PersonRows> persons = new LinkedHashMap<>();
        for (RawRow r : rows.getOrDefault(ImportSheet.CADRES, List.of())) {
            List<RowIssue> issues = new ArrayList<>();
            CadreForm facts = facts(r, issues);
            // rows without an ID number are separate people, each refused by the cadre service
            String key = personKey(r).isEmpty() ? "#" + r.row().number() : personKey(r);
            PersonRows known = persons.get(key);
            if (known == null) {
                PersonRows p = new PersonRows(key, r.row(), facts);
                p.addIssues(issues);
                persons.put(key, p);
            } else {
                // two rows for one person: neither can be trusted over the other
                known.addRepeatedFactRow(r.row());
                known.addIssues(List.of(new RowIssue(r.row(), "idNumber", "imports.idNumber.repeated",
                        known.factsRow().number())));
            }
        }

        List<RowIssue> orphans = new ArrayList<>();
        Map<String, Optional<CadreForm>> onFile = new HashMap<>();
        for (ImportSheet s : List.of(ImportSheet.EDUCATION, ImportSheet.FAMILY, ImportSheet.RESUME, ImportSheet.TENURES)) {
            for (RawRow r : rows.getOrDefault(s, List.of())) {
                List<RowIssue> issues = new ArrayList<>();
                Object form = record(s, r, issues);
                String key = personKey(r);
                PersonRows p = persons.get(key);
                if (p == null && !key.isEmpty()) {
                    Optional<CadreForm> facts = onFile.computeIfAbsent(key, k -> validId(k).flatMap(lookups::factsOnFile));
                    if (facts.isPresent()) {
                        p = new PersonRows(key, null, facts.get());
                        persons.put(key, p);
                    }
                }
                if (p == null) {
                    orphans.addAll(issues);
                    orphans.add(key.isEmpty()
                            ? new RowIssue(r.row(), "idNumber", "validation.required")
                            : new RowIssue(r.row(), "idNumber", "imports.person.unknown", ImportSheet.CADRES.title()));
                } else {
                    p.addRecord(r.row(), form);
                    p.addIssues(issues);
                }
            }
        }
        int count = rows.values().stream().mapToInt(List::size).sum();
        return new ParsedWorkbook(headers, List.copyOf(persons.values()), orphans, ignored, count);
    }

    private static Workbook open(byte[] file) {
        try {
            return WorkbookFactory.create(new ByteArrayInputStream(file));
        } catch (IOException | RuntimeException e) {
            // POI signals "not a workbook" with several unchecked exceptions (wrong format, zip bombs, encryption)
            throw InvalidInputException.of("file", "imports.file.unreadable");
        }
    }

    /** A row with its cells by field, before conversion. */
    private record RawRow(SheetRow row, Map<String, Cell> cells) {
        Cell cell(String field) {
            return cells.get(field);
        }
    }

    private void readSheet(ImportSheet s, Sheet sheet, Map<ImportSheet, List<String>> headers,
            Map<ImportSheet, List<RawRow>> rows, List<Ignored> ignored, List<FieldProblem> layoutProblems) {
        Row head = sheet.getRow(sheet.getFirstRowNum());
        List<String> uploaded = new ArrayList<>();
        Map<String, Integer> columnOf = new HashMap<>();
        List<Integer> kept = new ArrayList<>();
        Set<Integer> named = new HashSet<>();
        if (head != null) {
            for (int c = 0; c < head.getLastCellNum(); c++) {
                String h = header(CellValues.text(head.getCell(c)));
                if (!h.isEmpty()) {
                    named.add(c);
                }
                if (h.equals(ImportSheet.ROW_NUMBER_HEADER) || h.equals(ImportSheet.REASON_HEADER)) {
                    continue;
                }
                kept.add(c);
                uploaded.add(h);
                Optional<ImportColumn> col = s.columnByHeader(h);
                if (col.isPresent() && !columnOf.containsKey(col.get().field())) {
                    columnOf.put(col.get().field(), c);
                } else if (col.isPresent()) {
                    ignored.add(Ignored.repeatedColumn(s.title(), h, CellReference.convertNumToColString(c)));
                } else if (!h.isEmpty()) {
                    ignored.add(Ignored.column(s.title(), h));
                }
            }
        }
        Set<Integer> unnamedWithData = new TreeSet<>();
        List<String> missing = s.columns().stream().filter(ImportColumn::required)
                .filter(c -> !columnOf.containsKey(c.field())).map(ImportColumn::header).toList();
        if (!missing.isEmpty()) {
            layoutProblems.add(new FieldProblem("file", "imports.file.missingColumns", s.title(), String.join("、", missing)));
            return;
        }
        headers.put(s, uploaded);
        List<RawRow> read = new ArrayList<>();
        int first = head == null ? 0 : head.getRowNum() + 1;
        for (int i = first; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            if (row == null) {
                continue;
            }
            List<String> cells = new ArrayList<>(kept.size());
            for (int c : kept) {
                cells.add(CellValues.text(row.getCell(c)));
            }
            for (int c = 0; c < row.getLastCellNum(); c++) {
                if (!named.contains(c) && !CellValues.text(row.getCell(c)).isEmpty()) {
                    unnamedWithData.add(c);
                }
            }
            if (cells.stream().allMatch(String::isEmpty)) {
                continue;
            }
            if (read.size() == maxRowsPerSheet) {
                layoutProblems.add(new FieldProblem("file", "imports.file.tooManyRows", s.title(), maxRowsPerSheet));
                return;
            }
            Map<String, String> byField = new HashMap<>();
            Map<String, Cell> cellByField = new HashMap<>();
            columnOf.forEach((field, c) -> {
                Cell cell = row.getCell(c);
                cellByField.put(field, cell);
                byField.put(field, CellValues.text(cell));
            });
            read.add(new RawRow(new SheetRow(s, i + 1, cells, byField), cellByField));
        }
        unnamedWithData.forEach(c -> ignored.add(Ignored.unnamedColumn(s.title(), CellReference.convertNumToColString(c))));
        rows.put(s, read);
    }

    /** Headers are compared without spaces and required-markers, which people add or remove freely. */
    static String header(String text) {
        return text.replaceAll("[\\s*＊]", "");
    }

    private static String personKey(RawRow r) {
        return r.row().value("idNumber").toUpperCase();
    }

    private static Optional<String> validId(String text) {
        return CitizenIdNumber.parse(text) instanceof CitizenIdNumber.Valid v ? Optional.of(v.id().value()) : Optional.empty();
    }

    private CadreForm facts(RawRow r, List<RowIssue> issues) {
        Cells c = new Cells(r, issues);
        CadreForm f = new CadreForm();
        f.setName(c.text("name"));
        f.setGender((Gender) c.choice("gender"));
        f.setEthnicity(c.dictionary("ethnicity"));
        f.setBirthDate(c.date("birthDate"));
        f.setIdNumber(c.idNumber());
        f.setPhone(c.text("phone"));
        f.setNativePlace(c.text("nativePlace"));
        f.setPartyJoinDate(c.date("partyJoinDate"));
        f.setWorkStartDate(c.date("workStartDate"));
        f.setCadreType((CadreType) c.choice("cadreType"));
        f.setUnitId(c.unit("unitId"));
        f.setSpecialty(c.text("specialty"));
        f.setFamiliarFields(c.text("familiarFields"));
        return f;
    }

    private Object record(ImportSheet s, RawRow r, List<RowIssue> issues) {
        Cells c = new Cells(r, issues);
        c.idNumber();
        switch (s) {
            case EDUCATION -> {
                EducationForm e = new EducationForm();
                e.setStudyMode((StudyMode) c.choice("studyMode"));
                e.setEducationLevel(c.dictionary("educationLevel"));
                e.setDegree(c.dictionary("degree"));
                e.setSchool(c.text("school"));
                e.setMajor(c.text("major"));
                e.setStartDate(c.date("startDate"));
                e.setEndDate(c.date("endDate"));
                return e;
            }
            case FAMILY -> {
                FamilyMemberForm m = new FamilyMemberForm();
                m.setRelation(c.dictionary("relation"));
                m.setName(c.text("name"));
                m.setBirthDate(c.date("birthDate"));
                m.setPoliticalStatus(c.dictionary("politicalStatus"));
                m.setWorkUnit(c.text("workUnit"));
                m.setPostTitle(c.text("postTitle"));
                m.setSettledAbroad(c.yesNo("settledAbroad"));
                m.setAbroadCountry(c.text("abroadCountry"));
                m.setSettledSince(c.date("settledSince"));
                return m;
            }
            case RESUME -> {
                ResumeEntryForm e = new ResumeEntryForm();
                e.setStartDate(c.date("startDate"));
                e.setEndDate(c.date("endDate"));
                e.setDescription(c.text("description"));
                return e;
            }
            case TENURES -> {
                TenureForm t = new TenureForm();
                t.setPostId(c.post("postId"));
                t.setStartDate(c.date("startDate"));
                t.setEndDate(c.date("endDate"));
                t.setDocumentNo(c.text("documentNo"));
                return t;
            }
            default -> throw new IllegalArgumentException(s.name());
        }
    }

    /** Typed reads of one row's cells; every cell it cannot read becomes an issue and a null value. */
    private final class Cells {

        private final RawRow r;
        private final List<RowIssue> issues;

        Cells(RawRow r, List<RowIssue> issues) {
            this.r = r;
            this.issues = issues;
        }

        /**
         * Blank cells are null, so the cadre service's required checks speak for them. A formula
         * error (#N/A …) is reported and read as blank, never taken for a value.
         */
        String text(String field) {
            String v = r.row().value(field);
            if (CellValues.isError(r.cell(field))) {
                issue(field, "imports.cell.error", v);
                return null;
            }
            return v.isEmpty() ? null : v;
        }

        String idNumber() {
            if (CellValues.isPlainNumber(r.cell("idNumber"))) {
                issue("idNumber", "imports.idNumber.numeric");
            }
            String v = text("idNumber");
            return v == null ? null : v.toUpperCase();
        }

        LocalDate date(String field) {
            if (text(field) == null) {
                return null;
            }
            Optional<LocalDate> d = CellValues.date(r.cell(field));
            if (d.isEmpty()) {
                issue(field, "imports.date.format");
            }
            return d.orElse(null);
        }

        String dictionary(String field) {
            String v = text(field);
            if (v == null) {
                return null;
            }
            ImportColumn col = r.row().sheet().column(field).orElseThrow();
            Optional<String> code = lookups.dictionaryCode(col.dictCode(), v);
            if (code.isEmpty()) {
                issue(field, "imports.value.unknown", v);
            }
            return code.orElse(null);
        }

        Enum<?> choice(String field) {
            String v = text(field);
            if (v == null) {
                return null;
            }
            ImportColumn col = r.row().sheet().column(field).orElseThrow();
            Optional<Enum<?>> e = vocabulary.choice(col.choices(), v);
            if (e.isEmpty()) {
                issue(field, "imports.value.unknown", v);
            }
            return e.orElse(null);
        }

        boolean yesNo(String field) {
            String v = text(field);
            if (v == null) {
                return false;
            }
            Optional<Boolean> b = vocabulary.yesNo(v);
            if (b.isEmpty()) {
                issue(field, "imports.value.unknown", v);
            }
            return b.orElse(false);
        }

        Long unit(String field) {
            String v = text(field);
            if (v == null) {
                return null;
            }
            Optional<Long> id = lookups.unitId(v);
            if (id.isEmpty()) {
                issue(field, "imports.unit.unknown", v);
            }
            return id.orElse(null);
        }

        Long post(String field) {
            String v = text(field);
            if (v == null) {
                return null;
            }
            Optional<Long> id = lookups.postId(v);
            if (id.isEmpty()) {
                issue(field, "imports.post.unknown", v);
            }
            return id.orElse(null);
        }

        private void issue(String field, String code, Object... args) {
            issues.add(new RowIssue(r.row(), field, code, args));
        }
    }
}
