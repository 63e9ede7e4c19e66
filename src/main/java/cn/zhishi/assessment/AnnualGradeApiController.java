package cn.zhishi.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST access to annual results; refusals are RFC 9457 problem details. */
@RestController
@RequestMapping("/api/v1/cadres/{id}/annual-grades")
@Tag(name = "annual grades", description = "年度考核结果 — annual results per cadre and year")
class AnnualGradeApiController {

    private final AnnualGrades grades;

    AnnualGradeApiController(AnnualGrades grades) {
        this.grades = grades;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','UNIT_REVIEWER','LEADER','CADRE')")
    @Operation(summary = "A cadre's annual grades, newest first")
    List<AnnualGradeRecord> list(@PathVariable long id) {
        return grades.gradesOf(id);
    }

    /** Body: {@code {"grade": "COMPETENT", "note": "..."}}; the year comes from the path. */
    @PutMapping("/{year}")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Operation(summary = "Record or correct the grade of a year")
    ResponseEntity<Void> record(@PathVariable long id, @PathVariable int year, @RequestBody AnnualGradeForm form) {
        form.setYear(year);
        grades.record(id, form, "API");
        return ResponseEntity.noContent().build();
    }
}
