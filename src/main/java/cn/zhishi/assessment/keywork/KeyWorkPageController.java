package cn.zhishi.assessment.keywork;

import cn.zhishi.assessment.indicator.Rating;
import cn.zhishi.org.Jurisdictions;
import cn.zhishi.org.OrgDirectory;
import cn.zhishi.security.CurrentUser;
import cn.zhishi.security.Role;
import cn.zhishi.security.ZhishiPrincipal;
import cn.zhishi.shared.DomainRuleException;
import cn.zhishi.shared.InvalidInputException;
import cn.zhishi.shared.web.FormErrors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The key-work pages: the year's overview for the organisation department, and one cadre's sheet. */
@Controller
class KeyWorkPageController {

    private final KeyWork keyWork;
    private final OrgDirectory org;
    private final Jurisdictions jurisdictions;
    private final CurrentUser currentUser;
    private final Clock clock;

    KeyWorkPageController(KeyWork keyWork, OrgDirectory org, Jurisdictions jurisdictions, CurrentUser currentUser, Clock clock) {
        this.keyWork = keyWork;
        this.org = org;
        this.jurisdictions = jurisdictions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/assessment/key-work")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER','CADRE')")
    String overview(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long unitId, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        ZhishiPrincipal me = currentUser.get();
        if (!me.has(Role.ORG_ADMIN) && !me.has(Role.ASSESSOR) && !me.has(Role.LEADER)) {
            if (me.cadreId() == null) {
                return "redirect:/";
            }
            return "redirect:/assessment/key-work/" + me.cadreId() + "/" + y;
        }
        List<KeyWork.Row> rows = keyWork.overview(y, unitId);
        model.addAttribute("year", y);
        model.addAttribute("unitId", unitId);
        model.addAttribute("units", org.tree(jurisdictions.current()));
        model.addAttribute("rows", rows);
        model.addAttribute("listed", rows.stream().filter(r -> r.sheet() != null).count());
        model.addAttribute("submitted", rows.stream().filter(r -> r.sheet() != null
                && r.sheet().getStatus() != KeyWorkStatus.LISTING).count());
        model.addAttribute("rated", rows.stream().filter(r -> r.sheet() != null
                && r.sheet().getStatus() == KeyWorkStatus.RATED).count());
        return "assessment/key-work";
    }

    @GetMapping("/assessment/key-work/{cadreId}/{year}")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER','CADRE')")
    String sheet(@PathVariable long cadreId, @PathVariable int year, Model model) {
        return render(cadreId, year, model);
    }

    @PostMapping("/assessment/key-work/{cadreId}/{year}/projects")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','CADRE')")
    String addProject(@PathVariable long cadreId, @PathVariable int year, @ModelAttribute("projectForm") KeyWorkForm form,
            BindingResult binding, Model model, RedirectAttributes flash) {
        return act(cadreId, year, binding, model, flash, "keyWork.done.project",
                () -> keyWork.addProject(cadreId, year, form.getTitle(), form.getTarget()));
    }

    @PostMapping("/assessment/key-work/{cadreId}/{year}/projects/{projectId}/remove")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','CADRE')")
    String removeProject(@PathVariable long cadreId, @PathVariable int year, @PathVariable long projectId, Model model,
            RedirectAttributes flash) {
        return act(cadreId, year, null, model, flash, "keyWork.done.removed",
                () -> keyWork.removeProject(cadreId, year, projectId));
    }

    @PostMapping("/assessment/key-work/{cadreId}/{year}/checks")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    String check(@PathVariable long cadreId, @PathVariable int year, @ModelAttribute("checkForm") KeyWorkForm form,
            BindingResult binding, Model model, RedirectAttributes flash) {
        return act(cadreId, year, binding, model, flash, "keyWork.done.check", () -> {
            if (form.getProjectId() == null) {
                throw InvalidInputException.of("projectId", "validation.required");
            }
            keyWork.recordCheck(cadreId, year, form.getProjectId(), form.getCheckedOn(), form.getMethod(), form.getProgress(),
                    form.getNote());
        });
    }

    @PostMapping("/assessment/key-work/{cadreId}/{year}/submit")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','CADRE')")
    String submit(@PathVariable long cadreId, @PathVariable int year, @ModelAttribute("yearEndForm") KeyWorkForm form,
            BindingResult binding, Model model, RedirectAttributes flash) {
        return act(cadreId, year, binding, model, flash, "keyWork.done.submitted",
                () -> keyWork.submit(cadreId, year, form.getCompletion(), form.getMostSatisfied(), form.getRegretted()));
    }

    @PostMapping("/assessment/key-work/{cadreId}/{year}/return")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    String giveBack(@PathVariable long cadreId, @PathVariable int year, @ModelAttribute("returnForm") KeyWorkForm form,
            BindingResult binding, Model model, RedirectAttributes flash) {
        return act(cadreId, year, binding, model, flash, "keyWork.done.returned",
                () -> keyWork.returnForRevision(cadreId, year, form.getReason()));
    }

    @PostMapping("/assessment/key-work/{cadreId}/{year}/rate")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    String rate(@PathVariable long cadreId, @PathVariable int year, @ModelAttribute("ratingForm") KeyWorkForm form,
            BindingResult binding, Model model, RedirectAttributes flash) {
        return act(cadreId, year, binding, model, flash, "keyWork.done.rated",
                () -> keyWork.rate(cadreId, year, form.getRating(), form.getComment()));
    }

    /** Runs a step; on success back to the sheet, otherwise the sheet again with the entries kept and the reason shown. */
    private String act(long cadreId, int year, BindingResult binding, Model model, RedirectAttributes flash, String done,
            Runnable step) {
        if (binding != null && binding.hasErrors()) {
            return render(cadreId, year, model);
        }
        try {
            step.run();
            flash.addFlashAttribute("message", done);
            return "redirect:/assessment/key-work/" + cadreId + "/" + year;
        } catch (InvalidInputException e) {
            if (binding != null) {
                FormErrors.bind(e, binding);
            }
            model.addAttribute("error", "keyWork.refused.input");
        } catch (DomainRuleException e) {
            model.addAttribute("error", e.code());
            model.addAttribute("errorArgs", e.args());
        } catch (ObjectOptimisticLockingFailureException e) {
            model.addAttribute("error", "keyWork.refused.concurrentChange");
        }
        return render(cadreId, year, model);
    }

    private String render(long cadreId, int year, Model model) {
        ZhishiPrincipal me = currentUser.get();
        KeyWork.SheetView view = keyWork.view(cadreId, year);
        KeyWork.CadreInView cadre = view.cadre();
        KeyWorkSheet sheet = view.sheet().orElse(null);
        boolean staff = me.has(Role.ORG_ADMIN) || me.has(Role.ASSESSOR);
        boolean own = me.cadreId() != null && me.cadreId() == cadreId;
        boolean listing = sheet == null || sheet.getStatus() == KeyWorkStatus.LISTING;
        model.addAttribute("cadre", cadre);
        model.addAttribute("year", year);
        model.addAttribute("sheet", sheet);
        model.addAttribute("mayList", (staff || own) && listing);
        model.addAttribute("mayCheck", staff && sheet != null && !sheet.getProjects().isEmpty()
                && sheet.getStatus() != KeyWorkStatus.RATED);
        model.addAttribute("mayRate", staff && sheet != null && sheet.getStatus() == KeyWorkStatus.SUBMITTED);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("methods", CheckMethod.values());
        model.addAttribute("progressValues", Progress.values());
        model.addAttribute("ratings", Rating.values());
        for (String name : List.of("projectForm", "checkForm", "yearEndForm", "returnForm", "ratingForm")) {
            if (!model.containsAttribute(name)) {
                KeyWorkForm f = new KeyWorkForm();
                if (name.equals("checkForm")) {
                    f.setCheckedOn(LocalDate.now(clock).getYear() == year ? LocalDate.now(clock) : null);
                }
                model.addAttribute(name, f);
            }
        }
        return "assessment/key-work-sheet";
    }
}
