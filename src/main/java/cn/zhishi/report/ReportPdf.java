package cn.zhishi.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 实绩报告登记表 as a printable A4 PDF in the traditional layout: header block, items, self-assessment,
 * the unit's opinion and the signature lines. The labels are those of the official Chinese form whatever the
 * interface language. The CJK font is embedded as a subset (Noto Sans CJK when installed).
 */
final class ReportPdf {

    /** Where the CJK fonts are on Debian/Ubuntu ({@code fonts-noto-cjk}) and a few common alternatives. */
    static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,0",
            "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,0",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc,0",
            "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc,0",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
            "/usr/share/fonts/truetype/arphic/uming.ttc,0");
    private static final Logger log = LoggerFactory.getLogger(ReportPdf.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static volatile BaseFont cached;

    private ReportPdf() {
    }

    /** The first CJK font found, embedded as a subset; without one, Helvetica (Chinese then prints blank). */
    static BaseFont font() {
        BaseFont f = cached;
        if (f != null) {
            return f;
        }
        for (String candidate : CANDIDATES) {
            String file = candidate.substring(0, candidate.lastIndexOf(','));
            if (!Files.isReadable(Path.of(file))) {
                continue;
            }
            try {
                f = BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                cached = f;
                return f;
            } catch (Exception e) {
                log.warn("CJK font {} could not be loaded: {}", candidate, e.toString());
            }
        }
        log.warn("No CJK font found for the report form PDF (install fonts-noto-cjk); Chinese text will be missing");
        try {
            f = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            cached = f;
            return f;
        } catch (Exception e) {
            throw new IllegalStateException("no font available for PDF output", e);
        }
    }

    static byte[] render(ReportView v, java.util.function.Function<String, String> msg) {
        MonthlyReport r = v.report();
        BaseFont base = font();
        Font title = new Font(base, 16, Font.BOLD);
        Font normal = new Font(base, 10.5f);
        Font small = new Font(base, 9);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(doc, out);
        doc.open();
        Paragraph head = new Paragraph("领导干部工作实绩报告登记表", title);
        head.setAlignment(Element.ALIGN_CENTER);
        head.setSpacingAfter(4);
        doc.add(head);
        Paragraph sub = new Paragraph(r.getYear() + "年" + r.getMonth() + "月", normal);
        sub.setAlignment(Element.ALIGN_CENTER);
        sub.setSpacingAfter(10);
        doc.add(sub);

        PdfPTable info = new PdfPTable(new float[] {1.2f, 2.5f, 1.2f, 2.5f});
        info.setWidthPercentage(100);
        cell(info, "姓　　名", normal, true);
        cell(info, v.cadreName(), normal, false);
        cell(info, "单　　位", normal, true);
        cell(info, v.unitName(), normal, false);
        cell(info, "截止日期", normal, true);
        cell(info, r.getDueDate().format(DAY), normal, false);
        cell(info, "提交时间", normal, true);
        cell(info, r.getSubmittedAt() == null ? "" : r.getSubmittedAt().toLocalDate().format(DAY)
                + (r.isLate() ? "（逾期）" : ""), normal, false);
        doc.add(info);

        PdfPTable items = new PdfPTable(new float[] {0.8f, 1.1f, 3f, 4f, 1.2f});
        items.setWidthPercentage(100);
        items.setSpacingBefore(8);
        for (String h : new String[] {"序号", "类别", "工作事项", "完成情况", "进度"}) {
            cell(items, h, normal, true);
        }
        int n = 1;
        for (ReportItem i : v.items()) {
            cell(items, String.valueOf(n++), small, false);
            cell(items, msg.apply("enum.ItemKind." + i.getKind()), small, false);
            cell(items, i.getTitle(), small, false);
            cell(items, i.getDone() == null ? "" : i.getDone(), small, false);
            cell(items, msg.apply("enum.Completion." + i.getCompletion()), small, false);
        }
        for (; n <= 5; n++) { // blank lines to fill in by hand, as on the paper form
            for (int c = 0; c < 5; c++) {
                cell(items, c == 0 ? String.valueOf(n) : " ", small, false);
            }
        }
        doc.add(items);

        PdfPTable tail = new PdfPTable(new float[] {1.9f, 6f});
        tail.setWidthPercentage(100);
        tail.setSpacingBefore(8);
        cell(tail, "自评等次", normal, true);
        cell(tail, r.getSelfGrade() == null ? "" : msg.apply("enum.Grade." + r.getSelfGrade()), normal, false);
        cell(tail, "自我评价", normal, true);
        tall(tail, (r.getSelfAppraisal() == null ? "" : r.getSelfAppraisal())
                + "\n\n本人签字：____________　　　　年　　月　　日", normal);
        cell(tail, "单位党委（党组）审核意见", normal, true);
        String opinion = r.getReviewGrade() == null ? "" : "报告实绩是否属实：" + (Boolean.TRUE.equals(r.getTruthful()) ? "属实" : "不属实")
                + "　　工作完成评定等次：" + msg.apply("enum.Grade." + r.getReviewGrade())
                + (r.getReviewComment() == null ? "" : "\n" + r.getReviewComment());
        tall(tail, opinion + "\n\n审核人：" + (r.getReviewedBy() == null ? "____________" : r.getReviewedBy())
                + "　　　　年　　月　　日", normal);
        cell(tail, "单位主要负责人意见", normal, true);
        tall(tail, "\n\n主要负责人签字：____________"
                + (r.getSignedAt() == null ? "　　　　年　　月　　日" : "　　（系统记录：" + r.getSignedBy() + "，"
                        + r.getSignedAt().toLocalDate().format(DAY) + "）"), normal);
        cell(tail, "公示情况", normal, true);
        cell(tail, r.getPostedFrom() == null ? "" : "在本单位公示栏公示七个工作日：" + r.getPostedFrom().format(DAY) + "至"
                + r.getPostedUntil().format(DAY), normal, false);
        doc.add(tail);
        Paragraph note = new Paragraph("本表一份由单位留存公示，一份送县干部综合考核办公室审核备案。", small);
        note.setSpacingBefore(6);
        doc.add(note);
        doc.close();
        return out.toByteArray();
    }

    private static void cell(PdfPTable t, String text, Font f, boolean header) {
        PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, f));
        c.setPadding(5);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        if (header) {
            c.setHorizontalAlignment(Element.ALIGN_CENTER);
            c.setBackgroundColor(new java.awt.Color(0xF2, 0xF2, 0xF2));
        }
        t.addCell(c);
    }

    private static void tall(PdfPTable t, String text, Font f) {
        PdfPCell c = new PdfPCell(new Phrase(text, f));
        c.setPadding(6);
        c.setMinimumHeight(70);
        t.addCell(c);
    }
}
