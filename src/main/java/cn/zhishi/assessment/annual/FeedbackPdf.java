package cn.zhishi.assessment.annual;

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
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * 年度考核情况书面反馈 to a team's principal ([003] 程序三): the team grade, each member's grade and
 * score, the committee's decision, and the consequences recorded on the team.
 */
final class FeedbackPdf {

    /** CJK fonts on Debian/Ubuntu ({@code fonts-noto-cjk}) and common alternatives (as the report form PDF). */
    private static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,0",
            "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,0",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc,0",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
            "/usr/share/fonts/truetype/arphic/uming.ttc,0");
    private static volatile BaseFont cached;

    private FeedbackPdf() {
    }

    static byte[] render(Board b, MessageSource messages, Locale locale) {
        BaseFont base = font();
        Font title = new Font(base, 16, Font.BOLD);
        Font body = new Font(base, 11);
        Font small = new Font(base, 9);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(doc, out);
        doc.open();
        Paragraph t = new Paragraph(msg(messages, locale, "annual.pdf.title", String.valueOf(b.year())), title);
        t.setAlignment(Element.ALIGN_CENTER);
        t.setSpacingAfter(14);
        doc.add(t);
        String principal = b.members().stream().filter(Board.MemberRow::principal).map(Board.MemberRow::name)
                .findFirst().orElse(msg(messages, locale, "annual.pdf.principal"));
        doc.add(new Paragraph(msg(messages, locale, "annual.pdf.to", b.unitName(), principal), body));
        doc.add(new Paragraph(msg(messages, locale, "annual.pdf.decision", b.meeting(), String.valueOf(b.decidedOn()),
                msg(messages, locale, "enum.TeamGrade." + b.teamGrade())), body));
        PdfPTable table = new PdfPTable(new float[] {3, 2, 2, 2});
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        for (String h : List.of("annual.col.name", "annual.col.role", "annual.col.composite", "annual.col.grade")) {
            table.addCell(new PdfPCell(new Phrase(msg(messages, locale, h), body)));
        }
        for (Board.MemberRow m : b.members()) {
            table.addCell(new PdfPCell(new Phrase(m.name(), body)));
            table.addCell(new PdfPCell(new Phrase(m.teamRole() == null ? "" : msg(messages, locale,
                    "enum.TeamRole." + m.teamRole()), body)));
            table.addCell(new PdfPCell(new Phrase(m.composite() == null ? "—" : m.composite().toPlainString(), body)));
            table.addCell(new PdfPCell(new Phrase(m.grade() == null ? "" : msg(messages, locale,
                    "enum.Grade." + m.grade()), body)));
        }
        doc.add(table);
        List<Board.ConsequenceRow> team = b.consequences().stream().filter(c -> c.cadreId() == null).toList();
        if (!team.isEmpty()) {
            Paragraph h = new Paragraph(msg(messages, locale, "annual.pdf.teamConsequences"), body);
            h.setSpacingBefore(10);
            doc.add(h);
            for (Board.ConsequenceRow c : team) {
                doc.add(new Paragraph("· " + msg(messages, locale, "enum.ConsequenceKind." + c.kind()) + "（" + c.source()
                        + "）", small));
            }
        }
        Paragraph r = new Paragraph(msg(messages, locale, "annual.pdf.rectify"), body);
        r.setSpacingBefore(12);
        doc.add(r);
        doc.close();
        return out.toByteArray();
    }

    private static String msg(MessageSource m, Locale l, String key, Object... args) {
        return m.getMessage(key, args, key, l);
    }

    private static BaseFont font() {
        BaseFont f = cached;
        if (f != null) {
            return f;
        }
        for (String candidate : CANDIDATES) {
            if (!Files.isReadable(Path.of(candidate.substring(0, candidate.lastIndexOf(','))))) {
                continue;
            }
            try {
                f = BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                cached = f;
                return f;
            } catch (Exception e) {
                // try the next one
            }
        }
        try {
            f = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        cached = f;
        return f;
    }
}
