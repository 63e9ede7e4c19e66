package cn.zhishi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhishi.cadre.CadreService;
import cn.zhishi.cadre.Gender;
import cn.zhishi.org.NodeType;
import cn.zhishi.org.OrgService;
import cn.zhishi.org.UnitClass;
import cn.zhishi.org.UnitCommand;
import cn.zhishi.org.UnitDomain;
import cn.zhishi.security.Role;
import cn.zhishi.security.ZhishiPrincipal;
import cn.zhishi.support.Fixtures;
import cn.zhishi.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Evidence files on a report: sniffed by content, size-limited, seen only by those who see the report, audited. */
@IntegrationTest
class ReportAttachmentsIntegrationTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired OrgService org;
    @Autowired CadreService cadres;
    @Autowired ReportService reports;

    @Test
    void theAuthorAttachesEvidenceWhichOnlyThoseWhoSeeTheReportCanDownload() throws Exception {
        long root = Fixtures.rootUnit(jdbc, "佐证县");
        ZhishiPrincipal admin = Fixtures.orgAdmin(root);
        long town = Fixtures.as(admin, () -> org.createUnit(new UnitCommand(root, Fixtures.uniqueCode("TW"), "佐证乡",
                NodeType.UNIT, UnitDomain.PARTY_GOVERNMENT, UnitClass.TOWNSHIP, "TOWNSHIP", 1)));
        long elsewhere = Fixtures.as(admin, () -> org.createUnit(new UnitCommand(root, Fixtures.uniqueCode("TW"), "外乡",
                NodeType.UNIT, UnitDomain.PARTY_GOVERNMENT, UnitClass.TOWNSHIP, "TOWNSHIP", 2)));
        long cadreId = Fixtures.as(admin, () -> cadres.register(Fixtures.cadreForm(town, "冯伟", LocalDate.of(1987, 4, 5),
                Gender.MALE)));
        ZhishiPrincipal author = new ZhishiPrincipal(-1, "author-" + cadreId, "冯伟", "{noop}x", Set.of(Role.CADRE),
                Set.of(town), cadreId, true, false, false);
        ZhishiPrincipal reviewer = Fixtures.principal("rev-att", Set.of(Role.UNIT_REVIEWER), Set.of(town));
        ZhishiPrincipal outsider = Fixtures.principal("rev-att-else", Set.of(Role.UNIT_REVIEWER), Set.of(elsewhere));
        long id = Fixtures.as(author, () -> {
            long r = reports.openMonth(YearMonth.of(2026, 6));
            reports.saveDraft(r, Grade.GOOD, "完成", List.of(new ItemDraft(ItemKind.PLANNED, "河道清淤",
                    "清理河道3公里", Completion.DONE, "见附件")));
            return r;
        });

        mvc.perform(multipart("/reports/{id}/attachments", id).file(new MockMultipartFile("file", "验收单.pdf",
                        "text/plain", PDF)).param("item", "0").with(user(author)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("message", "attachment.added"));
        long attachment = jdbc.queryForObject("select id from report_attachment where report_id = ?", Long.class, id);
        assertThat(jdbc.queryForObject("select content_type from report_attachment where id = ?", String.class, attachment))
                .as("from the bytes, not the browser").isEqualTo("application/pdf");

        // an HTML page named .pdf, and a file over 10 MB, are refused
        mvc.perform(multipart("/reports/{id}/attachments", id).file(new MockMultipartFile("file", "x.pdf",
                        "application/pdf", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                        .with(user(author)).with(csrf()))
                .andExpect(flash().attribute("error", "attachment.badType"));
        byte[] big = new byte[(int) EvidenceFiles.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        mvc.perform(multipart("/reports/{id}/attachments", id).file(new MockMultipartFile("file", "big.pdf",
                        "application/pdf", big)).with(user(author)).with(csrf()))
                .andExpect(flash().attribute("error", "attachment.tooLarge"));
        assertThat(jdbc.queryForObject("select count(*) from report_attachment where report_id = ?", Integer.class, id))
                .isEqualTo(1);

        // listed on the report page and downloadable by the unit; someone else's jurisdiction gets 404
        mvc.perform(get("/reports/{id}", id).with(user(author))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("验收单.pdf")));
        mvc.perform(get("/reports/{id}/attachments/{a}", id, attachment).with(user(reviewer)))
                .andExpect(status().isOk()).andExpect(content().bytes(PDF))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")));
        mvc.perform(get("/reports/{id}/attachments/{a}", id, attachment).with(user(outsider)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/reports/{id}/attachments/{a}", id + 100_000, attachment).with(user(reviewer)))
                .andExpect(status().isNotFound());

        // removable while a draft, by its author
        mvc.perform(post("/reports/{id}/attachments/{a}/delete", id, attachment).with(user(author)).with(csrf()))
                .andExpect(flash().attribute("message", "attachment.removed"));
        assertThat(jdbc.queryForObject("select count(*) from report_attachment where report_id = ?", Integer.class, id))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_record where entity_type = 'ReportAttachment' "
                + "and entity_id = ? and action in ('report.attachment.add', 'report.attachment.remove')", Integer.class,
                String.valueOf(attachment))).isEqualTo(2);

        // after submitting, the evidence stays: no removal
        mvc.perform(multipart("/reports/{id}/attachments", id).file(new MockMultipartFile("file", "photo.png",
                        "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0}))
                        .with(user(author)).with(csrf()))
                .andExpect(flash().attribute("message", "attachment.added"));
        long png = jdbc.queryForObject("select id from report_attachment where report_id = ?", Long.class, id);
        Fixtures.as(author, () -> { reports.submit(id); return null; });
        mvc.perform(post("/reports/{id}/attachments/{a}/delete", id, png).with(user(author)).with(csrf()))
                .andExpect(flash().attribute("error", "report.refused.notEditable"));
        assertThat(jdbc.queryForObject("select count(*) from report_attachment where id = ?", Integer.class, png)).isOne();
    }
}
