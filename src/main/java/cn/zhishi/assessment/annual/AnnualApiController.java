package cn.zhishi.assessment.annual;

import cn.zhishi.assessment.Grade;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST access to annual assessments beside the board page; refusals are RFC 9457 problem details. */
@RestController
@RequestMapping("/api/v1/annual-assessments")
@Tag(name = "annual assessment", description = "年度考核 — composite scores, proposed grades, constraints, procedure")
class AnnualApiController {

    private final AnnualAssessments assessments;
    private final Rulebooks rulebooks;

    AnnualApiController(AnnualAssessments assessments, Rulebooks rulebooks) {
        this.assessments = assessments;
        this.rulebooks = rulebooks;
    }

    @GetMapping("/rulebook")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')")
    @Operation(summary = "The rulebook a new assessment pins: weights, thresholds, quotas, rounding, rules with sources")
    Rulebook rulebook() {
        return rulebooks.current();
    }

    record OpenRequest(Long unitId, Integer year) {
    }

    record GradeRequest(Grade grade, String reason) {
    }

    record TeamGradeRequest(TeamGrade grade, String reason) {
    }

    record ScoresRequest(BigDecimal leaderScore, BigDecimal organisationScore) {
    }

    record DecisionRequest(String meeting, LocalDate decidedOn, DecisionOutcome outcome) {
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')")
    @Operation(summary = "The board of a unit and year (404 when not opened)")
    Board find(@RequestParam long unitId, @RequestParam int year) {
        long id = assessments.find(unitId, year)
                .orElseThrow(() -> new cn.zhishi.shared.NotFoundException("annualAssessment", unitId));
        return assessments.board(id);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')")
    @Operation(summary = "Board: team grade, members with score breakdown, constraint check, quota, consequences")
    Board board(@PathVariable long id) {
        return assessments.board(id);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    @Operation(summary = "Open a unit's annual assessment for a year")
    ResponseEntity<Board> open(@RequestBody OpenRequest r) {
        new cn.zhishi.shared.Problems().require(r.unitId(), "unitId").require(r.year(), "year").throwIfAny();
        long id = assessments.open(r.unitId(), r.year());
        return ResponseEntity.status(201).body(assessments.board(id));
    }

    @PutMapping("/{id}/members/{cadreId}/grade")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    Board grade(@PathVariable long id, @PathVariable long cadreId, @RequestBody GradeRequest r) {
        assessments.setGrade(id, cadreId, r.grade(), r.reason());
        return assessments.board(id);
    }

    @PutMapping("/{id}/members/{cadreId}/scores")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    Board scores(@PathVariable long id, @PathVariable long cadreId, @RequestBody ScoresRequest r) {
        assessments.enterScores(id, cadreId, r.leaderScore(), r.organisationScore());
        return assessments.board(id);
    }

    @PutMapping("/{id}/team-grade")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    Board teamGrade(@PathVariable long id, @RequestBody TeamGradeRequest r) {
        assessments.setTeamGrade(id, r.grade(), r.reason());
        return assessments.board(id);
    }

    @PostMapping("/{id}/propose")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    Board propose(@PathVariable long id) {
        assessments.propose(id);
        return assessments.board(id);
    }

    @PostMapping("/{id}/review")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    Board review(@PathVariable long id) {
        assessments.review(id);
        return assessments.board(id);
    }

    @PostMapping("/{id}/decision")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    Board decide(@PathVariable long id, @RequestBody DecisionRequest r) {
        assessments.decide(id, r.meeting(), r.decidedOn(), r.outcome());
        return assessments.board(id);
    }

    @PostMapping("/{id}/feedback")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    Board feedback(@PathVariable long id) {
        assessments.feedBack(id, null);
        return assessments.board(id);
    }

    @PostMapping("/{id}/circulation")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    Board circulate(@PathVariable long id) {
        assessments.circulate(id, null);
        return assessments.board(id);
    }
}
