package cn.zhishi.eligibility;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** REST access to vacancies ([004]). Refusals (state, fewer than three, ineligible) are 409 problem details. */
@RestController
@Tag(name = "vacancies", description = "职位空缺 — candidate lists of at least three eligible cadres, recommendations on record")
class VacancyApiController {

    private static final String READERS = "hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')";
    private static final String WRITERS = "hasRole('ORG_ADMIN')";

    private final Vacancies vacancies;

    VacancyApiController(Vacancies vacancies) {
        this.vacancies = vacancies;
    }

    @GetMapping("/api/v1/vacancies")
    @PreAuthorize(READERS)
    List<Vacancies.View> list() {
        return vacancies.list();
    }

    @GetMapping("/api/v1/vacancies/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "A vacancy with its comparison table and recommendations")
    Map<String, Object> get(@PathVariable long id) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("vacancy", vacancies.get(id));
        m.put("comparison", vacancies.comparison(id));
        m.put("recommendations", vacancies.recommendations(id));
        return m;
    }

    @PostMapping("/api/v1/vacancies")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Open a vacancy for a post (postId, reason)")
    ResponseEntity<Map<String, Long>> open(@RequestBody VacancyForm form) {
        long id = vacancies.open(form);
        return ResponseEntity.created(URI.create("/api/v1/vacancies/" + id)).body(Map.of("id", id));
    }

    @PostMapping("/api/v1/vacancies/{id}/candidates")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Add a candidate (cadreId); the verdict for the post is re-checked and must be eligible")
    ResponseEntity<Void> add(@PathVariable long id, @RequestBody VacancyForm form) {
        vacancies.addCandidate(id, form.getCadreId());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/v1/vacancies/{id}/candidates/{cadreId}")
    @PreAuthorize(WRITERS)
    ResponseEntity<Void> remove(@PathVariable long id, @PathVariable long cadreId) {
        vacancies.removeCandidate(id, cadreId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/vacancies/{id}/recommendations")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Record the principal's recommendation (cadreId, recommender, recommenderPost, statement, recommendedOn)")
    ResponseEntity<Map<String, Long>> recommend(@PathVariable long id, @RequestBody VacancyForm form) {
        long recId = vacancies.recommend(id, form);
        return ResponseEntity.created(URI.create("/api/v1/vacancies/" + id + "/recommendations/" + recId))
                .body(Map.of("id", recId));
    }

    @PostMapping("/api/v1/vacancies/{id}/submit")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Send the list forward; fewer than 3 eligible candidates need an exception reason (reason)")
    ResponseEntity<Void> submit(@PathVariable long id, @RequestBody(required = false) VacancyForm form) {
        vacancies.submit(id, form == null ? null : form.getReason());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/vacancies/{id}/close")
    @PreAuthorize(WRITERS)
    ResponseEntity<Void> close(@PathVariable long id, @RequestBody VacancyForm form) {
        vacancies.close(id, form.getReason());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/vacancies/{id}/withdraw")
    @PreAuthorize(WRITERS)
    ResponseEntity<Void> withdraw(@PathVariable long id, @RequestBody VacancyForm form) {
        vacancies.withdraw(id, form.getReason());
        return ResponseEntity.noContent().build();
    }
}
