package cn.zhishi.assessment.annual;

import cn.zhishi.assessment.Grade;
import cn.zhishi.org.Jurisdictions;
import cn.zhishi.org.NodeType;
import cn.zhishi.org.OrgDirectory;
import cn.zhishi.shared.DomainRuleException;
import cn.zhishi.shared.FieldProblem;
import cn.zhishi.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The annual board (年度考核面板) per unit and year, with the procedure's buttons per role. */
@Controller
@RequestMapping("/assessment/annual")
class AnnualPageController {

    private final AnnualAssessments assessments;
    private final OrgDirectory org;
    private final Jurisdictions jurisdictions;
    private final Clock clock;
    private final FollowUps followUps;

    AnnualPageController(AnnualAssessments assessments, OrgDirectory org, Jurisdictions jurisdictions, Clock clock,
            FollowUps followUps) {
        this.assessments = assessments;
        this.followUps = followUps;
        this.org = org;
        this.jurisdictions = jurisdictions;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')")
    String index(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() - 1 : year;
        if (unitId != null) {
            Optional<Long> id = assessments.find(unitId, y);
            if (id.isPresent()) {
                return "redirect:/assessment/annual/" + id.get();
            }
            model.addAttribute("notOpened", true);
        }
        model.addAttribute("units", org.tree(jurisdictions.current()).stream()
                .filter(u -> u.nodeType() == NodeType.UNIT).toList());
        model.addAttribute("unitId", unitId);
        model.addAttribute("year", y);
        return "annual/index";
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    String open(@RequestParam long unitId, @RequestParam int year, RedirectAttributes flash) {
        try {
            long id = assessments.open(unitId, year);
            flash.addFlashAttribute("message", "annual.done.open");
            return "redirect:/assessment/annual/" + id;
        } catch (InvalidInputException | DomainRuleException e) {
            refused(e, flash);
            return "redirect:/assessment/annual?unitId=" + unitId + "&year=" + year;
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')")
    String board(@PathVariable long id, Model model) {
        Board b = assessments.board(id);
        model.addAttribute("b", b);
        if (b.status().rectifiable() || b.status() == AssessmentStatus.COMPLETED) {
            model.addAttribute("fu", followUps.summary(id));
        }
        model.addAttribute("grades", new Grade[] {Grade.EXCELLENT, Grade.COMPETENT, Grade.BASIC, Grade.INCOMPETENT,
                Grade.NOT_GRADED});
        model.addAttribute("teamGrades", TeamGrade.values());
        model.addAttribute("outcomes", DecisionOutcome.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "annual/board";
    }

    @PostMapping("/{id}/grade")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    String grade(@PathVariable long id, @RequestParam long cadreId, @RequestParam(required = false) Grade grade,
            @RequestParam(required = false) String reason, RedirectAttributes flash) {
        return run(id, flash, "annual.done.saved", null, () -> assessments.setGrade(id, cadreId, grade, reason));
    }

    @PostMapping("/{id}/team-grade")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    String teamGrade(@PathVariable long id, @RequestParam(required = false) TeamGrade teamGrade,
            @RequestParam(required = false) String reason, RedirectAttributes flash) {
        return run(id, flash, "annual.done.saved", null, () -> assessments.setTeamGrade(id, teamGrade, reason));
    }

    @PostMapping("/{id}/scores")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    String scores(@PathVariable long id, @RequestParam long cadreId, @RequestParam(required = false) BigDecimal leaderScore,
            @RequestParam(required = false) BigDecimal organisationScore, RedirectAttributes flash) {
        return run(id, flash, "annual.done.saved", null,
                () -> assessments.enterScores(id, cadreId, leaderScore, organisationScore));
    }

    @PostMapping("/{id}/tolerance")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    String tolerance(@PathVariable long id, @RequestParam long constraintId, @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        return run(id, flash, "annual.done.saved", null, () -> assessments.recordTolerance(id, constraintId, reason));
    }

    @PostMapping("/{id}/tolerance/{toleranceId}/approve")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String approveTolerance(@PathVariable long id, @PathVariable long toleranceId, RedirectAttributes flash) {
        return run(id, flash, "annual.done.saved", null, () -> assessments.approveTolerance(id, toleranceId));
    }

    @PostMapping("/{id}/propose")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    String propose(@PathVariable long id, RedirectAttributes flash) {
        return run(id, flash, "annual.done.step", "annual.step.propose", () -> assessments.propose(id));
    }

    @PostMapping("/{id}/review")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String review(@PathVariable long id, RedirectAttributes flash) {
        return run(id, flash, "annual.done.step", "annual.step.review", () -> assessments.review(id));
    }

    @PostMapping("/{id}/decide")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String decide(@PathVariable long id, @RequestParam(required = false) String meeting,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
            @RequestParam(required = false) DecisionOutcome outcome, RedirectAttributes flash) {
        return run(id, flash, "annual.done.step", "annual.step.decide",
                () -> assessments.decide(id, meeting, decidedOn, outcome));
    }

    @PostMapping("/{id}/feedback")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String feedback(@PathVariable long id, RedirectAttributes flash) {
        return run(id, flash, "annual.done.step", "annual.step.feedback", () -> assessments.feedBack(id, null));
    }

    @PostMapping("/{id}/circulate")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String circulate(@PathVariable long id, RedirectAttributes flash) {
        return run(id, flash, "annual.done.step", "annual.step.circulate", () -> assessments.circulate(id, null));
    }

    @GetMapping("/{id}/feedback.pdf")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    ResponseEntity<byte[]> feedbackPdf(@PathVariable long id) {
        byte[] pdf = assessments.feedbackPdf(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("annual-feedback-" + id + ".pdf").build().toString())
                .body(pdf);
    }

    private String run(long id, RedirectAttributes flash, String done, String stepKey, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("message", done);
            if (stepKey != null) {
                flash.addFlashAttribute("messageStep", stepKey);
            }
        } catch (InvalidInputException | DomainRuleException e) {
            refused(e, flash);
        }
        return "redirect:/assessment/annual/" + id;
    }

    private static void refused(RuntimeException e, RedirectAttributes flash) {
        if (e instanceof DomainRuleException d) {
            flash.addFlashAttribute("error", d.code());
            flash.addFlashAttribute("errorArgs", d.args());
        } else {
            FieldProblem p = ((InvalidInputException) e).problems().get(0);
            flash.addFlashAttribute("error", p.code());
            flash.addFlashAttribute("errorArgs", p.args());
        }
    }
}
