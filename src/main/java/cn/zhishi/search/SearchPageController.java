package cn.zhishi.search;

import cn.zhishi.audit.AuditEvent;
import cn.zhishi.audit.AuditTrail;
import cn.zhishi.bulkload.LongProgress;
import cn.zhishi.cadre.Gender;
import cn.zhishi.dictionary.Dictionaries;
import cn.zhishi.excel.CadreListExport;
import cn.zhishi.org.Jurisdictions;
import cn.zhishi.org.OrgDirectory;
import cn.zhishi.org.TeamRole;
import cn.zhishi.org.UnitClass;
import cn.zhishi.org.UnitDomain;
import cn.zhishi.security.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The 智能搜索 page: conditions on the left, facets and hits on the right; export, saved searches, rebuild. */
@Controller
@PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','UNIT_REVIEWER','LEADER')")
class SearchPageController {

    /** A facet value as a link that adds it as a condition (null href: shown, not clickable). */
    public record FacetLink(String label, long count, String href) {
    }

    private final CadreSearch search;
    private final SavedSearches saved;
    private final SearchIndex index;
    private final CadreListExport export;
    private final OrgDirectory org;
    private final Jurisdictions jurisdictions;
    private final Dictionaries dictionaries;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    SearchPageController(CadreSearch search, SavedSearches saved, SearchIndex index, CadreListExport export,
            OrgDirectory org, Jurisdictions jurisdictions, Dictionaries dictionaries, CurrentUser currentUser,
            AuditTrail audit, Clock clock) {
        this.search = search;
        this.saved = saved;
        this.index = index;
        this.export = export;
        this.org = org;
        this.jurisdictions = jurisdictions;
        this.dictionaries = dictionaries;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/search")
    String page(@ModelAttribute("form") SearchForm form, Model model, Locale locale) {
        SearchResult result = search.search(form, locale);
        String query = form.toQueryString();
        model.addAttribute("result", result);
        model.addAttribute("query", query);
        model.addAttribute("pageBase", "/search?" + (query.isEmpty() ? "" : query + "&") + "page=");
        model.addAttribute("facets", facetLinks(form, result));
        model.addAttribute("saved", saved.of(username()));
        model.addAttribute("units", org.tree(jurisdictions.current()));
        model.addAttribute("domains", UnitDomain.values());
        model.addAttribute("unitClasses", UnitClass.values());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("teamRoles", TeamRole.values());
        model.addAttribute("sorts", SearchForm.Sort.values());
        model.addAttribute("ethnicities", dictionaries.entries(Dictionaries.ETHNICITY));
        model.addAttribute("educationLevels", dictionaries.entries(Dictionaries.EDUCATION_LEVEL));
        model.addAttribute("postLevels", dictionaries.entries(Dictionaries.POST_LEVEL));
        model.addAttribute("tags", dictionaries.entries(Dictionaries.TAG_LABEL));
        return "search/page";
    }

    @GetMapping("/search/export.xlsx")
    void export(@ModelAttribute SearchForm form, HttpServletResponse response) throws IOException {
        export.download((max, sink) -> search.forEachRow(form, max, sink), response, LocalDate.now(clock));
    }

    @PostMapping("/search/saved")
    String save(@ModelAttribute SearchForm form, @RequestParam(defaultValue = "") String name) {
        saved.save(username(), name, form);
        return "redirect:/search?" + form.toQueryString();
    }

    @PostMapping("/search/saved/{id}/delete")
    String remove(@PathVariable long id) {
        saved.remove(username(), id);
        return "redirect:/search";
    }

    @PostMapping("/search/reindex")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String reindex(RedirectAttributes redirect) {
        long started = System.nanoTime();
        long docs = index.rebuild(LongProgress.silent());
        long millis = (System.nanoTime() - started) / 1_000_000;
        audit.record(AuditEvent.created("search.reindex", "SearchIndex", 1, "search index",
                Map.of("documents", docs, "millis", millis)));
        redirect.addFlashAttribute("reindexed", new long[] {docs, millis});
        return "redirect:/search";
    }

    private String username() {
        return currentUser.get().getUsername();
    }

    private Map<String, List<FacetLink>> facetLinks(SearchForm form, SearchResult result) {
        String base = form.toQueryString();
        String prefix = "/search?" + (base.isEmpty() ? "" : base + "&");
        int[] bands = {0, 35, 40, 45, 50, 55, 100};
        Map<String, List<FacetLink>> out = new LinkedHashMap<>();
        for (var e : result.facets().entrySet()) {
            List<FacetLink> links = new ArrayList<>();
            for (SearchResult.FacetValue v : e.getValue()) {
                String href = switch (e.getKey()) {
                    case "unit" -> prefix + "unitId=" + v.code();
                    case "ageBand" -> {
                        int b = Integer.parseInt(v.code());
                        yield prefix + "ageMin=" + bands[b] + "&ageMax=" + (bands[b + 1] - 1);
                    }
                    case "postLevel" -> prefix + "postLevel=" + v.code();
                    case "education" -> prefix + "education=" + v.code();
                    case "grade" -> "EXCELLENT".equals(v.code()) ? prefix + "excellentInThreeYears=true" : null;
                    default -> null;
                };
                links.add(new FacetLink(v.label(), v.count(), href));
            }
            out.put(e.getKey(), links);
        }
        return out;
    }
}
