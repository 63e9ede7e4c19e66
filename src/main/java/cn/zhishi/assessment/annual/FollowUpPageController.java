package cn.zhishi.assessment.annual;

import cn.zhishi.shared.DomainRuleException;
import cn.zhishi.shared.FieldProblem;
import cn.zhishi.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 谈话与整改 pages: one assessment's talks and rectification items ({@code /assessment/annual/{id}/follow-up}),
 * and the year's report over the jurisdiction ({@code /assessment/annual/follow-up?year=}), each exported to
 * Excel. A refused entry shows the page again with what was typed and the reason at the field.
 */
@Controller
@RequestMapping("/assessment/annual")
class FollowUpPageController {

    private final FollowUps followUps;
    private final FollowUpWorkbook workbook;
    private final Clock clock;

    FollowUpPageController(FollowUps followUps, FollowUpWorkbook workbook, Clock clock) {
        this.followUps = followUps;
        this.workbook = workbook;
        this.clock = clock;
    }

    @GetMapping("/{id}/follow-up")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')")
    String page(@PathVariable long id, @RequestParam(required = false) Long talkId, Model model) {
        return render(id, model, talkId);
    }

    @PostMapping("/{id}/talks/propose")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String propose(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes flash) {
        return act(id, "propose", form, model, flash, "annual.done.talksProposed", "talks",
                () -> followUps.proposeTalks(id));
    }

    @PostMapping("/{id}/talks")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String addTalk(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes flash) {
        return act(id, "add-talk", form, model, flash, "annual.done.talkAdded", "talks", () -> {
            Dates d = new Dates(form);
            d.done();
            followUps.addTalk(id, new FollowUps.NewTalk(d.id("cadreId"), d.enumOf(Talker.class, "talker"),
                    d.enumOf(TalkKind.class, "kind"), form.get("reason")));
        });
    }

    @PostMapping("/{id}/talks/{talkId}/schedule")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    String schedule(@PathVariable long id, @PathVariable long talkId, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes flash) {
        return act(id, "schedule-" + talkId, form, model, flash, "annual.done.talkScheduled", "talk-" + talkId, () -> {
            Dates d = new Dates(form);
            LocalDate on = d.date("scheduledOn");
            d.done();
            followUps.schedule(id, talkId, new FollowUps.Schedule(form.get("talkerName"), on, form.get("scheduledPlace")));
        });
    }

    @PostMapping("/{id}/talks/{talkId}/record")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    String record(@PathVariable long id, @PathVariable long talkId, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes flash) {
        return act(id, "record-" + talkId, form, model, flash, "annual.done.talkRecorded", "talk-" + talkId, () -> {
            Dates d = new Dates(form);
            LocalDate on = d.date("heldOn");
            d.done();
            followUps.record(id, talkId, new FollowUps.Held(on, form.get("place"), form.get("summary")));
        });
    }

    @PostMapping("/{id}/talks/{talkId}/cancel")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String cancel(@PathVariable long id, @PathVariable long talkId, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes flash) {
        return act(id, "cancel-" + talkId, form, model, flash, "annual.done.talkCancelled", "talk-" + talkId,
                () -> followUps.cancel(id, talkId, form.get("cancelReason")));
    }

    @PostMapping("/{id}/rectification")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    String raise(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes flash) {
        return act(id, "raise", form, model, flash, "annual.done.itemRaised", "items", () -> {
            Dates d = new Dates(form);
            LocalDate deadline = d.date("deadline");
            Long cadreId = d.id("cadreId");
            Long talkId = d.id("talkId");
            RectificationOrigin origin = d.enumOf(RectificationOrigin.class, "origin");
            d.done();
            followUps.raise(id, new FollowUps.NewItem(cadreId, origin, talkId, form.get("content"),
                    form.get("responsible"), deadline));
        });
    }

    @PostMapping("/{id}/rectification/{itemId}/progress")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    String progress(@PathVariable long id, @PathVariable long itemId, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes flash) {
        return act(id, "note-" + itemId, form, model, flash, "annual.done.itemNoted", "item-" + itemId, () -> {
            Dates d = new Dates(form);
            LocalDate on = d.date("notedOn");
            d.done();
            followUps.noteProgress(id, itemId, on, form.get("note"));
        });
    }

    @PostMapping("/{id}/rectification/{itemId}/close")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String close(@PathVariable long id, @PathVariable long itemId, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes flash) {
        return act(id, "close-" + itemId, form, model, flash, "annual.done.itemClosed", "item-" + itemId, () -> {
            Dates d = new Dates(form);
            LocalDate on = d.date("closedOn");
            d.done();
            followUps.close(id, itemId, on, form.get("result"));
        });
    }

    @PostMapping("/{id}/complete")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    String complete(@PathVariable long id, @RequestParam Map<String, String> form, Model model, RedirectAttributes flash) {
        return act(id, "complete", form, model, flash, "annual.done.completed", "progress", () -> {
            Dates d = new Dates(form);
            LocalDate on = d.date("reportedOn");
            d.done();
            followUps.complete(id, on, form.get("report"));
        });
    }

    @GetMapping("/{id}/follow-up.xlsx")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')")
    void export(@PathVariable long id, HttpServletResponse response) throws IOException {
        FollowUp f = followUps.followUp(id);
        FollowUpWorkbook.attachment(response, "follow-up-" + f.year() + "-" + f.unitId() + ".xlsx",
                f.unitName() + f.year() + "年度谈话与整改.xlsx");
        workbook.assessment(f, response.getOutputStream());
    }

    @GetMapping("/follow-up")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')")
    String year(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() - 1 : year;
        List<FollowUps.YearRow> rows = followUps.year(y);
        model.addAttribute("year", y);
        model.addAttribute("rows", rows);
        model.addAttribute("total", FollowUpWorkbook.total(rows));
        return "annual/follow-up-year";
    }

    @GetMapping("/follow-up.xlsx")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')")
    void exportYear(@RequestParam int year, HttpServletResponse response) throws IOException {
        List<FollowUps.YearRow> rows = followUps.year(year);
        FollowUpWorkbook.attachment(response, "follow-up-" + year + ".xlsx", year + "年度谈话与整改汇总.xlsx");
        workbook.year(year, rows, response.getOutputStream());
    }

    // ---------------------------------------------------------------- internals

    /** Runs a write; done: back to the page at {@code anchor}; refused: the page again with the entry and the reason. */
    private String act(long id, String key, Map<String, String> form, Model model, RedirectAttributes flash, String done,
            String anchor, Runnable write) {
        try {
            write.run();
            flash.addFlashAttribute("message", done);
            return "redirect:/assessment/annual/" + id + "/follow-up#" + anchor;
        } catch (InvalidInputException e) {
            model.addAttribute("form", new FollowUpForm(key, Map.copyOf(form), e.problems()));
            model.addAttribute("error", "annual.followUp.refused.input");
        } catch (DomainRuleException e) {
            model.addAttribute("form", new FollowUpForm(key, Map.copyOf(form), List.of()));
            model.addAttribute("error", e.code());
            model.addAttribute("errorArgs", e.args());
        }
        return render(id, model, null);
    }

    private String render(long id, Model model, Long talkId) {
        model.addAttribute("f", followUps.followUp(id));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("talkers", Talker.values());
        model.addAttribute("kinds", TalkKind.values());
        model.addAttribute("origins", RectificationOrigin.values());
        model.addAttribute("fromTalk", talkId);
        return "annual/follow-up";
    }

    /** Reads typed values of a form, collecting every format problem before refusing. */
    private static final class Dates {

        private final Map<String, String> form;
        private final List<FieldProblem> problems = new ArrayList<>();

        Dates(Map<String, String> form) {
            this.form = form;
        }

        LocalDate date(String field) {
            String v = form.get(field);
            if (v == null || v.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(v.trim());
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem(field, "validation.format"));
                return null;
            }
        }

        Long id(String field) {
            String v = form.get(field);
            if (v == null || v.isBlank()) {
                return null;
            }
            try {
                return Long.valueOf(v.trim());
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem(field, "validation.format"));
                return null;
            }
        }

        <E extends Enum<E>> E enumOf(Class<E> type, String field) {
            String v = form.get(field);
            if (v == null || v.isBlank()) {
                return null;
            }
            try {
                return Enum.valueOf(type, v.trim());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(field, "validation.format"));
                return null;
            }
        }

        void done() {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }
    }
}
