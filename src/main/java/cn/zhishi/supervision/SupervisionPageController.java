package cn.zhishi.supervision;

import cn.zhishi.cadre.CadreLookup;
import cn.zhishi.org.Jurisdictions;
import cn.zhishi.org.OrgDirectory;
import cn.zhishi.org.UnitSummary;
import cn.zhishi.shared.DomainRuleException;
import cn.zhishi.shared.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 督办: the tasks of the jurisdiction, new tasks, completion, and the cards issued. */
@Controller
@PreAuthorize("hasAnyRole('ORG_ADMIN','UNIT_REVIEWER')")
class SupervisionPageController {

    private final Supervision supervision;
    private final CadreLookup cadres;
    private final OrgDirectory org;
    private final Jurisdictions jurisdictions;
    private final Clock clock;

    SupervisionPageController(Supervision supervision, CadreLookup cadres, OrgDirectory org, Jurisdictions jurisdictions,
            Clock clock) {
        this.supervision = supervision;
        this.cadres = cadres;
        this.org = org;
        this.jurisdictions = jurisdictions;
        this.clock = clock;
    }

    @GetMapping("/supervision")
    String page(Model model) {
        var units = org.tree(jurisdictions.current()).stream().map(UnitSummary::id).toList();
        model.addAttribute("tasks", supervision.tasksInJurisdiction());
        model.addAttribute("cards", supervision.cardsIn(units));
        model.addAttribute("cadres", cadres.activeIn(units));
        model.addAttribute("today", LocalDate.now(clock));
        return "supervision/tasks";
    }

    @PostMapping("/supervision")
    String assign(@RequestParam(required = false) Long ownerCadreId, @RequestParam(required = false) String title,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            RedirectAttributes flash) {
        try {
            supervision.assign(ownerCadreId, title, deadline);
            flash.addFlashAttribute("message", "task.assigned");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("error", "report.refused.missingInput");
        }
        return "redirect:/supervision";
    }

    @PostMapping("/supervision/{id}/complete")
    String complete(@PathVariable long id, RedirectAttributes flash) {
        try {
            supervision.complete(id, LocalDate.now(clock));
            flash.addFlashAttribute("message", "task.completed");
        } catch (DomainRuleException e) {
            flash.addFlashAttribute("error", e.code());
        }
        return "redirect:/supervision";
    }
}
