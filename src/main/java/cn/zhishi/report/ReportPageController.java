package cn.zhishi.report;

import cn.zhishi.org.Jurisdictions;
import cn.zhishi.org.OrgDirectory;
import cn.zhishi.security.CurrentUser;
import cn.zhishi.shared.DomainRuleException;
import cn.zhishi.shared.InvalidInputException;
import cn.zhishi.shared.web.FormErrors;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of the monthly report: my reports, one report (edit or act on it), the unit's queue, the office list. */
@Controller
class ReportPageController {

    private final ReportService service;
    private final ReportQueries queries;
    private final ComplaintService complaints;
    private final OrgDirectory org;
    private final Jurisdictions jurisdictions;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final MonthlySummary summaries;
    private final ReportAttachments attachments;

    ReportPageController(ReportService service, ReportQueries queries, ComplaintService complaints, OrgDirectory org,
            Jurisdictions jurisdictions, CurrentUser currentUser, Clock clock, MonthlySummary summaries, ReportAttachments attachments) {
        this.summaries = summaries;
        this.attachments = attachments;
        this.service = service;
        this.queries = queries;
        this.complaints = complaints;
        this.org = org;
        this.jurisdictions = jurisdictions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @ModelAttribute
    void enums(Model model) {
        model.addAttribute("grades", Grade.values());
        model.addAttribute("completions", Completion.values());
        model.addAttribute("itemKinds", ItemKind.values());
        model.addAttribute("complaintKinds", ComplaintKind.values());
    }

    @GetMapping("/reports/mine")
    @PreAuthorize("hasRole('CADRE')")
    String mine(Model model) {
        model.addAttribute("reports", queries.mine());
        model.addAttribute("thisMonth", YearMonth.now(clock));
        model.addAttribute("dueThisMonth", service.dueDate(YearMonth.now(clock)));
        return "reports/mine";
    }

    @PostMapping("/reports/mine/open")
    @PreAuthorize("hasRole('CADRE')")
    String open(@RequestParam String month) {
        YearMonth ym;
        try {
            ym = YearMonth.parse(month);
        } catch (RuntimeException e) {
            throw InvalidInputException.of("month", "validation.required");
        }
        return "redirect:/reports/" + service.openMonth(ym);
    }

    @PostMapping("/reports/goals")
    @PreAuthorize("hasRole('CADRE')")
    String addGoal(@RequestParam int year, @RequestParam String title, @RequestParam Integer monthFrom,
            @RequestParam Integer monthTo, RedirectAttributes flash) {
        try {
            service.addGoal(year, title, monthFrom, monthTo);
            flash.addFlashAttribute("message", "report.goal.added");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("error", e.problems().get(0).code());
        }
        return "redirect:/reports/mine";
    }

    @GetMapping("/reports/{id}")
    String view(@PathVariable long id, Model model) {
        ReportView v = queries.view(id);
        model.addAttribute("v", v);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ReportForm.of(v).withBlankRows(2));
        }
        var me = currentUser.get();
        boolean own = me.cadreId() != null && me.cadreId() == v.report().getCadreId();
        model.addAttribute("own", own);
        model.addAttribute("editable", own && v.report().getStatus().editableByCadre());
        if (!own && v.report().getStatus() == ReportStatus.SUBMITTED) {
            model.addAttribute("warnings", queries.doubleClaims(id));
        }
        model.addAttribute("complaints", queries.complaintsAbout(id));
        model.addAttribute("attachments", attachments.of(id));
        model.addAttribute("attachable", own && v.report().getStatus().editableByCadre());
        model.addAttribute("removable", own && v.report().getStatus() == ReportStatus.DRAFT);
        model.addAttribute("maxAttachmentMb", EvidenceFiles.MAX_BYTES / (1024 * 1024));
        return "reports/view";
    }

    /** htmx autosave: stores the draft, answers with a short "saved" line (or the problem). */
    @PostMapping("/reports/{id}/draft")
    @PreAuthorize("hasRole('CADRE')")
    String autosave(@PathVariable long id, @ModelAttribute("form") ReportForm form, Model model) {
        try {
            service.saveDraft(id, form.getSelfGrade(), form.getSelfAppraisal(), form.drafts());
            model.addAttribute("savedAt", LocalTime.now(clock).format(DateTimeFormatter.ofPattern("HH:mm:ss")));
        } catch (InvalidInputException | DomainRuleException e) {
            model.addAttribute("saveError", true);
        }
        return "reports/view :: autosaved";
    }

    @PostMapping("/reports/{id}/save")
    @PreAuthorize("hasRole('CADRE')")
    String save(@PathVariable long id, @ModelAttribute("form") ReportForm form, BindingResult binding,
            @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes flash) {
        try {
            service.saveDraft(id, form.getSelfGrade(), form.getSelfAppraisal(), form.drafts());
            if (action.equals("carry")) {
                int n = service.copyUnfinished(id);
                flash.addFlashAttribute("message", "report.carried");
                flash.addFlashAttribute("messageArgs", new Object[] {n});
            } else if (action.equals("submit")) {
                service.submit(id);
                flash.addFlashAttribute("message", "report.submitted");
            } else {
                flash.addFlashAttribute("message", "report.saved");
            }
        } catch (InvalidInputException e) {
            FormErrors.bind(e, binding);
            model.addAttribute("form", form);
            return view(id, model);
        }
        return "redirect:/reports/" + id;
    }

    @PostMapping("/reports/{id}/return")
    @PreAuthorize("hasRole('UNIT_REVIEWER')")
    String returnIt(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "false") boolean empty, Model model, RedirectAttributes flash) {
        return act(id, model, flash, "report.returned", reason, () -> service.returnForRevision(id, version, reason, empty));
    }

    @PostMapping("/reports/{id}/review")
    @PreAuthorize("hasRole('UNIT_REVIEWER')")
    String review(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "false") boolean truthful,
            @RequestParam(required = false) Grade grade, @RequestParam(required = false) String comment, Model model,
            RedirectAttributes flash) {
        return act(id, model, flash, "report.reviewed", comment, () -> service.review(id, version, truthful, grade, comment));
    }

    @PostMapping("/reports/{id}/sign")
    @PreAuthorize("hasRole('UNIT_REVIEWER')")
    String sign(@PathVariable long id, @RequestParam int version, Model model, RedirectAttributes flash) {
        return act(id, model, flash, "report.signed", null, () -> service.sign(id, version));
    }

    @PostMapping("/reports/{id}/post")
    @PreAuthorize("hasRole('UNIT_REVIEWER')")
    String post(@PathVariable long id, @RequestParam int version, Model model, RedirectAttributes flash) {
        return act(id, model, flash, "report.posted", null, () -> service.post(id, version));
    }

    @PostMapping("/reports/{id}/archive")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','UNIT_REVIEWER')")
    String archive(@PathVariable long id, Model model, RedirectAttributes flash) {
        return act(id, model, flash, "report.archived", null, () -> service.archive(id));
    }

    @PostMapping("/reports/{id}/correct")
    @PreAuthorize("hasRole('CADRE')")
    String correct(@PathVariable long id, @RequestParam(required = false) String correction, Model model,
            RedirectAttributes flash) {
        return act(id, model, flash, "report.corrected", correction, () -> service.correct(id, correction));
    }

    /**
     * Runs a transition; a refusal (wrong state, someone else was quicker) shows the report again with
     * the reason and what the user typed, so nothing is lost.
     */
    private String act(long id, Model model, RedirectAttributes flash, String done, String typed, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("message", done);
            return "redirect:/reports/" + id;
        } catch (DomainRuleException e) {
            model.addAttribute("error", e.code());
            model.addAttribute("errorArgs", e.args());
        } catch (ObjectOptimisticLockingFailureException e) {
            model.addAttribute("error", "report.refused.concurrentChange");
        } catch (InvalidInputException e) {
            model.addAttribute("error", "report.refused.missingInput");
        }
        model.addAttribute("typed", typed);
        return view(id, model);
    }

    @GetMapping("/reports/queue")
    @PreAuthorize("hasRole('UNIT_REVIEWER')")
    String queue(Model model) {
        model.addAttribute("reports", queries.queue());
        model.addAttribute("units", org.tree(jurisdictions.current()));
        model.addAttribute("thisMonth", YearMonth.now(clock));
        return "reports/queue";
    }

    @GetMapping("/reports/office")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')")
    String office(Model model) {
        model.addAttribute("reports", queries.postedAndArchived());
        model.addAttribute("units", org.tree(jurisdictions.current()));
        model.addAttribute("thisMonth", YearMonth.now(clock));
        return "reports/office";
    }

    @GetMapping("/reports/units/{unitId}/month")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER','UNIT_REVIEWER')")
    String month(@PathVariable long unitId, @RequestParam(required = false) String m, Model model) {
        YearMonth ym = m == null || m.isBlank() ? YearMonth.now(clock) : YearMonth.parse(m);
        model.addAttribute("unit", org.unit(unitId, jurisdictions.current()));
        model.addAttribute("month", ym);
        model.addAttribute("lines", queries.month(unitId, ym));
        return "reports/month";
    }

    @GetMapping("/reports/summary")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')")
    String summary(@RequestParam(required = false) String m, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        LocalDate today = LocalDate.now(clock);
        YearMonth ym = YearMonth.from(today).minusMonths(1);
        try {
            ym = parseMonth(m, ym);
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("error", "report.summary.badMonth");
        }
        model.addAttribute("s", summaries.of(ym, today));
        model.addAttribute("grades", Grade.values());
        return "reports/summary";
    }

    private static YearMonth parseMonth(String m, YearMonth otherwise) {
        if (m == null || m.isBlank()) {
            return otherwise;
        }
        try {
            return YearMonth.parse(m.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInputException.of("m", "report.summary.badMonth");
        }
    }

    @GetMapping("/reports/month")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER','UNIT_REVIEWER')")
    String monthOf(@RequestParam long unit, @RequestParam(required = false) String m) {
        return "redirect:/reports/units/" + unit + "/month" + (m == null || m.isBlank() ? "" : "?m=" + m);
    }

    @PostMapping("/reports/units/{unitId}/excuse")
    @PreAuthorize("hasRole('UNIT_REVIEWER')")
    String excuse(@PathVariable long unitId, @RequestParam long cadreId, @RequestParam String m,
            @RequestParam(required = false) String reason, RedirectAttributes flash) {
        try {
            service.excuse(cadreId, YearMonth.parse(m), reason);
            flash.addFlashAttribute("message", "report.excused");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("error", "report.refused.missingInput");
        }
        return "redirect:/reports/units/" + unitId + "/month?m=" + m;
    }

    @GetMapping("/reports/complaints")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    String complaints(Model model) {
        model.addAttribute("complaints", complaints.inJurisdiction());
        return "reports/complaints";
    }

    @PostMapping("/reports/complaints/{id}/{step}")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    String handle(@PathVariable long id, @PathVariable String step, @RequestParam(required = false) String text,
            @RequestParam(required = false) String accountability, RedirectAttributes flash) {
        try {
            switch (step) {
                case "assign" -> complaints.assign(id, text);
                case "investigate" -> complaints.investigate(id, text);
                case "found" -> complaints.conclude(id, true, text, accountability);
                case "dismiss" -> complaints.conclude(id, false, text, null);
                default -> throw new cn.zhishi.shared.NotFoundException("step", step);
            }
            flash.addFlashAttribute("message", "complaint.updated");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("error", "report.refused.missingInput");
        } catch (DomainRuleException e) {
            flash.addFlashAttribute("error", e.code());
        }
        return "redirect:/reports/complaints";
    }
}
