package cn.zhishi.eligibility;

import cn.zhishi.eligibility.policy.Verdict;
import cn.zhishi.org.Jurisdictions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST access to verdicts, screening, kinship and the negative list. Refusals are RFC 9457 problem details. */
@RestController
@Tag(name = "eligibility", description = "提拔资格 — verdicts with reasons, screening, kinship avoidance, negative list")
class EligibilityApiController {

    private final Eligibility eligibility;
    private final EligibilityRecords records;
    private final Kinship kinship;
    private final Jurisdictions jurisdictions;
    private final ReasonTexts texts;

    EligibilityApiController(Eligibility eligibility, EligibilityRecords records, Kinship kinship,
            Jurisdictions jurisdictions, ReasonTexts texts) {
        this.eligibility = eligibility;
        this.records = records;
        this.kinship = kinship;
        this.jurisdictions = jurisdictions;
        this.texts = texts;
    }

    /** A verdict as JSON: each rule with its basis, and each failure's reasons as text with the cure date. */
    public record VerdictView(Verdict verdict, List<Map<String, Object>> failures) {
    }

    @GetMapping("/api/v1/cadres/{id}/eligibility")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')")
    @Operation(summary = "Verdict for a post (postId) or a level (level, a post_level code) on a day (as_of, default today)")
    VerdictView verdict(@PathVariable long id, @RequestParam(required = false) Long postId,
            @RequestParam(required = false) String level,
            @RequestParam(name = "as_of", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        Verdict v = eligibility.verdict(id, postId, level, asOf);
        return new VerdictView(v, v.failures().stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", r.rule());
            m.put("basis", r.basis());
            m.put("reasons", r.reasons().stream().map(texts::of).toList());
            m.put("curesOn", r.curesOn());
            return m;
        }).toList());
    }

    @GetMapping("/api/v1/posts/{postId}/screening")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')")
    @Operation(summary = "Screen the jurisdiction (or unitId's subtree) for a vacancy: eligible ranked, others by rule")
    Map<String, Object> screen(@PathVariable long postId, @RequestParam(required = false) Long unitId,
            @RequestParam(name = "as_of", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        Eligibility.Screening s = eligibility.screen(postId, unitId, asOf);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("asOf", s.asOf());
        m.put("profile", s.profileCode() + "/v" + s.profileVersion());
        m.put("screened", s.screened());
        m.put("eligible", s.eligible().stream().map(v -> Map.of("cadreId", v.cadreId(), "name", v.cadreName(),
                "unit", v.unitName())).toList());
        Map<String, Object> groups = new LinkedHashMap<>();
        s.ineligibleByRule().forEach((rule, vs) -> groups.put(rule, vs.stream().map(Verdict::cadreId).toList()));
        m.put("ineligibleByRule", groups);
        m.put("millis", s.millis());
        return m;
    }

    @GetMapping("/api/v1/eligibility/kinship-conflicts")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')")
    @Operation(summary = "Existing kinship-avoidance conflicts in the jurisdiction on a day")
    List<Kinship.ExistingConflict> conflicts(
            @RequestParam(name = "as_of", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return kinship.existingConflictsIn(jurisdictions.current(), asOf == null ? LocalDate.now() : asOf);
    }

    @PostMapping("/api/v1/cadres/{id}/kinship-links")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Operation(summary = "Link a cadre to another cadre (relativeCadreId or relativeIdNumber, relation)")
    ResponseEntity<Map<String, Long>> link(@PathVariable long id, @RequestBody KinshipLinkForm form) {
        long linkId = records.link(id, form);
        return ResponseEntity.created(URI.create("/api/v1/cadres/" + id + "/kinship-links/" + linkId)).body(Map.of("id", linkId));
    }

    @PostMapping("/api/v1/cadres/{id}/negative-hits")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Operation(summary = "Record a negative-list hit with evidence and source")
    ResponseEntity<Map<String, Long>> hit(@PathVariable long id, @RequestBody NegativeHitForm form) {
        long hitId = records.recordNegativeHit(id, form);
        return ResponseEntity.created(URI.create("/api/v1/cadres/" + id + "/negative-hits/" + hitId)).body(Map.of("id", hitId));
    }

    @GetMapping("/api/v1/cadres/{id}/negative-hits")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')")
    List<EligibilityRecords.Hit> hits(@PathVariable long id) {
        return records.hitsOf(id);
    }
}
