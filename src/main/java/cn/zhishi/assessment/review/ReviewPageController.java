package cn.zhishi.assessment.review;

import cn.zhishi.assessment.Grade;
import cn.zhishi.assessment.indicator.IndicatorSets;
import cn.zhishi.org.Jurisdictions;
import cn.zhishi.org.OrgDirectory;
import cn.zhishi.org.TeamRole;
import cn.zhishi.shared.DomainRuleException;
import cn.zhishi.shared.InvalidInputException;
import cn.zhishi.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** 评议/测评: campaign set-up, codes, turnout and results. */
@Controller
class ReviewPageController {

    private final ReviewCampaigns campaigns;
    private final IndicatorSets sets;
    private final OrgDirectory org;
    private final Jurisdictions jurisdictions;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;
    private final tools.jackson.databind.json.JsonMapper json;

    ReviewPageController(ReviewCampaigns campaigns, IndicatorSets sets, OrgDirectory org, Jurisdictions jurisdictions,
            Clock clock, org.springframework.context.MessageSource messages, tools.jackson.databind.json.JsonMapper json) {
        this.messages = messages;
        this.json = json;
        this.campaigns = campaigns;
        this.sets = sets;
        this.org = org;
        this.jurisdictions = jurisdictions;
        this.clock = clock;
    }

    @GetMapping("/assessment/reviews")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    String list(Model model) {
        CampaignForm form = new CampaignForm();
        LocalDate today = LocalDate.now(clock);
        form.setOpensOn(today);
        form.setClosesOn(today.plusDays(7));
        return render(form, model);
    }

    @PostMapping("/assessment/reviews")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String create(@ModelAttribute("campaignForm") CampaignForm form, BindingResult binding, Model model) {
        if (!binding.hasErrors()) {
            try {
                return "redirect:/assessment/reviews/" + campaigns.create(form.toCommand());
            } catch (InvalidInputException e) {
                FormErrors.bind(e, binding);
            }
        }
        return render(form, model);
    }

    private String render(CampaignForm form, Model model) {
        model.addAttribute("campaigns", campaigns.list());
        model.addAttribute("campaignForm", form);
        model.addAttribute("sets", sets.catalogue().current());
        model.addAttribute("units", org.tree(jurisdictions.current()));
        model.addAttribute("kinds", CampaignKind.values());
        model.addAttribute("groups", RaterGroup.values());
        model.addAttribute("teamRoles", TeamRole.values());
        return "assessment/reviews";
    }

    @GetMapping("/assessment/reviews/{id}")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    String campaign(@PathVariable long id, Model model) {
        ReviewCampaign c = campaigns.find(id);
        model.addAttribute("campaign", c);
        model.addAttribute("set", campaigns.setOf(c));
        model.addAttribute("targets", campaigns.targets(id));
        model.addAttribute("turnout", campaigns.turnout(id));
        return "assessment/review";
    }

    /** The turnout table alone: the campaign page polls it while votes come in. */
    @GetMapping("/assessment/reviews/{id}/turnout")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    String turnout(@PathVariable long id, Model model) {
        model.addAttribute("campaign", campaigns.find(id));
        model.addAttribute("turnout", campaigns.turnout(id));
        return "assessment/review :: turnout";
    }

    @PostMapping("/assessment/reviews/{id}/open")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String open(@PathVariable long id, RedirectAttributes flash) {
        return transition(id, flash, () -> campaigns.open(id), "review.opened");
    }

    @PostMapping("/assessment/reviews/{id}/close")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String close(@PathVariable long id, RedirectAttributes flash) {
        return transition(id, flash, () -> campaigns.close(id), "review.closed");
    }

    private static String transition(long id, RedirectAttributes flash, Runnable action, String done) {
        try {
            action.run();
            flash.addFlashAttribute("message", done);
        } catch (DomainRuleException e) {
            flash.addFlashAttribute("error", e.code());
        }
        return "redirect:/assessment/reviews/" + id;
    }

    /** Issues codes and shows them once, as a printable sheet. */
    @PostMapping("/assessment/reviews/{id}/codes")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String codes(@PathVariable long id, @RequestParam RaterGroup group, @RequestParam(defaultValue = "0") int count,
            HttpServletRequest request, Model model, RedirectAttributes flash) {
        String base = ServletUriComponentsBuilder.fromContextPath(request).path("/vote/").build().toUriString();
        try {
            List<IssuedCode> codes = campaigns.issueCodes(id, group, count, base);
            model.addAttribute("campaign", campaigns.find(id));
            model.addAttribute("codes", codes);
            return "assessment/review-codes";
        } catch (DomainRuleException e) {
            flash.addFlashAttribute("error", e.code());
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("error", e.problems().get(0).code());
            flash.addFlashAttribute("errorArgs", e.problems().get(0).args());
        }
        return "redirect:/assessment/reviews/" + id;
    }

    @GetMapping("/assessment/reviews/{id}/results")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    String results(@PathVariable long id, Model model, java.util.Locale locale) {
        ReviewCampaign c = campaigns.find(id);
        Map<Long, VotingSheet.Target> targets = campaigns.targets(id).stream()
                .collect(Collectors.toMap(VotingSheet.Target::cadreId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        model.addAttribute("campaign", c);
        model.addAttribute("set", campaigns.setOf(c));
        model.addAttribute("targets", targets);
        List<ReviewResults.TargetResult> results = campaigns.results(id);
        List<Grade> grades = List.of(Grade.EXCELLENT, Grade.COMPETENT, Grade.BASIC, Grade.INCOMPETENT);
        Map<Long, String> charts = new LinkedHashMap<>();
        for (ReviewResults.TargetResult r : results) {
            Map<String, Object> chart = new LinkedHashMap<>();
            chart.put("indicators", r.indicators().stream().map(ReviewResults.IndicatorScore::name).toList());
            chart.put("scores", r.indicators().stream().map(i -> i.score() == null ? 0 : i.score()).toList());
            chart.put("groups", r.groups().stream().map(g -> messages.getMessage("enum.RaterGroup." + g.group(), null,
                    locale)).toList());
            Map<String, Object> series = new LinkedHashMap<>();
            for (Grade g : grades) {
                series.put(messages.getMessage("enum.Grade." + g, null, locale),
                        r.groups().stream().map(x -> x.count(g)).toList());
            }
            chart.put("grades", series);
            charts.put(r.cadreId(), json.writeValueAsString(chart));
        }
        model.addAttribute("results", results);
        model.addAttribute("charts", charts);
        model.addAttribute("grades", grades);
        return "assessment/review-results";
    }
}
