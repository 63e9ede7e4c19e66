package cn.zhishi.excel;

import cn.zhishi.audit.AuditChannel;
import cn.zhishi.shared.FieldProblem;
import cn.zhishi.shared.InvalidInputException;
import cn.zhishi.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import page: 1 download the template, 2 fill it in, 3 upload for a dry run (预检) that lists
 * every row that would not be imported and why, 4 confirm, then download the rows not imported.
 * An upload is kept in the data directory between the steps and may be used only from the session
 * that uploaded it.
 */
@Controller
@RequestMapping("/imports")
@PreAuthorize("hasRole('ORG_ADMIN')")
class ImportPageController {

    private static final String OWN_UPLOADS = ImportPageController.class.getName() + ".uploads";
    private static final String ID = "{id:[0-9a-f\\-]{36}}";

    private final CadreWorkbookImport importer;
    private final ImportTemplate template;
    private final ImportFiles files;
    private final ExcelSettings settings;
    private final MessageSource messages;
    private final Clock clock;

    ImportPageController(CadreWorkbookImport importer, ImportTemplate template, ImportFiles files,
            ExcelSettings settings, MessageSource messages, Clock clock) {
        this.importer = importer;
        this.template = template;
        this.files = files;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    @ModelAttribute
    void limits(Model model) {
        model.addAttribute("maxMegabytes", settings.importMaxSize().toMegabytes());
        model.addAttribute("maxRows", settings.importMaxRows());
    }

    @GetMapping
    String start() {
        return "excel/import";
    }

    @GetMapping("/template.xlsx")
    void template(HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        Downloads.xlsx(response, "cadre-import-template.xlsx", text("imports.template.filename", locale) + ".xlsx");
        template.write(response.getOutputStream(), locale);
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, HttpSession session, Model model)
            throws IOException {
        try {
            if (file == null) {
                throw InvalidInputException.of("file", "imports.file.empty");
            }
            ImportFiles.check(file, settings.importMaxSize());
        } catch (InvalidInputException e) {
            model.addAttribute("fileErrors", texts(e));
            return "excel/import";
        }
        String id = files.store(file.getInputStream());
        Set<String> own = owned(session);
        own.add(id);
        // set again, so that a session store that copies attributes (e.g. Spring Session) sees the change
        session.setAttribute(OWN_UPLOADS, own);
        return "redirect:/imports/" + id;
    }

    @GetMapping("/" + ID)
    String preview(@PathVariable String id, HttpSession session, HttpServletRequest request, Model model) {
        byte[] workbook = ownUpload(id, session);
        AuditChannel.IMPORT.applyTo(request);
        try {
            ImportRun run = importer.dryRun(workbook);
            model.addAttribute("report", ImportReport.of(run, messages, LocaleContextHolder.getLocale()));
            model.addAttribute("importId", id);
        } catch (InvalidInputException e) {
            model.addAttribute("fileErrors", texts(e));
        }
        return "excel/import";
    }

    @PostMapping("/" + ID + "/confirm")
    String confirm(@PathVariable String id, HttpSession session, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        byte[] workbook = ownUpload(id, session);
        AuditChannel.IMPORT.applyTo(request);
        Locale locale = LocaleContextHolder.getLocale();
        ImportRun run;
        try {
            run = importer.confirm(workbook);
        } catch (InvalidInputException e) {
            model.addAttribute("fileErrors", texts(e));
            return "excel/import";
        }
        files.storeRejectedReport(id, RejectedRowsReport.write(run, messages, locale));
        files.removeUpload(id);
        redirect.addFlashAttribute("report", ImportReport.of(run, messages, locale));
        return "redirect:/imports/" + id + "/result";
    }

    /** After a confirmation (a reload, when the flashed report is gone, starts over). */
    @GetMapping("/" + ID + "/result")
    String result(@PathVariable String id, HttpSession session, Model model) {
        if (!model.containsAttribute("report") || !owned(session).contains(id)) {
            return "redirect:/imports";
        }
        model.addAttribute("importId", id);
        return "excel/import";
    }

    /** 未导入行清单: after a confirmation the rows it refused; before, those the dry run would refuse. */
    @GetMapping("/" + ID + "/rejected.xlsx")
    void rejected(@PathVariable String id, HttpSession session, HttpServletResponse response) throws IOException {
        if (!owned(session).contains(id)) {
            throw new NotFoundException("import", id);
        }
        Locale locale = LocaleContextHolder.getLocale();
        byte[] report = files.rejectedReport(id).orElseGet(() -> RejectedRowsReport.write(
                importer.dryRun(ownUpload(id, session)), messages, locale));
        String date = LocalDate.now(clock).toString();
        Downloads.xlsx(response, "rejected-rows-" + date + ".xlsx", text("imports.rejected.filename", locale, date) + ".xlsx");
        response.getOutputStream().write(report);
    }

    private byte[] ownUpload(String id, HttpSession session) {
        if (!owned(session).contains(id)) {
            throw new NotFoundException("import", id);
        }
        return files.upload(id).orElseThrow(() -> new NotFoundException("import", id));
    }

    @SuppressWarnings("unchecked")
    private static Set<String> owned(HttpSession session) {
        Object o = session.getAttribute(OWN_UPLOADS);
        if (o instanceof Set<?> s) {
            return (Set<String>) s;
        }
        Set<String> s = new HashSet<>();
        session.setAttribute(OWN_UPLOADS, s);
        return s;
    }

    private List<String> texts(InvalidInputException e) {
        Locale locale = LocaleContextHolder.getLocale();
        return e.problems().stream().map((FieldProblem p) -> text(p.code(), locale, p.args())).toList();
    }

    private String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }
}
