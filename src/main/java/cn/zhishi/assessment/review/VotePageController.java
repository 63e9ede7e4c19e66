package cn.zhishi.assessment.review;

import cn.zhishi.assessment.Grade;
import cn.zhishi.assessment.indicator.Rating;
import cn.zhishi.shared.DomainRuleException;
import cn.zhishi.shared.FieldProblem;
import cn.zhishi.shared.InvalidInputException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The voting page, without an account ({@code permitAll}). Form fields: {@code r_<cadre>_<position>} =
 * a {@link Rating}, {@code g_<cadre>} = an overall {@link Grade} (optional).
 */
@Controller
class VotePageController {

    private final Voting voting;

    VotePageController(Voting voting) {
        this.voting = voting;
    }

    @GetMapping("/vote")
    String enter() {
        return "assessment/vote-enter";
    }

    @PostMapping("/vote")
    String entered(@RequestParam(defaultValue = "") String code) {
        String normal = code.replaceAll("[^0-9A-Za-z]", "").toUpperCase(java.util.Locale.ROOT);
        return normal.isEmpty() ? "redirect:/vote" : "redirect:/vote/" + normal;
    }

    @GetMapping("/vote/{code}")
    String sheet(@PathVariable String code, Model model) {
        Optional<VotingSheet> sheet = voting.sheet(code);
        if (sheet.isEmpty()) {
            return "assessment/vote-invalid";
        }
        model.addAttribute("sheet", sheet.get());
        model.addAttribute("code", code);
        model.addAttribute("chosen", Map.of());
        model.addAttribute("missing", Set.of());
        return "assessment/vote";
    }

    @PostMapping("/vote/{code}")
    String cast(@PathVariable String code, @RequestParam Map<String, String> params, Model model) {
        Map<Long, Map<Integer, Rating>> ratings = new HashMap<>();
        Map<Long, Grade> grades = new HashMap<>();
        params.forEach((k, v) -> {
            try {
                if (k.startsWith("r_")) {
                    String[] p = k.split("_");
                    ratings.computeIfAbsent(Long.valueOf(p[1]), x -> new HashMap<>()).put(Integer.valueOf(p[2]),
                            Rating.valueOf(v));
                } else if (k.startsWith("g_") && !v.isBlank()) {
                    grades.put(Long.valueOf(k.substring(2)), Grade.valueOf(v));
                }
            } catch (RuntimeException ignored) {
                // an unreadable field counts as unanswered
            }
        });
        try {
            voting.cast(code, ratings, grades);
            return "assessment/vote-done";
        } catch (DomainRuleException e) {
            return "assessment/vote-invalid";
        } catch (InvalidInputException e) {
            Optional<VotingSheet> sheet = voting.sheet(code);
            if (sheet.isEmpty()) {
                return "assessment/vote-invalid";
            }
            Set<String> missing = new HashSet<>();
            e.problems().stream().map(FieldProblem::field).forEach(missing::add);
            model.addAttribute("sheet", sheet.get());
            model.addAttribute("code", code);
            model.addAttribute("chosen", params);
            model.addAttribute("missing", missing);
            model.addAttribute("missingCount", List.copyOf(missing).size());
            return "assessment/vote";
        }
    }
}
