package cn.zhishi.calendar;

import cn.zhishi.shared.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's page to check a year's holidays and enter a new year's notice. */
@Controller
@PreAuthorize("hasAnyRole('ORG_ADMIN','SYSTEM_ADMIN')")
class CalendarAdminController {

    private final WorkCalendar calendar;
    private final Clock clock;

    CalendarAdminController(WorkCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/admin/calendar")
    String page(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("years", calendar.years());
        model.addAttribute("days", calendar.year(y));
        return "calendar/admin";
    }

    @PostMapping("/admin/calendar")
    String put(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(defaultValue = "false") boolean working, @RequestParam String name,
            @RequestParam String source, RedirectAttributes flash) {
        try {
            calendar.put(new CalendarDay(day, working, name, source));
            flash.addFlashAttribute("message", "calendar.saved");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("error", "report.refused.missingInput");
        }
        return "redirect:/admin/calendar?year=" + day.getYear();
    }

    @PostMapping("/admin/calendar/remove")
    String remove(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        calendar.remove(day);
        return "redirect:/admin/calendar?year=" + day.getYear();
    }
}
