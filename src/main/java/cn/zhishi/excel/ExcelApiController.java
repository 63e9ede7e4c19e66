package cn.zhishi.excel;

import cn.zhishi.audit.AuditChannel;
import cn.zhishi.cadre.CadreFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Excel over the API: import a workbook in one call ({@code dryRun=true}, the default, only checks
 * it), download the template, export a filtered cadre list. Same logic as the pages.
 */
@RestController
@RequestMapping("/api/v1")
class ExcelApiController {

    private final CadreWorkbookImport importer;
    private final ImportTemplate template;
    private final CadreListExport export;
    private final ExcelSettings settings;
    private final MessageSource messages;
    private final Clock clock;

    ExcelApiController(CadreWorkbookImport importer, ImportTemplate template, CadreListExport export,
            ExcelSettings settings, MessageSource messages, Clock clock) {
        this.importer = importer;
        this.template = template;
        this.export = export;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    /** Imports (or with {@code dryRun=true} only checks) a workbook; 422 when the file is not an import workbook. */
    @PostMapping(path = "/imports/cadres", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('ORG_ADMIN')")
    ImportReport importCadres(@RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "true") boolean dryRun, HttpServletRequest request) throws IOException {
        AuditChannel.IMPORT.applyTo(request);
        ImportFiles.check(file, settings.importMaxSize());
        byte[] workbook = file.getBytes();
        ImportRun run = dryRun ? importer.dryRun(workbook) : importer.confirm(workbook);
        return ImportReport.of(run, messages, LocaleContextHolder.getLocale());
    }

    @GetMapping("/imports/template.xlsx")
    @PreAuthorize("hasRole('ORG_ADMIN')")
    void template(HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        Downloads.xlsx(response, "cadre-import-template.xlsx",
                messages.getMessage("imports.template.filename", null, locale) + ".xlsx");
        template.write(response.getOutputStream(), locale);
    }

    /** The cadre list's query parameters select the rows, exactly as on the list page. */
    @GetMapping("/cadres/export.xlsx")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER','UNIT_REVIEWER')")
    void export(@ModelAttribute CadreFilter filter, HttpServletResponse response) throws IOException {
        export.download(filter, response, LocalDate.now(clock));
    }
}
