package cn.zhishi.assessment.annual;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST access to the annual rulebook's versions; refusals are RFC 9457 problem details. */
@RestController
@RequestMapping("/api/v1/rulebooks")
@Tag(name = "annual rulebook versions", description = "年度考核规则版本 — versions, what changed, which assessments pinned them; a new version")
class RulebookApiController {

    private final RulebookVersions versions;

    RulebookApiController(RulebookVersions versions) {
        this.versions = versions;
    }

    /** A version with what changed from the one before it (empty for the first). */
    record VersionWithChanges(RulebookVersion version, Integer previousVersion, List<RulebookChange> changes) {
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')")
    @Operation(summary = "Every version, newest first: parameters, rules with sources, effective date, state, assessments that pinned it")
    List<RulebookVersion> list() {
        return versions.versions();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')")
    @Operation(summary = "One version and what changed from the version before it")
    VersionWithChanges one(@PathVariable long id) {
        RulebookVersion v = versions.find(id);
        var previous = versions.previous(v);
        return new VersionWithChanges(v, previous.map(RulebookVersion::version).orElse(null),
                RulebookVersions.changesFrom(previous, v));
    }

    @GetMapping("/draft")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Operation(summary = "A draft equal to the newest version: edit it and POST it to create the next version")
    RulebookDraft draft() {
        return versions.startDraft();
    }

    @PostMapping
    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Operation(summary = "Create the next version (422 with every problem; 409 when another version was saved since basedOnVersion)")
    ResponseEntity<VersionWithChanges> create(@RequestBody RulebookDraft draft) {
        long id = versions.create(draft);
        return ResponseEntity.created(URI.create("/api/v1/rulebooks/" + id)).body(one(id));
    }
}
