package cn.zhishi.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.zhishi.cadre.CadreForm;
import cn.zhishi.cadre.EducationForm;
import cn.zhishi.cadre.TenureForm;
import cn.zhishi.shared.FieldProblem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the cadre service's field names are turned back into sheet, row and column. */
class ProblemLocationTest {

    private final SheetRow facts = row(ImportSheet.CADRES, 7, Map.of("idNumber", "X", "birthDate", "1980-05-12"));
    private final SheetRow edu1 = row(ImportSheet.EDUCATION, 3, Map.of("school", "甲校"));
    private final SheetRow edu2 = row(ImportSheet.EDUCATION, 9, Map.of("school", "乙校"));
    private final SheetRow tenure = row(ImportSheet.TENURES, 4, Map.of("endDate", "2019-01-01"));

    private PersonRows person() {
        PersonRows p = new PersonRows("X", facts, new CadreForm());
        p.addRecord(edu1, new EducationForm());
        p.addRecord(edu2, new EducationForm());
        p.addRecord(tenure, new TenureForm());
        return p;
    }

    @Test
    void prefixed_fields_point_at_the_row_of_that_record_and_plain_fields_at_the_sheet_one_row() {
        List<RowIssue> located = CadreWorkbookImport.locate(person(), List.of(
                new FieldProblem("educations[1].school", "validation.tooLong", 100),
                new FieldProblem("tenures[0].endDate", "tenure.endBeforeStart"),
                new FieldProblem("idNumber", "cadre.idNumber.CHECKSUM"),
                new FieldProblem("status", "something.else")));

        assertThat(located).extracting(i -> i.row().sheet(), i -> i.row().number(), RowIssue::field, RowIssue::value)
                .containsExactly(
                        tuple(ImportSheet.EDUCATION, 9, "school", "乙校"),
                        tuple(ImportSheet.TENURES, 4, "endDate", "2019-01-01"),
                        tuple(ImportSheet.CADRES, 7, "idNumber", "X"),
                        tuple(ImportSheet.CADRES, 7, null, ""));
        assertThat(located.get(0).args()).containsExactly(100);
    }

    @Test
    void a_cell_already_reported_as_unreadable_is_not_reported_again_by_the_service() {
        List<RowIssue> reading = List.of(new RowIssue(facts, "birthDate", "imports.date.format"));
        List<RowIssue> service = List.of(new RowIssue(facts, "birthDate", "validation.required"),
                new RowIssue(facts, "idNumber", "cadre.idNumber.CHECKSUM"));

        assertThat(CadreWorkbookImport.merge(reading, service)).extracting(RowIssue::field, RowIssue::code)
                .containsExactly(tuple("birthDate", "imports.date.format"), tuple("idNumber", "cadre.idNumber.CHECKSUM"));
    }

    private static SheetRow row(ImportSheet sheet, int number, Map<String, String> values) {
        return new SheetRow(sheet, number, List.copyOf(values.values()), values);
    }
}
