package cn.zhishi.cadre;

import cn.zhishi.dictionary.Dictionaries;
import cn.zhishi.org.Jurisdictions;
import cn.zhishi.org.OrgDirectory;
import cn.zhishi.shared.InvalidInputException;
import cn.zhishi.shared.web.FormErrors;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.util.UriComponentsBuilder;

/** Pages: the cadre list, the one-person-one-form profile, and the forms that change a file. */
@Controller
class CadrePageController {

    private static final String VIEWERS = "hasAnyRole('ORG_ADMIN','ASSESSOR','UNIT_REVIEWER','LEADER','CADRE')";

    private final CadreQueries queries;
    private final CadreProfiles profiles;
    private final CadreService service;
    private final OrgDirectory org;
    private final Jurisdictions jurisdictions;
    private final Dictionaries dictionaries;
    private final SanctionTypes sanctionTypes;
    private final java.util.List<ProfileSection> sections;

    CadrePageController(CadreQueries queries, CadreProfiles profiles, CadreService service, OrgDirectory org,
            Jurisdictions jurisdictions, Dictionaries dictionaries, SanctionTypes sanctionTypes,
            java.util.List<ProfileSection> sections) {
        this.sections = sections;
        this.queries = queries;
        this.profiles = profiles;
        this.service = service;
        this.org = org;
        this.jurisdictions = jurisdictions;
        this.dictionaries = dictionaries;
        this.sanctionTypes = sanctionTypes;
    }

    @ModelAttribute
    void enums(Model model) {
        model.addAttribute("genders", Gender.values());
        model.addAttribute("cadreTypes", CadreType.values());
        model.addAttribute("studyModes", StudyMode.values());
        model.addAttribute("tagPolarities", TagPolarity.values());
        model.addAttribute("sorts", CadreFilter.Sort.values());
        model.addAttribute("teamRoles", cn.zhishi.org.TeamRole.values());
    }

    @GetMapping("/cadres")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','UNIT_REVIEWER','LEADER')")
    String list(@ModelAttribute("filter") CadreFilter filter, Model model,
            jakarta.servlet.http.HttpServletRequest request) {
        model.addAttribute("page", queries.page(filter));
        // the current filters as a query string, for paging and export links
        UriComponentsBuilder params = UriComponentsBuilder.newInstance();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("page") && !name.startsWith("_")) {
                for (String v : values) {
                    if (!v.isEmpty()) {
                        params.queryParam(name, v);
                    }
                }
            }
        });
        String query = params.encode().build().getQuery();
        model.addAttribute("filterQuery", query == null || query.isEmpty() ? "" : "?" + query);
        model.addAttribute("pageQuery", (query == null || query.isEmpty() ? "?" : "?" + query + "&") + "page=");
        model.addAttribute("units", org.tree(jurisdictions.current()));
        addDictionaries(model);
        return "cadre/list";
    }

    @GetMapping("/cadres/{id}")
    @PreAuthorize(VIEWERS)
    String profile(@PathVariable long id, Model model) {
        model.addAttribute("p", profiles.profile(id));
        // other modules' blocks (cards, report consequences), after the jurisdiction check above
        model.addAttribute("extraSections", sections.stream().flatMap(s -> s.forCadre(id).stream()).toList());
        addDictionaries(model);
        for (Map.Entry<String, Object> e : Map.<String, Object>of("educationForm", new EducationForm(),
                "resumeForm", new ResumeEntryForm(), "familyForm", new FamilyMemberForm(), "rewardForm", new RewardForm(),
                "sanctionForm", new SanctionForm(), "tagForm", new TagForm(), "tenureForm", new TenureForm()).entrySet()) {
            if (!model.containsAttribute(e.getKey())) {
                model.addAttribute(e.getKey(), e.getValue());
            }
        }
        model.addAttribute("units", org.tree(jurisdictions.current()));
        return "cadre/profile";
    }

    @GetMapping("/cadres/new")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String newForm(@RequestParam(required = false) Long unitId, Model model) {
        CadreForm form = new CadreForm();
        form.setUnitId(unitId);
        form.setEthnicity("01");
        return edit(form, null, model);
    }

    @PostMapping("/cadres/new")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String create(@ModelAttribute("cadre") CadreForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return edit(form, null, model);
        }
        try {
            long id = service.register(form);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/cadres/" + id;
        } catch (InvalidInputException e) {
            FormErrors.bind(e, binding);
            return edit(form, null, model);
        }
    }

    @GetMapping("/cadres/{id}/edit")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String editForm(@PathVariable long id, Model model) {
        return edit(profiles.form(id), id, model);
    }

    @PostMapping("/cadres/{id}/edit")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String update(@PathVariable long id, @ModelAttribute("cadre") CadreForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return edit(form, id, model);
        }
        try {
            service.describe(id, form);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/cadres/" + id;
        } catch (InvalidInputException e) {
            FormErrors.bind(e, binding);
            return edit(form, id, model);
        } catch (ObjectOptimisticLockingFailureException e) {
            binding.reject("error.concurrentChange");
            return edit(form, id, model);
        }
    }

    @PostMapping("/cadres/{id}/records/education")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String addEducation(@PathVariable long id, @ModelAttribute("educationForm") EducationForm f, BindingResult b,
            Model model, RedirectAttributes r) {
        return addRecord(id, "education", b, model, r, () -> service.addEducation(id, f));
    }

    @PostMapping("/cadres/{id}/records/resume")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String addResume(@PathVariable long id, @ModelAttribute("resumeForm") ResumeEntryForm f, BindingResult b,
            Model model, RedirectAttributes r) {
        return addRecord(id, "resume", b, model, r, () -> service.addResumeEntry(id, f));
    }

    @PostMapping("/cadres/{id}/records/family")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String addFamily(@PathVariable long id, @ModelAttribute("familyForm") FamilyMemberForm f, BindingResult b,
            Model model, RedirectAttributes r) {
        return addRecord(id, "family", b, model, r, () -> service.addFamilyMember(id, f));
    }

    @PostMapping("/cadres/{id}/records/reward")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String addReward(@PathVariable long id, @ModelAttribute("rewardForm") RewardForm f, BindingResult b,
            Model model, RedirectAttributes r) {
        return addRecord(id, "reward", b, model, r, () -> service.addReward(id, f));
    }

    @PostMapping("/cadres/{id}/records/sanction")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String addSanction(@PathVariable long id, @ModelAttribute("sanctionForm") SanctionForm f, BindingResult b,
            Model model, RedirectAttributes r) {
        return addRecord(id, "sanction", b, model, r, () -> service.addSanction(id, f));
    }

    @PostMapping("/cadres/{id}/records/tag")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String addTag(@PathVariable long id, @ModelAttribute("tagForm") TagForm f, BindingResult b,
            Model model, RedirectAttributes r) {
        return addRecord(id, "tag", b, model, r, () -> service.addTag(id, f));
    }

    @PostMapping("/cadres/{id}/records/{kind}/{recordId}/remove")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String removeRecord(@PathVariable long id, @PathVariable String kind, @PathVariable long recordId, RedirectAttributes r) {
        FileRecordKind k = FileRecordKind.ofSlug(kind);
        service.removeRecord(id, k, recordId);
        r.addFlashAttribute("saved", true);
        return "redirect:/cadres/" + id + "#" + k.slug();
    }

    @PostMapping("/cadres/{id}/tenures")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String appoint(@PathVariable long id, @ModelAttribute("tenureForm") TenureForm f, BindingResult b,
            Model model, RedirectAttributes r) {
        return addRecord(id, "tenure", b, model, r, () -> service.appoint(id, f));
    }

    @PostMapping("/cadres/{id}/tenures/{tenureId}/end")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String endTenure(@PathVariable long id, @PathVariable long tenureId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
            Model model, RedirectAttributes r) {
        try {
            service.endTenure(id, tenureId, endDate);
            r.addFlashAttribute("saved", true);
            return "redirect:/cadres/" + id + "#tenure";
        } catch (InvalidInputException e) {
            model.addAttribute("tenureEndError", e.problems());
            model.addAttribute("tenureEndId", tenureId);
            model.addAttribute("openForm", "tenure");
            return profile(id, model);
        }
    }

    @PostMapping("/cadres/{id}/tenures/{tenureId}/remove")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String removeTenure(@PathVariable long id, @PathVariable long tenureId, RedirectAttributes r) {
        service.removeTenure(id, tenureId);
        r.addFlashAttribute("saved", true);
        return "redirect:/cadres/" + id + "#tenure";
    }

    /** htmx: the posts of a unit, as options for the appointment form. */
    @GetMapping("/cadres/post-options")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String postOptions(@RequestParam(required = false) Long unitId, Model model) {
        model.addAttribute("posts", unitId == null ? java.util.List.of() : org.posts(unitId, jurisdictions.current()));
        model.addAttribute("dict", dictionaries);
        return "cadre/post-options :: options";
    }

    private String addRecord(long id, String kind, BindingResult binding, Model model, RedirectAttributes redirect,
            java.util.function.LongSupplier action) {
        if (!binding.hasErrors()) {
            try {
                action.getAsLong();
                redirect.addFlashAttribute("saved", true);
                return "redirect:/cadres/" + id + "#" + kind;
            } catch (InvalidInputException e) {
                FormErrors.bind(e, binding);
            }
        }
        model.addAttribute("openForm", kind);
        return profile(id, model);
    }

    private String edit(CadreForm form, Long id, Model model) {
        model.addAttribute("cadre", form);
        model.addAttribute("cadreId", id);
        model.addAttribute("units", org.tree(jurisdictions.current()));
        addDictionaries(model);
        return "cadre/edit";
    }

    private void addDictionaries(Model model) {
        model.addAttribute("dict", dictionaries);
        model.addAttribute("ethnicities", dictionaries.entries(Dictionaries.ETHNICITY));
        model.addAttribute("educationLevels", dictionaries.entries(Dictionaries.EDUCATION_LEVEL));
        model.addAttribute("degrees", dictionaries.entries(Dictionaries.DEGREE));
        model.addAttribute("relations", dictionaries.entries(Dictionaries.FAMILY_RELATION));
        model.addAttribute("politicalStatuses", dictionaries.entries(Dictionaries.POLITICAL_STATUS));
        model.addAttribute("postLevels", dictionaries.entries(Dictionaries.POST_LEVEL));
        model.addAttribute("rewardTypes", dictionaries.entries(Dictionaries.REWARD_TYPE));
        model.addAttribute("tagLabels", dictionaries.entries(Dictionaries.TAG_LABEL));
        model.addAttribute("sanctionTypes", sanctionTypes.all());
    }
}
