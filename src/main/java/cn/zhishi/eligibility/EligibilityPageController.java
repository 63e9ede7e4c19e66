package cn.zhishi.eligibility;

import cn.zhishi.dictionary.Dictionaries;
import cn.zhishi.eligibility.policy.PostLevels;
import cn.zhishi.org.Jurisdictions;
import cn.zhishi.org.OrgDirectory;
import cn.zhishi.shared.InvalidInputException;
import cn.zhishi.shared.web.FormErrors;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages: the eligibility section of a profile, the verdict page, and the kinship conflict list. */
@Controller
class EligibilityPageController {

    private static final String READERS = "hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')";

    private final Eligibility eligibility;
    private final EligibilityRecords records;
    private final Kinship kinship;
    private final OrgDirectory org;
    private final Jurisdictions jurisdictions;
    private final Dictionaries dictionaries;
    private final ReasonTexts texts;
    private final Clock clock;

    EligibilityPageController(Eligibility eligibility, EligibilityRecords records, Kinship kinship, OrgDirectory org,
            Jurisdictions jurisdictions, Dictionaries dictionaries, ReasonTexts texts, Clock clock) {
        this.eligibility = eligibility;
        this.records = records;
        this.kinship = kinship;
        this.org = org;
        this.jurisdictions = jurisdictions;
        this.dictionaries = dictionaries;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/cadres/{id}/eligibility-section")
    @PreAuthorize(READERS)
    String section(@PathVariable long id, Model model) {
        return renderSection(id, model);
    }

    @PostMapping("/cadres/{id}/negative-hits")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String recordHit(@PathVariable long id, @ModelAttribute("hitForm") NegativeHitForm form, BindingResult binding,
            Model model) {
        if (!binding.hasErrors()) {
            try {
                records.recordNegativeHit(id, form);
                model.addAttribute("hitForm", new NegativeHitForm());
                model.addAttribute("eligibilitySaved", true);
            } catch (InvalidInputException e) {
                FormErrors.bind(e, binding);
                model.addAttribute("openForm", "hit");
            }
        }
        return renderSection(id, model);
    }

    @PostMapping("/cadres/{id}/kinship-links")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String link(@PathVariable long id, @ModelAttribute("linkForm") KinshipLinkForm form, BindingResult binding,
            Model model) {
        if (!binding.hasErrors()) {
            try {
                records.link(id, form);
                model.addAttribute("linkForm", new KinshipLinkForm());
                model.addAttribute("eligibilitySaved", true);
            } catch (InvalidInputException e) {
                FormErrors.bind(e, binding);
                model.addAttribute("openForm", "link");
            }
        }
        return renderSection(id, model);
    }

    private String renderSection(long id, Model model) {
        model.addAttribute("dict", dictionaries);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("cadreId", id);
        model.addAttribute("today", today);
        model.addAttribute("periods", records.activePeriods(id, today));
        model.addAttribute("hits", records.hitsOf(id));
        model.addAttribute("links", records.linksOf(id));
        model.addAttribute("situations", records.situations());
        model.addAttribute("relations", dictionaries.entries(Dictionaries.FAMILY_RELATION));
        if (!model.containsAttribute("hitForm")) {
            model.addAttribute("hitForm", new NegativeHitForm());
        }
        if (!model.containsAttribute("withdrawForm")) {
            model.addAttribute("withdrawForm", new ProfileChoiceForm());
        }
        if (!model.containsAttribute("linkForm")) {
            model.addAttribute("linkForm", new KinshipLinkForm());
        }
        return "eligibility/section :: section";
    }

    @GetMapping("/cadres/{id}/eligibility")
    @PreAuthorize(READERS)
    String verdict(@PathVariable long id, @RequestParam(required = false) Long postId,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        model.addAttribute("cadreId", id);
        model.addAttribute("cadreName", records.name(id, jurisdictions.current()));
        model.addAttribute("postId", postId);
        model.addAttribute("level", level);
        model.addAttribute("asOf", day);
        model.addAttribute("posts", org.postsIn(jurisdictions.current()));
        model.addAttribute("levels", PostLevels.Step.values().length > 0 ? java.util.List.of("SECTION_DEPUTY",
                "SECTION_CHIEF", "DIVISION_DEPUTY", "DIVISION_CHIEF", "BUREAU_DEPUTY", "BUREAU_CHIEF") : null);
        model.addAttribute("texts", texts);
        model.addAttribute("dict", dictionaries);
        if (postId != null || (level != null && !level.isBlank())) {
            try {
                model.addAttribute("verdict", eligibility.verdict(id, postId, level == null || level.isBlank() ? null : level, day));
            } catch (InvalidInputException e) {
                model.addAttribute("targetError", e.problems().get(0).code());
            }
        }
        return "eligibility/verdict";
    }

    @GetMapping("/eligibility/kinship-conflicts")
    @PreAuthorize(READERS)
    String conflicts(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Model model) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        model.addAttribute("asOf", day);
        model.addAttribute("conflicts", kinship.existingConflictsIn(jurisdictions.current(), day));
        return "eligibility/conflicts";
    }

    @GetMapping("/eligibility/profiles")
    @PreAuthorize(READERS)
    String profiles(Model model) {
        return renderProfiles(new ProfileChoiceForm(), model);
    }

    @PostMapping("/eligibility/profiles")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String chooseProfile(@ModelAttribute("choiceForm") ProfileChoiceForm form, BindingResult binding, Model model) {
        if (!binding.hasErrors()) {
            try {
                if (form.getUnitId() == null) {
                    throw InvalidInputException.of("unitId", "eligibility.unit.outside");
                }
                records.chooseProfile(form.getUnitId(), form.getProfileCode());
                model.addAttribute("profileSaved", true);
            } catch (InvalidInputException e) {
                FormErrors.bind(e, binding);
            }
        }
        return renderProfiles(form, model);
    }

    private String renderProfiles(ProfileChoiceForm form, Model model) {
        model.addAttribute("profiles", eligibility.profiles());
        model.addAttribute("choices", records.profileChoices());
        if (!model.containsAttribute("choiceForm")) {
            model.addAttribute("choiceForm", form);
        }
        return "eligibility/profiles";
    }

    @PostMapping("/cadres/{id}/negative-hits/{hitId}/withdraw")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String withdrawHit(@PathVariable long id, @PathVariable long hitId,
            @ModelAttribute("withdrawForm") ProfileChoiceForm form, BindingResult binding, Model model) {
        if (!binding.hasErrors()) {
            try {
                records.withdrawNegativeHit(id, hitId, form.getReason());
                model.addAttribute("eligibilitySaved", true);
            } catch (InvalidInputException e) {
                FormErrors.bind(e, binding);
                model.addAttribute("withdrawFailed", hitId);
            }
        }
        return renderSection(id, model);
    }
}
