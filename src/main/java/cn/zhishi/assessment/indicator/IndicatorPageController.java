package cn.zhishi.assessment.indicator;

import cn.zhishi.cadre.CadreFilter;
import cn.zhishi.cadre.CadreType;
import cn.zhishi.org.Jurisdictions;
import cn.zhishi.org.OrgDirectory;
import cn.zhishi.org.TeamRole;
import cn.zhishi.org.UnitClass;
import cn.zhishi.org.UnitDomain;
import cn.zhishi.shared.InvalidInputException;
import cn.zhishi.shared.web.FormErrors;
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

/** 考核指标: the sets and their versions, a new set or version, and assignment by filter. */
@Controller
class IndicatorPageController {

    private final IndicatorSets sets;
    private final OrgDirectory org;
    private final Jurisdictions jurisdictions;

    IndicatorPageController(IndicatorSets sets, OrgDirectory org, Jurisdictions jurisdictions) {
        this.sets = sets;
        this.org = org;
        this.jurisdictions = jurisdictions;
    }

    @GetMapping("/assessment/indicators")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    String list(@RequestParam(required = false) Long from, Model model) {
        IndicatorSetForm form = from == null ? new IndicatorSetForm() : IndicatorSetForm.of(sets.find(from));
        return render(form, from != null, model);
    }

    @GetMapping("/assessment/indicators/{id}")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    String version(@PathVariable long id, Model model) {
        IndicatorSet s = sets.find(id);
        model.addAttribute("set", s);
        model.addAttribute("versions", sets.catalogue().byCode().get(s.code()));
        model.addAttribute("assigned", sets.assignmentCounts().getOrDefault(id, 0));
        return "assessment/indicator-set";
    }

    @PostMapping("/assessment/indicators")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String create(@ModelAttribute("setForm") IndicatorSetForm form, BindingResult binding, Model model,
            RedirectAttributes flash) {
        if (!binding.hasErrors()) {
            try {
                long id = sets.create(form.toCommand());
                flash.addFlashAttribute("message", "indicator.created");
                return "redirect:/assessment/indicators/" + id;
            } catch (InvalidInputException e) {
                FormErrors.bind(e, binding);
            }
        }
        return render(form, true, model);
    }

    @PostMapping("/assessment/indicators/assign")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String assign(@ModelAttribute CadreFilter filter, @RequestParam(required = false) Long setId,
            RedirectAttributes flash) {
        try {
            AssignmentResult r = sets.assign(filter, setId);
            flash.addFlashAttribute("message", "indicator.assigned");
            flash.addFlashAttribute("messageArgs", new Object[] {r.assigned(), r.withoutSet()});
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("error", e.problems().get(0).code());
            flash.addFlashAttribute("errorArgs", e.problems().get(0).args());
        }
        return "redirect:/assessment/indicators";
    }

    private String render(IndicatorSetForm form, boolean openForm, Model model) {
        IndicatorCatalogue c = sets.catalogue();
        model.addAttribute("current", c.current());
        model.addAttribute("versionCounts", c.byCode());
        model.addAttribute("counts", sets.assignmentCounts());
        model.addAttribute("setForm", form);
        model.addAttribute("openForm", openForm);
        model.addAttribute("units", org.tree(jurisdictions.current()));
        model.addAttribute("domains", UnitDomain.values());
        model.addAttribute("classes", UnitClass.values());
        model.addAttribute("roles", RoleScope.values());
        model.addAttribute("teamRoles", TeamRole.values());
        model.addAttribute("cadreTypes", CadreType.values());
        model.addAttribute("kinds", IndicatorKind.values());
        return "assessment/indicators";
    }
}
