package cn.zhishi.org;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST access to the unit tree, leadership teams and posts within the caller's jurisdiction. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "units", description = "单位、领导班子与职位 — units, teams and posts")
@PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','UNIT_REVIEWER','LEADER')")
class UnitApiController {

    private final OrgDirectory directory;
    private final OrgService service;
    private final Jurisdictions jurisdictions;
    private final PostHolderLookup holders;
    private final Clock clock;

    UnitApiController(OrgDirectory directory, OrgService service, Jurisdictions jurisdictions, PostHolderLookup holders,
            Clock clock) {
        this.directory = directory;
        this.service = service;
        this.jurisdictions = jurisdictions;
        this.holders = holders;
        this.clock = clock;
    }

    @GetMapping("/units")
    @Operation(summary = "Every unit in the jurisdiction, parents before children")
    List<UnitSummary> units() {
        return directory.tree(jurisdictions.current());
    }

    @GetMapping("/units/{id}")
    @Operation(summary = "A unit with its team, posts, current holders and vacancies")
    UnitDetail unit(@PathVariable long id) {
        Jurisdiction j = jurisdictions.current();
        UnitSummary unit = directory.unit(id, j);
        List<PostSummary> posts = directory.posts(id, j);
        Map<Long, List<PostHolderLookup.PostHolder>> held = holders.holdersOn(posts.stream().map(PostSummary::id).toList(),
                LocalDate.now(clock));
        List<PostWithHolders> postViews = posts.stream().map(p -> {
            List<PostHolderLookup.PostHolder> h = held.getOrDefault(p.id(), List.of());
            return new PostWithHolders(p, h, Math.max(0, p.maxHolders() - h.size()));
        }).toList();
        return new UnitDetail(unit, directory.teamName(id).orElse(null), postViews, directory.children(id, j));
    }

    @PostMapping("/units/{parentId}/children")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    ResponseEntity<Map<String, Long>> createChild(@PathVariable long parentId, @RequestBody UnitCommand body) {
        long id = service.createUnit(new UnitCommand(parentId, body.code(), body.name(), body.nodeType(), body.domain(),
                body.unitClass(), body.unitLevel(), body.sortOrder()));
        return ResponseEntity.created(URI.create("/api/v1/units/" + id)).body(Map.of("id", id));
    }

    @PutMapping("/units/{id}")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    ResponseEntity<Void> describe(@PathVariable long id, @RequestBody UnitCommand body) {
        service.describeUnit(id, body);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/units/{id}/team")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    Map<String, Long> formTeam(@PathVariable long id, @RequestBody Map<String, String> body) {
        return Map.of("id", service.formTeam(id, body.get("name")));
    }

    @PostMapping("/units/{id}/posts")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    ResponseEntity<Map<String, Long>> createPost(@PathVariable long id, @RequestBody PostCommand body) {
        long postId = service.createPost(id, body);
        return ResponseEntity.created(URI.create("/api/v1/posts/" + postId)).body(Map.of("id", postId));
    }

    @PutMapping("/posts/{id}")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    ResponseEntity<Void> describePost(@PathVariable long id, @RequestBody PostCommand body) {
        service.describePost(id, body);
        return ResponseEntity.noContent().build();
    }

    record PostWithHolders(PostSummary post, List<PostHolderLookup.PostHolder> holders, int vacancies) {
    }

    record UnitDetail(UnitSummary unit, String teamName, List<PostWithHolders> posts, List<UnitSummary> children) {
    }
}
