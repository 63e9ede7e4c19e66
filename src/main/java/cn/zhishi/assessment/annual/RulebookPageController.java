package cn.zhishi.assessment.annual;

import cn.zhishi.shared.DomainRuleException;
import cn.zhishi.shared.FieldProblem;
import cn.zhishi.shared.InvalidInputException;
import cn.zhishi.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 年度考核规则版本: the versions with their state and the assessments that pinned them, one version with
 * what changed from the one before, and the form for the next version (changes shown live, before saving).
 */
@Controller
@RequestMapping("/assessment/rulebooks")
class RulebookPageController {

    private final RulebookVersions versions;
    private final MessageSource messages;

    RulebookPageController(RulebookVersions versions, MessageSource messages) {
        this.versions = versions;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')")
    String list(Model model) {
        List<RulebookVersion> all = versions.versions();
        Map<Long, Integer> changed = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            Optional<RulebookVersion> previous = i + 1 < all.size() ? Optional.of(all.get(i + 1)) : Optional.empty();
            changed.put(all.get(i).id(), previous.isEmpty() ? null : RulebookVersions.changesFrom(previous, all.get(i)).size());
        }
        model.addAttribute("versions", all);
        model.addAttribute("changed", changed);
        return "annual/rulebooks";
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')")
    String version(@PathVariable long id, Model model) {
        RulebookVersion v = versions.find(id);
        Optional<RulebookVersion> previous = versions.previous(v);
        model.addAttribute("v", v);
        model.addAttribute("previous", previous.orElse(null));
        model.addAttribute("changes", RulebookVersions.changesFrom(previous, v));
        model.addAttribute("sources", CompositeSource.values());
        model.addAttribute("teamGrades", TeamGrade.values());
        return "annual/rulebook";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String form(Model model, Locale locale) {
        return render(RulebookForm.of(versions.startDraft()), model, locale);
    }

    @PostMapping
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String create(@ModelAttribute("rulebookForm") RulebookForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes flash, Locale locale) {
        if (!binding.hasErrors()) {
            try {
                long id = versions.create(form.toDraft());
                flash.addFlashAttribute("message", "rulebook.created");
                return "redirect:/assessment/rulebooks/" + id;
            } catch (InvalidInputException e) {
                FormErrors.bind(e, binding);
            } catch (DomainRuleException e) {
                response.setStatus(409);
                model.addAttribute("error", e.code());
                model.addAttribute("errorArgs", e.args());
                return render(form, model, locale);
            }
        }
        response.setStatus(422);
        return render(form, model, locale);
    }

    /** htmx: the changes the form would make and its problems, refreshed as the author types. */
    @PostMapping("/preview")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String preview(@ModelAttribute("rulebookForm") RulebookForm form, BindingResult binding, Model model, Locale locale) {
        RulebookVersions.Preview p = versions.preview(form.toDraft());
        model.addAttribute("latest", versions.latest());
        model.addAttribute("preview", p);
        model.addAttribute("problemTexts", texts(p.problems(), locale));
        model.addAttribute("unreadable", binding.getFieldErrorCount());
        return "annual/rulebook-form :: changes";
    }

    /** "field label: problem" for the summary beside the form ("nothing changed" shows as the empty change list). */
    private List<String> texts(List<FieldProblem> problems, Locale locale) {
        return problems.stream().filter(p -> !p.code().equals("rulebook.unchanged")).map(p -> {
            String text = messages.getMessage(p.code(), p.args(), p.code(), locale);
            String label = label(p.field(), locale);
            return label == null ? text : label + "：" + text;
        }).toList();
    }

    private String label(String field, Locale locale) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\w+)(?:\\[(\\w+)\\])?.*").matcher(field);
        if (field.isEmpty() || !m.matches()) {
            return null;
        }
        String name = m.group(1);
        String key = m.group(2);
        switch (name) {
            case "weights":
                return messages.getMessage("rulebook.field.weight", new Object[] {
                        messages.getMessage("enum.CompositeSource." + key, null, key, locale)}, locale);
            case "quotaPercent":
                return messages.getMessage("rulebook.field.quota", new Object[] {
                        messages.getMessage("enum.TeamGrade." + key, null, key, locale)}, locale);
            case "rules":
                return key == null ? messages.getMessage("rulebook.section.rules", null, locale)
                        : messages.getMessage("rulebook.rule." + key, null, key, locale);
            default:
                return messages.getMessage("rulebook.form." + name, null, name, locale);
        }
    }

    private String render(RulebookForm form, Model model, Locale locale) {
        RulebookVersion latest = versions.latest();
        model.addAttribute("rulebookForm", form);
        model.addAttribute("latest", latest);
        RulebookVersions.Preview p = versions.preview(form.toDraft());
        model.addAttribute("preview", p);
        model.addAttribute("problemTexts", texts(p.problems(), locale));
        model.addAttribute("unreadable", 0);
        model.addAttribute("sources", CompositeSource.values());
        model.addAttribute("teamGrades", TeamGrade.values());
        model.addAttribute("roundings", QuotaRounding.values());
        model.addAttribute("rules", List.copyOf(form.getRules().keySet()));
        return "annual/rulebook-form";
    }
}
