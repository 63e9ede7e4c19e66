package cn.zhishi.assessment;

import cn.zhishi.shared.InvalidInputException;
import cn.zhishi.shared.web.FormErrors;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The "年度考核" section of the profile, loaded into the page by htmx, with its record/correct form. */
@Controller
class AnnualGradePageController {

    private final AnnualGrades grades;
    private final Clock clock;

    AnnualGradePageController(AnnualGrades grades, Clock clock) {
        this.grades = grades;
        this.clock = clock;
    }

    @GetMapping("/cadres/{id}/annual-grades")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','UNIT_REVIEWER','LEADER','CADRE')")
    String section(@PathVariable long id, Model model) {
        AnnualGradeForm form = new AnnualGradeForm(LocalDate.now(clock).getYear() - 1, null, null);
        return render(id, form, model);
    }

    @PostMapping("/cadres/{id}/annual-grades")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String record(@PathVariable long id, @ModelAttribute("gradeForm") AnnualGradeForm form, BindingResult binding,
            Model model) {
        if (!binding.hasErrors()) {
            try {
                grades.record(id, form, "MANUAL");
                model.addAttribute("gradeSaved", true);
                return render(id, new AnnualGradeForm(form.getYear(), null, null), model);
            } catch (InvalidInputException e) {
                FormErrors.bind(e, binding);
            }
        }
        return render(id, form, model);
    }

    private String render(long id, AnnualGradeForm form, Model model) {
        model.addAttribute("cadreId", id);
        model.addAttribute("grades", grades.gradesOf(id));
        model.addAttribute("gradeValues", Grade.values());
        model.addAttribute("windows", grades.consequences());
        model.addAttribute("gradesToday", LocalDate.now(clock));
        if (!model.containsAttribute("gradeForm")) {
            model.addAttribute("gradeForm", form);
        }
        return "assessment/grades :: section";
    }
}
