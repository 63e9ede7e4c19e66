package cn.zhishi.org;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ProblemDetail;
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

    @GetMapping("/units/{id}/move")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Operation(summary = "What moving a unit takes along and where it may go",
            description = "The sub-units and active cadres that move with the unit, and the units of the caller's "
                    + "jurisdiction that may become its parent. `refusal` is set (and `targets` empty) when the unit "
                    + "cannot be moved at all: a root, or the top of the caller's jurisdiction.")
    UnitMoveOptions moveOptions(@PathVariable long id) {
        return directory.moveOptions(id, jurisdictions.current());
    }

    @PostMapping("/units/{id}/move")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Operation(summary = "Move a unit, with everything below it, under another parent",
            description = "Body `{\"parentId\": 12}`. The move and the parent and path before and after go on the "
                    + "audit record. Returns the unit at its new place.")
    @ApiResponses({
            @ApiResponse(responseCode = "200", description = "Moved"),
            @ApiResponse(responseCode = "404", description = "No such unit in the caller's jurisdiction",
                    content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class))),
            @ApiResponse(responseCode = "409", description = "The unit cannot be moved: a root "
                    + "(`urn:zhishi:rule:org.unit.move.root`) or the top of the caller's jurisdiction "
                    + "(`urn:zhishi:rule:org.unit.move.jurisdictionTop`)",
                    content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class))),
            @ApiResponse(responseCode = "422", description = "`parentId` missing (`validation.required`), missing or "
                    + "outside the jurisdiction (`org.unit.move.parentOutside`), the unit itself or below it "
                    + "(`org.unit.moveIntoItself`), or already its parent (`org.unit.move.sameParent`)",
                    content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    })
    UnitSummary move(@PathVariable long id, @RequestBody MoveRequest body) {
        service.moveUnit(id, body == null ? null : body.parentId());
        return directory.unit(id, jurisdictions.current());
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

    /** The body of a move: the new parent's id. */
    record MoveRequest(Long parentId) {
    }

    record PostWithHolders(PostSummary post, List<PostHolderLookup.PostHolder> holders, int vacancies) {
    }

    record UnitDetail(UnitSummary unit, String teamName, List<PostWithHolders> posts, List<UnitSummary> children) {
    }
}
