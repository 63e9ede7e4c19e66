package cn.zhishi.bulkload;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 城市数据迁移: the organisation admin picks a directory of the server's inbox and starts a city load;
 * the page polls the progress (file, phase, rows, rate, time left, rejects) and offers the rejects
 * file when the load is over.
 */
@Controller
@RequestMapping("/admin/city-load")
@PreAuthorize("hasRole('ORG_ADMIN')")
class CityLoadController {

    private final CityLoadJobs jobs;

    CityLoadController(CityLoadJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("inbox", jobs.inbox().map(Object::toString).orElse(null));
        model.addAttribute("directories", jobs.loadable());
        progress(model);
        return "bulkload/page";
    }

    @GetMapping("/progress")
    String progressFragment(Model model) {
        progress(model);
        return "bulkload/page :: progress";
    }

    private void progress(Model model) {
        jobs.latest().ifPresent(job -> {
            model.addAttribute("job", job);
            model.addAttribute("p", job.progress().snapshot());
        });
    }

    @PostMapping
    String start(@RequestParam String directory, RedirectAttributes redirect) {
        try {
            jobs.start(directory);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("refusal", "bulkload.refused.directory");
        } catch (IllegalStateException e) {
            redirect.addFlashAttribute("refusal", "bulkload.refused.running");
        }
        return "redirect:/admin/city-load";
    }

    @GetMapping("/rejects.csv")
    void rejects(HttpServletResponse response) throws IOException {
        var job = jobs.latest().filter(j -> Files.isRegularFile(j.rejects())).orElse(null);
        if (job == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + job.rejects().getFileName() + "\"");
        Files.copy(job.rejects(), response.getOutputStream());
    }
}
