package cn.zhishi.assessment.review;

import cn.zhishi.shared.DomainRuleException;
import cn.zhishi.shared.FieldProblem;
import cn.zhishi.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 评议结果公示: a campaign's posting page — what the public will see, post to the public board,
 * withdraw with a reason, and the posting history. A refused action shows every problem and keeps
 * what was typed.
 */
@Controller
class ReviewPostingPageController {

    private final ReviewCampaigns campaigns;
    private final ReviewPostings postings;

    ReviewPostingPageController(ReviewCampaigns campaigns, ReviewPostings postings) {
        this.campaigns = campaigns;
        this.postings = postings;
    }

    @GetMapping("/assessment/reviews/{id}/posting")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    String page(@PathVariable long id, Model model) {
        ReviewCampaign c = campaigns.find(id);
        ReviewQuarter q = ReviewPostings.defaultQuarter(c);
        model.addAttribute("year", q.year());
        model.addAttribute("quarter", q.quarter());
        return render(c, model);
    }

    @PostMapping("/assessment/reviews/{id}/posting")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String post(@PathVariable long id, @RequestParam(required = false) String year,
            @RequestParam(required = false) String quarter, Model model, HttpServletResponse response,
            RedirectAttributes flash) {
        try {
            cn.zhishi.shared.Problems p = new cn.zhishi.shared.Problems();
            Integer y = number(year, "year", p);
            Integer q = number(quarter, "quarter", p);
            p.throwIfAny();
            postings.post(id, y, q);
            flash.addFlashAttribute("message", "posting.done.posted");
            return "redirect:/assessment/reviews/" + id + "/posting";
        } catch (InvalidInputException e) {
            return refused(id, e.problems(), model, response, 422, year, quarter, null);
        } catch (DomainRuleException e) {
            return refused(id, List.of(new FieldProblem("", e.code(), e.args())), model, response, 409, year, quarter, null);
        }
    }

    @PostMapping("/assessment/reviews/{id}/posting/withdrawal")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String withdraw(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
            HttpServletResponse response, RedirectAttributes flash) {
        try {
            postings.withdraw(id, reason);
            flash.addFlashAttribute("message", "posting.done.withdrawn");
            return "redirect:/assessment/reviews/" + id + "/posting";
        } catch (InvalidInputException e) {
            return refused(id, e.problems(), model, response, 422, null, null, reason);
        } catch (DomainRuleException e) {
            return refused(id, List.of(new FieldProblem("", e.code(), e.args())), model, response, 409, null, null, reason);
        }
    }

    private String refused(long id, List<FieldProblem> problems, Model model, HttpServletResponse response, int status,
            String year, String quarter, String reason) {
        ReviewCampaign c = campaigns.find(id);
        ReviewQuarter q = ReviewPostings.defaultQuarter(c);
        response.setStatus(status);
        model.addAttribute("problems", problems);
        model.addAttribute("year", year == null ? String.valueOf(q.year()) : year);
        model.addAttribute("quarter", quarter == null ? String.valueOf(q.quarter()) : quarter);
        model.addAttribute("reason", reason);
        return render(c, model);
    }

    private String render(ReviewCampaign c, Model model) {
        model.addAttribute("campaign", c);
        List<PublicResults.Line> lines = postings.preview(c.id());
        model.addAttribute("lines", lines);
        model.addAttribute("oneUnit", lines.stream().map(PublicResults.Line::unitName).distinct().count() <= 1);
        model.addAttribute("aspects", campaigns.setOf(c).indicators());
        model.addAttribute("history", postings.history(c.id()));
        model.addAttribute("minBallots", PublicResults.MIN_BALLOTS);
        model.addAttribute("maxReason", ReviewPostings.MAX_REASON);
        return "assessment/review-posting";
    }

    /** A whole number, or a problem on {@code field}; empty is null (the service says it is required). */
    private static Integer number(String value, String field, cn.zhishi.shared.Problems problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            problems.add(field, "validation.format");
            return null;
        }
    }
}
