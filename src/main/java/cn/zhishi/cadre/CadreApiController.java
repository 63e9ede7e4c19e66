package cn.zhishi.cadre;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST access to cadres' files, within the caller's jurisdiction. Refusals are RFC 9457 problem
 * details listing every field error; a cadre outside the jurisdiction answers 404.
 */
@RestController
@RequestMapping("/api/v1/cadres")
@Tag(name = "cadres", description = "干部信息库 — cadres' files")
class CadreApiController {

    private final CadreQueries queries;
    private final CadreProfiles profiles;
    private final CadreService service;

    CadreApiController(CadreQueries queries, CadreProfiles profiles, CadreService service) {
        this.queries = queries;
        this.profiles = profiles;
        this.service = service;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','UNIT_REVIEWER','LEADER')")
    @Operation(summary = "List cadres", description = "Filters, sort and paging as query parameters (q, unitId, gender, "
            + "ethnicity, cadreType, educationLevel, ageMin, ageMax, postLevel, teamRole, sort, desc, page, size).")
    CadrePage list(CadreFilter filter) {
        return queries.page(filter);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','UNIT_REVIEWER','LEADER','CADRE')")
    @Operation(summary = "A cadre's full file (one person, one form)")
    CadreProfile get(@PathVariable long id) {
        return profiles.profile(id);
    }

    @PostMapping
    @Operation(summary = "Register a cadre")
    ResponseEntity<Map<String, Long>> create(@RequestBody CadreForm form) {
        long id = service.register(form);
        return ResponseEntity.created(URI.create("/api/v1/cadres/" + id)).body(Map.of("id", id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a cadre's basic facts", description = "Send the version you read to detect concurrent changes.")
    ResponseEntity<Void> update(@PathVariable long id, @RequestBody CadreForm form) {
        service.describe(id, form);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/educations")
    ResponseEntity<Map<String, Long>> addEducation(@PathVariable long id, @RequestBody EducationForm f) {
        return created(id, "educations", service.addEducation(id, f));
    }

    @PostMapping("/{id}/resume")
    ResponseEntity<Map<String, Long>> addResume(@PathVariable long id, @RequestBody ResumeEntryForm f) {
        return created(id, "resume", service.addResumeEntry(id, f));
    }

    @PostMapping("/{id}/family")
    ResponseEntity<Map<String, Long>> addFamily(@PathVariable long id, @RequestBody FamilyMemberForm f) {
        return created(id, "family", service.addFamilyMember(id, f));
    }

    @PostMapping("/{id}/rewards")
    ResponseEntity<Map<String, Long>> addReward(@PathVariable long id, @RequestBody RewardForm f) {
        return created(id, "rewards", service.addReward(id, f));
    }

    @PostMapping("/{id}/sanctions")
    @Operation(summary = "Record a sanction or organisational handling", description = "The influence period follows from the type.")
    ResponseEntity<Map<String, Long>> addSanction(@PathVariable long id, @RequestBody SanctionForm f) {
        return created(id, "sanctions", service.addSanction(id, f));
    }

    @PostMapping("/{id}/tags")
    ResponseEntity<Map<String, Long>> addTag(@PathVariable long id, @RequestBody TagForm f) {
        return created(id, "tags", service.addTag(id, f));
    }

    @DeleteMapping("/{id}/records/{kind}/{recordId}")
    @Operation(summary = "Remove one record of a file", description = "kind: education, resume, family, reward, sanction, tag")
    ResponseEntity<Void> removeRecord(@PathVariable long id, @PathVariable String kind, @PathVariable long recordId) {
        service.removeRecord(id, FileRecordKind.ofSlug(kind), recordId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/tenures")
    @Operation(summary = "Appoint to a post (任职)")
    ResponseEntity<Map<String, Long>> appoint(@PathVariable long id, @RequestBody TenureForm f) {
        return created(id, "tenures", service.appoint(id, f));
    }

    @PostMapping("/{id}/tenures/{tenureId}/end")
    @Operation(summary = "End a tenure (免职)", description = "Body: {\"endDate\": \"yyyy-MM-dd\"}, the last day in post.")
    ResponseEntity<Void> endTenure(@PathVariable long id, @PathVariable long tenureId, @RequestBody EndTenure body) {
        service.endTenure(id, tenureId, body.endDate());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}/tenures/{tenureId}")
    ResponseEntity<Void> removeTenure(@PathVariable long id, @PathVariable long tenureId) {
        service.removeTenure(id, tenureId);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<Map<String, Long>> created(long cadreId, String kind, long recordId) {
        return ResponseEntity.created(URI.create("/api/v1/cadres/" + cadreId + "/" + kind + "/" + recordId))
                .body(Map.of("id", recordId));
    }

    record EndTenure(LocalDate endDate) {
    }
}
