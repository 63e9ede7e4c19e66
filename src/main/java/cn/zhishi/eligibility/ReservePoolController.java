package cn.zhishi.eligibility;

import cn.zhishi.dictionary.Dictionaries;
import cn.zhishi.eligibility.ReserveMember.Source;
import cn.zhishi.eligibility.ReserveMember.Stage;
import cn.zhishi.shared.InvalidInputException;
import cn.zhishi.shared.NotFoundException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: the reserve pool with filters, entering, the yearly review; one member with history and steps. */
@Controller
class ReservePoolController {

    private static final String READERS = "hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')";
    private static final String WRITERS = "hasRole('ORG_ADMIN')";

    private final ReservePool pool;
    private final Dictionaries dictionaries;
    private final Clock clock;

    ReservePoolController(ReservePool pool, Dictionaries dictionaries, Clock clock) {
        this.pool = pool;
        this.dictionaries = dictionaries;
        this.clock = clock;
    }

    @GetMapping("/eligibility/reserve")
    @PreAuthorize(READERS)
    String list(@RequestParam(required = false) String stage, @RequestParam(required = false) String source,
            @RequestParam(required = false) Boolean flagged, @RequestParam(required = false) String name,
            @RequestParam(required = false) Long cadreId, @RequestParam(required = false) String level,
            @RequestParam(required = false) String from, Model model) {
        ReserveForm f = new ReserveForm();
        f.setCadreId(cadreId);
        f.setTargetLevel(level);
        f.setSource(from);
        model.addAttribute("reserveForm", f);
        return renderList(stage, source, flagged, name, model);
    }

    @PostMapping("/eligibility/reserve")
    @PreAuthorize(WRITERS)
    String enter(@ModelAttribute("reserveForm") ReserveForm form, BindingResult binding, Model model) {
        if (!binding.hasErrors()) {
            try {
                return "redirect:/eligibility/reserve/" + pool.enter(form);
            } catch (InvalidInputException e) {
                FormErrors.bind(e, binding);
            }
        }
        return renderList(null, null, null, null, model);
    }

    @PostMapping("/eligibility/reserve/review")
    @PreAuthorize(WRITERS)
    String review(@ModelAttribute("reviewForm") ReserveForm form, RedirectAttributes redirect) {
        ReservePool.Review r = pool.review(form.getAsOf());
        redirect.addFlashAttribute("review", r);
        return "redirect:/eligibility/reserve";
    }

    private String renderList(String stage, String source, Boolean flagged, String name, Model model) {
        Stage st = parse(Stage.class, stage);
        Source so = parse(Source.class, source);
        model.addAttribute("members", pool.list(new ReservePool.Filter(st, so, flagged, name)));
        model.addAttribute("stage", st);
        model.addAttribute("source", so);
        model.addAttribute("flagged", flagged);
        model.addAttribute("name", name);
        model.addAttribute("stages", Stage.values());
        model.addAttribute("sources", Source.values());
        model.addAttribute("levels", pool.levels());
        model.addAttribute("dict", dictionaries);
        model.addAttribute("today", LocalDate.now(clock));
        return "eligibility/reserve";
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        return null;
    }

    @GetMapping("/eligibility/reserve/{id}")
    @PreAuthorize(READERS)
    String show(@PathVariable long id, Model model) {
        return renderOne(id, model);
    }

    @PostMapping("/eligibility/reserve/{id}/{action}")
    @PreAuthorize(WRITERS)
    String move(@PathVariable long id, @PathVariable String action, @ModelAttribute("moveForm") ReserveForm form,
            BindingResult binding, Model model) {
        if (!binding.hasErrors()) {
            try {
                switch (action) {
                    case "inspect" -> pool.inspect(id, form.getReason());
                    case "appoint" -> pool.appoint(id, form.getReason());
                    case "return" -> pool.returnToReserve(id, form.getReason());
                    case "revoke" -> pool.revoke(id, form.getReason());
                    default -> throw new NotFoundException("reserve action", action);
                }
                return "redirect:/eligibility/reserve/" + id;
            } catch (InvalidInputException e) {
                FormErrors.bind(e, binding);
            }
        }
        return renderOne(id, model);
    }

    private String renderOne(long id, Model model) {
        model.addAttribute("member", pool.get(id));
        model.addAttribute("history", pool.history(id));
        model.addAttribute("dict", dictionaries);
        if (!model.containsAttribute("moveForm")) {
            model.addAttribute("moveForm", new ReserveForm());
        }
        return "eligibility/reserve-member";
    }
}
