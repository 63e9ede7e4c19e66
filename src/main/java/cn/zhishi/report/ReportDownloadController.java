package cn.zhishi.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A unit's month as Excel; one report as the printable 实绩报告登记表 PDF. */
@Controller
class ReportDownloadController {

    private final ReportQueries queries;
    private final MessageSource messages;
    private final Clock clock;

    ReportDownloadController(ReportQueries queries, MessageSource messages, Clock clock) {
        this.queries = queries;
        this.messages = messages;
        this.clock = clock;
    }

    private String msg(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    /** The report form as PDF, for whoever may see the report (its author, or a jurisdiction covering its unit). */
    @GetMapping("/reports/{id}/form.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        ReportView v = queries.view(id);
        byte[] pdf = ReportPdf.render(v, this::msg);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("实绩报告登记表-" + v.cadreName() + "-" + v.report().getYear() + "-"
                                + v.report().getMonth() + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }

    @GetMapping("/reports/units/{unitId}/month.xlsx")
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER','UNIT_REVIEWER')")
    ResponseEntity<byte[]> excel(@PathVariable long unitId, @RequestParam(required = false) String m) throws IOException {
        YearMonth ym = m == null || m.isBlank() ? YearMonth.now(clock) : YearMonth.parse(m);
        var lines = queries.month(unitId, ym);
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet(ym.toString());
            Row h = s.createRow(0);
            String[] heads = {msg("report.cadre"), msg("report.month"), msg("report.status"), msg("report.dueDate"),
                    msg("report.late"), msg("report.missing")};
            for (int i = 0; i < heads.length; i++) {
                h.createCell(i).setCellValue(heads[i]);
            }
            int n = 1;
            for (ReportQueries.MonthLine l : lines) {
                Row r = s.createRow(n++);
                r.createCell(0).setCellValue(l.cadreName());
                r.createCell(1).setCellValue(ym.toString());
                r.createCell(2).setCellValue(l.status() == null ? "" : msg("enum.ReportStatus." + l.status()));
                r.createCell(3).setCellValue(l.due().toString());
                r.createCell(4).setCellValue(l.late() ? "✓" : "");
                r.createCell(5).setCellValue(l.missing() ? "✓" : "");
            }
            for (int i = 0; i < heads.length; i++) {
                s.setColumnWidth(i, 16 * 256);
            }
            wb.write(out);
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("报送情况-" + ym + ".xlsx", StandardCharsets.UTF_8).build().toString())
                    .body(out.toByteArray());
        }
    }
}
