package cn.zhishi.board;

import cn.zhishi.assessment.review.PostedReviews;
import cn.zhishi.org.Jurisdictions;
import cn.zhishi.report.ComplaintKind;
import cn.zhishi.report.ComplaintService;
import cn.zhishi.report.ReportQueries;
import cn.zhishi.security.CurrentUser;
import cn.zhishi.security.Role;
import cn.zhishi.shared.InvalidInputException;
import cn.zhishi.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public board: no sign-in needed (see SecurityConfiguration), printable. */
@Controller
class BoardController {

    private final ReportQueries reports;
    private final ComplaintService complaints;
    private final ComplaintRateLimiter limiter;
    private final CurrentUser currentUser;
    private final Jurisdictions jurisdictions;
    private final Clock clock;
    private final cn.zhishi.supervision.Supervision supervision;
    private final PostedReviews reviews;

    BoardController(ReportQueries reports, ComplaintService complaints, ComplaintRateLimiter limiter,
            CurrentUser currentUser, Jurisdictions jurisdictions, Clock clock, cn.zhishi.supervision.Supervision supervision,
            PostedReviews reviews) {
        this.supervision = supervision;
        this.reviews = reviews;
        this.reports = reports;
        this.complaints = complaints;
        this.limiter = limiter;
        this.currentUser = currentUser;
        this.jurisdictions = jurisdictions;
        this.clock = clock;
    }

    @GetMapping("/board")
    String board(@RequestParam(defaultValue = "false") boolean mine, Model model) {
        boolean supervisor = currentUser.find().map(p -> p.has(Role.SUPERVISOR)).orElse(false);
        model.addAttribute("supervisor", supervisor);
        model.addAttribute("units", reports.board(supervisor && mine ? jurisdictions.current() : null));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("tasks", supervision.openTasks());
        return "board/index";
    }

    /**
     * Posted quarterly review results (季度评议结果), by unit and quarter: the newest quarter unless one is
     * chosen. Only what {@link PostedReviews} publishes: ranks, scores and grades per aspect and overall.
     */
    @GetMapping("/board/reviews")
    String reviews(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String quarter,
            @RequestParam(defaultValue = "false") boolean mine, Model model) {
        boolean supervisor = currentUser.find().map(p -> p.has(Role.SUPERVISOR)).orElse(false);
        model.addAttribute("supervisor", supervisor);
        model.addAttribute("mine", supervisor && mine);
        model.addAttribute("board", reviews.board(supervisor && mine ? jurisdictions.current() : null, unitId, quarter));
        model.addAttribute("allQuarters", PostedReviews.ALL_QUARTERS);
        model.addAttribute("today", LocalDate.now(clock));
        return "board/reviews";
    }

    @GetMapping("/board/reports/{id}")
    String report(@PathVariable long id, Model model) {
        model.addAttribute("v", reports.posted(id));
        if (!model.containsAttribute("complaint")) {
            model.addAttribute("complaint", new ComplaintForm());
        }
        model.addAttribute("complaintKinds", ComplaintKind.values());
        model.addAttribute("maxBody", ComplaintService.MAX_BODY);
        return "board/report";
    }

    @PostMapping("/board/reports/{id}/complaints")
    String complain(@PathVariable long id, @ModelAttribute("complaint") ComplaintForm form, BindingResult binding,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!limiter.tryAcquire(request.getRemoteAddr())) {
            response.setStatus(429);
            model.addAttribute("limited", true);
            return report(id, model);
        }
        try {
            var filed = complaints.file(id, new ComplaintService.Filing(form.getKind(), form.getBody(),
                    form.isAnonymous() ? null : form.getName(), form.isAnonymous() ? null : form.getContact()));
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("code", filed.trackingCode());
            return "board/filed";
        } catch (InvalidInputException e) {
            FormErrors.bind(e, binding);
            response.setStatus(422);
            return report(id, model);
        }
    }

    @GetMapping("/board/track")
    String track(@RequestParam(required = false) String code, Model model) {
        if (code != null) {
            model.addAttribute("searched", true);
            complaints.byCode(code).ifPresent(c -> model.addAttribute("c", c));
        }
        return "board/track";
    }
}
