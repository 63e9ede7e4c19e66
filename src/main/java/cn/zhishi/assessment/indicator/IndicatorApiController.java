package cn.zhishi.assessment.indicator;

import cn.zhishi.cadre.CadreFilter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST access to indicator sets; refusals are RFC 9457 problem details. */
@RestController
@RequestMapping("/api/v1/indicator-sets")
@Tag(name = "indicator sets", description = "考核指标体系 — “4+N” indicator sets, versions, assignment by filter")
class IndicatorApiController {

    private final IndicatorSets sets;

    IndicatorApiController(IndicatorSets sets) {
        this.sets = sets;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    @Operation(summary = "Every version of every set")
    List<IndicatorSet> list() {
        return sets.catalogue().versions();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    @Operation(summary = "One set version")
    IndicatorSet one(@PathVariable long id) {
        return sets.find(id);
    }

    @PostMapping
    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Operation(summary = "Create a set, or the next version of the set with the same code")
    ResponseEntity<IndicatorSet> create(@RequestBody IndicatorSetCommand command) {
        long id = sets.create(command);
        return ResponseEntity.created(URI.create("/api/v1/indicator-sets/" + id)).body(sets.find(id));
    }

    /**
     * Assigns the set to every cadre the list filter (same query parameters as {@code GET /api/v1/cadres})
     * matches; {@code setId=auto} picks each cadre's set by unit domain, class and role.
     */
    @PostMapping("/assignments")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Operation(summary = "Assign a set (or the selected set per cadre: setId=auto) to every cadre matching the filter")
    AssignmentResult assign(@ModelAttribute CadreFilter filter, @RequestParam String setId) {
        return sets.assign(filter, "auto".equalsIgnoreCase(setId) ? null : parse(setId));
    }

    private static Long parse(String setId) {
        try {
            return Long.valueOf(setId);
        } catch (NumberFormatException e) {
            throw new cn.zhishi.shared.InvalidInputException(
                    List.of(new cn.zhishi.shared.FieldProblem("setId", "indicator.setId.invalid", new Object[0])));
        }
    }
}
