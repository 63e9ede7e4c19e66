package cn.zhishi.eligibility;

import cn.zhishi.dictionary.Dictionaries;
import cn.zhishi.eligibility.policy.Verdict;
import cn.zhishi.org.Jurisdictions;
import cn.zhishi.org.OrgDirectory;
import cn.zhishi.shared.InvalidInputException;
import cn.zhishi.shared.web.FormErrors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages: the vacancy list (open a vacancy) and one vacancy (candidates, comparison, recommendations, steps). */
@Controller
class VacancyController {

    private static final String READERS = "hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')";
    private static final String WRITERS = "hasRole('ORG_ADMIN')";

    private final Vacancies vacancies;
    private final Eligibility eligibility;
    private final OrgDirectory org;
    private final Jurisdictions jurisdictions;
    private final Dictionaries dictionaries;
    private final Clock clock;

    VacancyController(Vacancies vacancies, Eligibility eligibility, OrgDirectory org, Jurisdictions jurisdictions,
            Dictionaries dictionaries, Clock clock) {
        this.vacancies = vacancies;
        this.eligibility = eligibility;
        this.org = org;
        this.jurisdictions = jurisdictions;
        this.dictionaries = dictionaries;
        this.clock = clock;
    }

    @GetMapping("/eligibility/vacancies")
    @PreAuthorize(READERS)
    String list(@RequestParam(required = false) Long postId, Model model) {
        VacancyForm f = new VacancyForm();
        f.setPostId(postId);
        model.addAttribute("vacancyForm", f);
        return renderList(model);
    }

    @PostMapping("/eligibility/vacancies")
    @PreAuthorize(WRITERS)
    String open(@ModelAttribute("vacancyForm") VacancyForm form, BindingResult binding, Model model) {
        if (!binding.hasErrors()) {
            try {
                return "redirect:/eligibility/vacancies/" + vacancies.open(form);
            } catch (InvalidInputException e) {
                FormErrors.bind(e, binding);
            }
        }
        return renderList(model);
    }

    private String renderList(Model model) {
        model.addAttribute("vacancies", vacancies.list());
        model.addAttribute("posts", org.postsIn(jurisdictions.current()));
        model.addAttribute("dict", dictionaries);
        return "eligibility/vacancies";
    }

    @GetMapping("/eligibility/vacancies/{id}")
    @PreAuthorize(READERS)
    String show(@PathVariable long id, Model model) {
        return renderOne(id, model);
    }

    @PostMapping("/eligibility/vacancies/{id}/candidates")
    @PreAuthorize(WRITERS)
    String add(@PathVariable long id, @ModelAttribute("vacancyForm") VacancyForm form, BindingResult binding,
            Model model) {
        return step(id, form, binding, model, () -> vacancies.addCandidate(id, form.getCadreId()));
    }

    @PostMapping("/eligibility/vacancies/{id}/candidates/{cadreId}/remove")
    @PreAuthorize(WRITERS)
    String remove(@PathVariable long id, @PathVariable long cadreId) {
        vacancies.removeCandidate(id, cadreId);
        return "redirect:/eligibility/vacancies/" + id;
    }

    @PostMapping("/eligibility/vacancies/{id}/recommendations")
    @PreAuthorize(WRITERS)
    String recommend(@PathVariable long id, @ModelAttribute("vacancyForm") VacancyForm form, BindingResult binding,
            Model model) {
        return step(id, form, binding, model, () -> vacancies.recommend(id, form));
    }

    @PostMapping("/eligibility/vacancies/{id}/submit")
    @PreAuthorize(WRITERS)
    String submit(@PathVariable long id, @ModelAttribute("vacancyForm") VacancyForm form, BindingResult binding,
            Model model) {
        return step(id, form, binding, model, () -> vacancies.submit(id, form.getReason()));
    }

    @PostMapping("/eligibility/vacancies/{id}/close")
    @PreAuthorize(WRITERS)
    String close(@PathVariable long id, @ModelAttribute("vacancyForm") VacancyForm form, BindingResult binding,
            Model model) {
        return step(id, form, binding, model, () -> vacancies.close(id, form.getReason()));
    }

    @PostMapping("/eligibility/vacancies/{id}/withdraw")
    @PreAuthorize(WRITERS)
    String withdraw(@PathVariable long id, @ModelAttribute("vacancyForm") VacancyForm form, BindingResult binding,
            Model model) {
        return step(id, form, binding, model, () -> vacancies.withdraw(id, form.getReason()));
    }

    private String step(long id, VacancyForm form, BindingResult binding, Model model, Runnable action) {
        if (!binding.hasErrors()) {
            try {
                action.run();
                return "redirect:/eligibility/vacancies/" + id;
            } catch (InvalidInputException e) {
                FormErrors.bind(e, binding);
            }
        }
        return renderOne(id, model);
    }

    private String renderOne(long id, Model model) {
        Vacancies.View v = vacancies.get(id);
        model.addAttribute("vacancy", v);
        model.addAttribute("comparison", vacancies.comparison(id));
        model.addAttribute("recommendations", vacancies.recommendations(id));
        model.addAttribute("minimum", Vacancy.MINIMUM_CANDIDATES);
        model.addAttribute("dict", dictionaries);
        model.addAttribute("today", LocalDate.now(clock));
        if (v.open()) {
            List<Verdict> eligible = eligibility.screen(v.postId(), null, LocalDate.now(clock)).eligible().stream()
                    .filter(x -> !v.candidates().contains(x.cadreId())).limit(ScreeningController.SHOWN_PER_GROUP).toList();
            model.addAttribute("addable", eligible);
        }
        if (!model.containsAttribute("vacancyForm")) {
            model.addAttribute("vacancyForm", new VacancyForm());
        }
        return "eligibility/vacancy";
    }
}
