package cn.zhishi.eligibility;

import cn.zhishi.eligibility.ReserveMember.Source;
import cn.zhishi.eligibility.ReserveMember.Stage;
import cn.zhishi.shared.InvalidInputException;
import cn.zhishi.shared.NotFoundException;
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

/** REST access to the reserve pool (后备干部库). Refused transitions are 409 problem details. */
@RestController
@Tag(name = "reserve", description = "后备干部库 — entries with their source, pipeline with history, yearly review")
class ReservePoolApiController {

    private static final String READERS = "hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')";
    private static final String WRITERS = "hasRole('ORG_ADMIN')";

    private final ReservePool pool;

    ReservePoolApiController(ReservePool pool) {
        this.pool = pool;
    }

    @GetMapping("/api/v1/reserve")
    @PreAuthorize(READERS)
    @Operation(summary = "Members, filtered by stage, source, flagged and name")
    List<ReservePool.Member> list(@RequestParam(required = false) String stage, @RequestParam(required = false) String source,
            @RequestParam(required = false) Boolean flagged, @RequestParam(required = false) String name) {
        return pool.list(new ReservePool.Filter(parse(Stage.class, stage, "stage"), parse(Source.class, source, "source"),
                flagged, name));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "validation.dictionary", value);
        }
    }

    @GetMapping("/api/v1/reserve/{id}")
    @PreAuthorize(READERS)
    Map<String, Object> get(@PathVariable long id) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("member", pool.get(id));
        m.put("history", pool.history(id));
        return m;
    }

    @PostMapping("/api/v1/reserve")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Enter a cadre (cadreId or idNumber, targetLevel, source SCREENING|ANNUAL_RESULT|NOMINATION|FRONTLINE, sourceNote)")
    ResponseEntity<Map<String, Long>> enter(@RequestBody ReserveForm form) {
        long id = pool.enter(form);
        return ResponseEntity.created(URI.create("/api/v1/reserve/" + id)).body(Map.of("id", id));
    }

    @PostMapping("/api/v1/reserve/{id}/{action}")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Move a member: inspect (后备→考察对象), appoint (→已任用), return (→后备), revoke (→已撤销); reason required")
    ResponseEntity<Void> move(@PathVariable long id, @PathVariable String action, @RequestBody ReserveForm form) {
        switch (action) {
            case "inspect" -> pool.inspect(id, form.getReason());
            case "appoint" -> pool.appoint(id, form.getReason());
            case "return" -> pool.returnToReserve(id, form.getReason());
            case "revoke" -> pool.revoke(id, form.getReason());
            default -> throw new NotFoundException("reserve action", action);
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/reserve/review")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Yearly review: re-run every active member's verdict on as_of and flag the ineligible")
    ReservePool.Review review(
            @RequestParam(name = "as_of", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return pool.review(asOf);
    }
}
