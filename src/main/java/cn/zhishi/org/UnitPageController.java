package cn.zhishi.org;

import cn.zhishi.dictionary.Dictionaries;
import cn.zhishi.shared.InvalidInputException;
import cn.zhishi.shared.web.FormErrors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: the unit tree and a unit's page (team, posts with holders and vacancies, sub-units). */
@Controller
@PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','UNIT_REVIEWER','LEADER')")
class UnitPageController {

    private final OrgDirectory directory;
    private final OrgService service;
    private final Jurisdictions jurisdictions;
    private final PostHolderLookup holders;
    private final Dictionaries dictionaries;
    private final Clock clock;
    private final java.util.List<UnitSection> sections;

    UnitPageController(OrgDirectory directory, OrgService service, Jurisdictions jurisdictions,
            PostHolderLookup holders, Dictionaries dictionaries, Clock clock, java.util.List<UnitSection> sections) {
        this.sections = sections;
        this.directory = directory;
        this.service = service;
        this.jurisdictions = jurisdictions;
        this.holders = holders;
        this.dictionaries = dictionaries;
        this.clock = clock;
    }

    @ModelAttribute
    void enums(Model model) {
        model.addAttribute("teamRoles", TeamRole.values());
        model.addAttribute("keyPostKinds", KeyPostKind.values());
        model.addAttribute("nodeTypes", NodeType.values());
        model.addAttribute("unitDomains", UnitDomain.values());
        model.addAttribute("unitClasses", UnitClass.values());
    }

    @GetMapping("/units")
    String tree(Model model) {
        List<UnitSummary> units = directory.tree(jurisdictions.current());
        Map<Long, Long> counts = holders.cadreCountsByUnit(units.stream().map(UnitSummary::id).toList());
        model.addAttribute("forest", UnitTreeNode.forest(units, counts));
        model.addAttribute("unitCount", units.size());
        return "org/tree";
    }

    @GetMapping("/units/{id}")
    String unit(@PathVariable long id, Model model) {
        Jurisdiction j = jurisdictions.current();
        UnitSummary unit = directory.unit(id, j);
        List<PostSummary> posts = directory.posts(id, j);
        Map<Long, List<PostHolderLookup.PostHolder>> held = holders.holdersOn(
                posts.stream().map(PostSummary::id).toList(), LocalDate.now(clock));
        List<UnitSummary> children = directory.children(id, j);
        model.addAttribute("unit", unit);
        model.addAttribute("ancestry", directory.ancestry(id, j));
        model.addAttribute("teamName", directory.teamName(id).orElse(null));
        model.addAttribute("extraSections", sections.stream().flatMap(s -> s.forUnit(id).stream()).toList());
        model.addAttribute("posts", posts);
        model.addAttribute("holders", held);
        model.addAttribute("teamPosts", posts.stream().filter(p -> p.teamRole() != null).toList());
        model.addAttribute("vacancies", posts.stream()
                .mapToInt(p -> Math.max(0, p.maxHolders() - held.getOrDefault(p.id(), List.of()).size())).sum());
        model.addAttribute("children", children);
        model.addAttribute("childCounts", holders.cadreCountsByUnit(children.stream().map(UnitSummary::id).toList()));
        model.addAttribute("dict", dictionaries);
        if (!model.containsAttribute("unitForm")) {
            model.addAttribute("unitForm", new UnitForm());
        }
        if (!model.containsAttribute("postForm")) {
            model.addAttribute("postForm", new PostForm());
        }
        model.addAttribute("unitLevels", dictionaries.entries(Dictionaries.UNIT_LEVEL));
        model.addAttribute("postLevels", dictionaries.entries(Dictionaries.POST_LEVEL));
        model.addAttribute("ranks", dictionaries.entries(Dictionaries.RANK));
        return "org/unit";
    }

    @PostMapping("/units/{id}/children")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String addChild(@PathVariable long id, @ModelAttribute("unitForm") UnitForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        try {
            long child = service.createUnit(form.toCommand(id));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/units/" + child;
        } catch (InvalidInputException e) {
            FormErrors.bind(e, binding);
            model.addAttribute("openForm", "unit");
            return unit(id, model);
        }
    }

    @PostMapping("/units/{id}/posts")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String addPost(@PathVariable long id, @ModelAttribute("postForm") PostForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        try {
            service.createPost(id, form.toCommand());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/units/" + id + "#posts";
        } catch (InvalidInputException e) {
            FormErrors.bind(e, binding);
            model.addAttribute("openForm", "post");
            return unit(id, model);
        }
    }

    /**
     * Moving a unit, in two steps: choose the new parent (the page shows what moves along), then confirm
     * (the page repeats the move in one sentence). Refusals show next to the choice before anything is asked.
     */
    @GetMapping("/units/{id}/move")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String move(@PathVariable long id, @ModelAttribute("moveForm") UnitMoveForm form, BindingResult binding,
            Model model) {
        Jurisdiction j = jurisdictions.current();
        UnitMoveOptions options = directory.moveOptions(id, j);
        model.addAttribute("move", options);
        model.addAttribute("ancestry", directory.ancestry(id, j));
        if (form.getParentId() != null && options.movable() && !binding.hasErrors()) {
            try {
                service.checkMove(id, form.getParentId());
                model.addAttribute("target", directory.unit(form.getParentId(), j));
            } catch (InvalidInputException e) {
                FormErrors.bind(e, binding);
            }
        }
        return "org/move";
    }

    @PostMapping("/units/{id}/move")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String moveConfirmed(@PathVariable long id, @ModelAttribute("moveForm") UnitMoveForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        try {
            service.moveUnit(id, form.getParentId());
        } catch (InvalidInputException e) {
            FormErrors.bind(e, binding);
            return move(id, form, binding, model);
        }
        redirect.addFlashAttribute("movedUnder", directory.unit(form.getParentId(), jurisdictions.current()).name());
        return "redirect:/units/" + id;
    }

    @PostMapping("/units/{id}/team")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String formTeam(@PathVariable long id, String teamName, RedirectAttributes redirect) {
        service.formTeam(id, teamName);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/units/" + id;
    }
}
