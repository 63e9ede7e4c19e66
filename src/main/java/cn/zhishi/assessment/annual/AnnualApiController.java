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
@Tag(name = "annual assessment", description = "年度考核 — composite scores, proposed grades, constraints, procedure, "
        + "talks by level and rectification after circulation")
class AnnualApiController {

    private final AnnualAssessments assessments;
    private final Rulebooks rulebooks;
    private final FollowUps followUps;

    AnnualApiController(AnnualAssessments assessments, Rulebooks rulebooks, FollowUps followUps) {
        this.assessments = assessments;
        this.rulebooks = rulebooks;
        this.followUps = followUps;
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

    // ---------------------------------------------------------------- talks and rectification ([003] steps 5 and 6)

    record CancelRequest(String reason) {
    }

    record NoteRequest(LocalDate notedOn, String note) {
    }

    record CloseRequest(LocalDate closedOn, String result) {
    }

    record CompletionRequest(LocalDate reportedOn, String report) {
    }

    @GetMapping("/follow-up")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')")
    @Operation(summary = "The year's report: every assessment of the year with its talks and rectification items counted")
    java.util.List<FollowUps.YearRow> followUpYear(@RequestParam int year) {
        return followUps.year(year);
    }

    @GetMapping("/{id}/follow-up")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')")
    @Operation(summary = "Talks by level and rectification items of an assessment, with the counts and the talk rules applied")
    FollowUp followUp(@PathVariable long id) {
        return followUps.followUp(id);
    }

    @PostMapping("/{id}/talks/proposal")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Operation(summary = "Propose the talks the approved grades require (CIRCULATED → FOLLOW_UP); 409 before circulation")
    ResponseEntity<FollowUp> proposeTalks(@PathVariable long id) {
        followUps.proposeTalks(id);
        return ResponseEntity.status(201).body(followUps.followUp(id));
    }

    @PostMapping("/{id}/talks")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Operation(summary = "Add a talk by hand (约谈提醒) to a member (cadreId) or the team (cadreId null), with the reason")
    ResponseEntity<FollowUp> addTalk(@PathVariable long id, @RequestBody FollowUps.NewTalk r) {
        followUps.addTalk(id, r);
        return ResponseEntity.status(201).body(followUps.followUp(id));
    }

    @PutMapping("/{id}/talks/{talkId}/schedule")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    @Operation(summary = "Schedule (or reschedule) a talk: talker's name, date (not before circulation), place")
    FollowUp schedule(@PathVariable long id, @PathVariable long talkId, @RequestBody FollowUps.Schedule r) {
        followUps.schedule(id, talkId, r);
        return followUps.followUp(id);
    }

    @PostMapping("/{id}/talks/{talkId}/record")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    @Operation(summary = "Record a scheduled talk: held on (not in the future), place, summary")
    FollowUp record(@PathVariable long id, @PathVariable long talkId, @RequestBody FollowUps.Held r) {
        followUps.record(id, talkId, r);
        return followUps.followUp(id);
    }

    @PostMapping("/{id}/talks/{talkId}/cancellation")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Operation(summary = "Cancel a talk not yet recorded, with the reason")
    FollowUp cancel(@PathVariable long id, @PathVariable long talkId, @RequestBody CancelRequest r) {
        followUps.cancel(id, talkId, r.reason());
        return followUps.followUp(id);
    }

    @PostMapping("/{id}/rectification-items")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    @Operation(summary = "Raise a rectification item (from the written feedback on): content, responsible person, deadline")
    ResponseEntity<FollowUp> raise(@PathVariable long id, @RequestBody FollowUps.NewItem r) {
        followUps.raise(id, r);
        return ResponseEntity.status(201).body(followUps.followUp(id));
    }

    @PostMapping("/{id}/rectification-items/{itemId}/progress")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    @Operation(summary = "Note progress on an open rectification item (notedOn defaults to today)")
    FollowUp progress(@PathVariable long id, @PathVariable long itemId, @RequestBody NoteRequest r) {
        followUps.noteProgress(id, itemId, r.notedOn(), r.note());
        return followUps.followUp(id);
    }

    @PostMapping("/{id}/rectification-items/{itemId}/closure")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Operation(summary = "Close (销号) a rectification item with its result and evidence (closedOn defaults to today)")
    FollowUp close(@PathVariable long id, @PathVariable long itemId, @RequestBody CloseRequest r) {
        followUps.close(id, itemId, r.closedOn(), r.result());
        return followUps.followUp(id);
    }

    @PostMapping("/{id}/completion")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Operation(summary = "Report the rectification and complete the year (FOLLOW_UP → COMPLETED); 409 while a talk or item is open")
    FollowUp complete(@PathVariable long id, @RequestBody CompletionRequest r) {
        followUps.complete(id, r.reportedOn(), r.report());
        return followUps.followUp(id);
    }
}
