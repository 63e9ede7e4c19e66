package cn.zhishi.assessment.annual;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * The follow-up as workbooks: one assessment (sheets 谈话 and 整改事项, overdue items in red), and the year's
 * report over the jurisdiction (one row per assessment with its counts and a total) — the report the
 * organisation department files with the Party committee ([003] 及时将整改情况向市委报告).
 */
@Component
class FollowUpWorkbook {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MessageSource messages;

    FollowUpWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    void assessment(FollowUp f, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle bold = bold(wb);
            CellStyle red = red(wb);
            Sheet talks = wb.createSheet(msg("annual.sheet.talks"));
            header(talks, bold, msg("annual.talk.col.talkedTo"), msg("annual.talk.col.talker"), msg("annual.talk.col.kind"),
                    msg("annual.talk.col.reasons"), msg("annual.talk.col.status"), msg("annual.talk.field.scheduledOn"),
                    msg("annual.talk.field.talkerName"), msg("annual.talk.field.heldOn"), msg("annual.talk.field.place"),
                    msg("annual.talk.field.summary"), msg("annual.talk.field.cancelReason"));
            int r = 1;
            for (FollowUp.TalkRow t : f.talks()) {
                row(talks, r++, null, t.talkedTo() + (t.teamPrincipal() ? "（" + msg("annual.talk.asPrincipal") + "）" : ""),
                        msg("enum.Talker." + t.talker()), msg("enum.TalkKind." + t.kind()),
                        t.reasons().stream().map(FollowUp.ReasonRow::text).collect(Collectors.joining("；")),
                        msg("enum.TalkStatus." + t.status()), str(t.scheduledOn()), t.talkerName(), str(t.heldOn()),
                        t.place(), t.summary(), t.cancelReason());
            }
            width(talks, 11);
            Sheet items = wb.createSheet(msg("annual.sheet.items"));
            header(items, bold, msg("annual.item.col.subject"), msg("annual.item.col.content"), msg("annual.item.col.origin"),
                    msg("annual.item.col.responsible"), msg("annual.item.col.raisedOn"), msg("annual.item.col.deadline"),
                    msg("annual.item.col.status"), msg("annual.item.col.progress"), msg("annual.item.col.closedOn"),
                    msg("annual.item.col.result"));
            r = 1;
            for (FollowUp.ItemRow i : f.items()) {
                String status = msg("enum.RectificationStatus." + i.status())
                        + (i.overdue() ? "（" + msg("annual.item.overdue", i.daysOverdue()) + "）" : "")
                        + (i.closedLate() ? "（" + msg("annual.item.closedLate") + "）" : "");
                row(items, r++, i.overdue() ? red : null, i.subject(), i.content(), msg("enum.RectificationOrigin." + i.origin()),
                        i.responsible(), str(i.raisedOn()), str(i.deadline()), status,
                        i.notes().stream().map(n -> n.notedOn() + " " + n.note()).collect(Collectors.joining("\n")),
                        str(i.closedOn()), i.result());
            }
            width(items, 10);
            Sheet summary = wb.createSheet(msg("annual.sheet.summary"));
            FollowUp.Summary s = f.summary();
            header(summary, bold, msg("annual.followUp.year.col.unit"), msg("annual.followUp.year.col.status"),
                    msg("annual.followUp.year.col.talks"), msg("annual.followUp.year.col.talksPending"),
                    msg("annual.followUp.year.col.items"), msg("annual.followUp.year.col.open"),
                    msg("annual.followUp.year.col.overdue"), msg("annual.followUp.year.col.closed"),
                    msg("annual.followUp.year.col.completedOn"));
            row(summary, 1, null, f.unitName() + " " + f.year(), msg("enum.AssessmentStatus." + f.status()),
                    s.talksRecorded() + "/" + (s.talks() - s.talksCancelled()), String.valueOf(s.talksPending()),
                    String.valueOf(s.items()), String.valueOf(s.itemsOpen()), String.valueOf(s.itemsOverdue()),
                    String.valueOf(s.itemsClosed()), str(f.completedOn()));
            width(summary, 9);
            wb.write(out);
        }
    }

    void year(int year, List<FollowUps.YearRow> rows, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle bold = bold(wb);
            CellStyle red = red(wb);
            Sheet sheet = wb.createSheet(msg("annual.followUp.year.title", String.valueOf(year)));
            header(sheet, bold, msg("annual.followUp.year.col.unit"), msg("annual.followUp.year.col.status"),
                    msg("annual.followUp.year.col.teamGrade"), msg("annual.followUp.year.col.talks"),
                    msg("annual.followUp.year.col.talksPending"), msg("annual.followUp.year.col.items"),
                    msg("annual.followUp.year.col.open"), msg("annual.followUp.year.col.overdue"),
                    msg("annual.followUp.year.col.closed"), msg("annual.followUp.year.col.completedOn"));
            int r = 1;
            for (FollowUps.YearRow y : rows) {
                FollowUp.Summary s = y.summary();
                row(sheet, r++, s.itemsOverdue() > 0 ? red : null, y.unitName(), msg("enum.AssessmentStatus." + y.status()),
                        y.teamGrade() == null ? "" : msg("enum.TeamGrade." + y.teamGrade()),
                        s.talksRecorded() + "/" + (s.talks() - s.talksCancelled()), String.valueOf(s.talksPending()),
                        String.valueOf(s.items()), String.valueOf(s.itemsOpen()), String.valueOf(s.itemsOverdue()),
                        String.valueOf(s.itemsClosed()), str(y.completedOn()));
            }
            FollowUp.Summary t = total(rows);
            row(sheet, r, bold, msg("annual.followUp.year.total"), "", "", t.talksRecorded() + "/" + (t.talks() - t.talksCancelled()),
                    String.valueOf(t.talksPending()), String.valueOf(t.items()), String.valueOf(t.itemsOpen()),
                    String.valueOf(t.itemsOverdue()), String.valueOf(t.itemsClosed()), "");
            width(sheet, 10);
            wb.write(out);
        }
    }

    /** The counts of every row added up. */
    static FollowUp.Summary total(List<FollowUps.YearRow> rows) {
        int[] v = new int[10];
        for (FollowUps.YearRow y : rows) {
            FollowUp.Summary s = y.summary();
            int[] x = {s.talks(), s.talksRecorded(), s.talksCancelled(), s.talksPending(), s.talksLate(), s.items(),
                    s.itemsClosed(), s.itemsOpen(), s.itemsOverdue(), s.itemsClosedLate()};
            for (int i = 0; i < v.length; i++) {
                v[i] += x[i];
            }
        }
        return new FollowUp.Summary(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9]);
    }

    /** An .xlsx attachment; the Chinese name in the RFC 5987 form, an ASCII fallback. */
    static void attachment(HttpServletResponse response, String asciiName, String name) {
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private String msg(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    private static CellStyle bold(XSSFWorkbook wb) {
        Font f = wb.createFont();
        f.setBold(true);
        CellStyle s = wb.createCellStyle();
        s.setFont(f);
        return s;
    }

    private static CellStyle red(XSSFWorkbook wb) {
        Font f = wb.createFont();
        f.setColor(IndexedColors.DARK_RED.getIndex());
        CellStyle s = wb.createCellStyle();
        s.setFont(f);
        s.setFillForegroundColor(IndexedColors.ROSE.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return s;
    }

    private static void header(Sheet sheet, CellStyle style, String... titles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            row.createCell(i).setCellValue(titles[i]);
            row.getCell(i).setCellStyle(style);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void row(Sheet sheet, int index, CellStyle style, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i] == null ? "" : values[i]);
            if (style != null) {
                row.getCell(i).setCellStyle(style);
            }
        }
    }

    private static void width(Sheet sheet, int columns) {
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, 18 * 256);
        }
    }
}
