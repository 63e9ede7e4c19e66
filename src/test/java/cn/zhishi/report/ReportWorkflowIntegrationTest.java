package cn.zhishi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import cn.zhishi.shared.DomainRuleException;
import cn.zhishi.support.Fixtures;
import cn.zhishi.support.IntegrationTest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ReportWorkflowIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired OrgService org;
    @Autowired CadreService cadres;
    @Autowired ReportService reports;
    @Autowired ReportQueries queries;
    @Autowired ComplaintService complaints;
    @Autowired ReportConsequences consequences;
    @Autowired GradeConstraints constraints;

    long root;
    long town;
    long cadreId;
    ZhishiPrincipal author;
    ZhishiPrincipal reviewer;
    ZhishiPrincipal reviewer2;
    ZhishiPrincipal office;

    @BeforeEach
    void township() {
        root = Fixtures.rootUnit(jdbc, "测试县");
        ZhishiPrincipal admin = Fixtures.orgAdmin(root);
        town = Fixtures.as(admin, () -> org.createUnit(new UnitCommand(root, Fixtures.uniqueCode("TW"), "测试乡",
                NodeType.UNIT, UnitDomain.PARTY_GOVERNMENT, UnitClass.TOWNSHIP, "TOWNSHIP", 1)));
        cadreId = Fixtures.as(admin, () -> cadres.register(Fixtures.cadreForm(town, "王明", LocalDate.of(1985, 3, 4),
                Gender.MALE)));
        author = new ZhishiPrincipal(-1, "author-" + cadreId, "王明", "{noop}x", Set.of(Role.CADRE), Set.of(town), cadreId,
                true, false, false);
        reviewer = Fixtures.principal("rev-a", Set.of(Role.UNIT_REVIEWER), Set.of(town));
        reviewer2 = Fixtures.principal("rev-b", Set.of(Role.UNIT_REVIEWER), Set.of(town));
        office = Fixtures.principal("office", Set.of(Role.ORG_ADMIN, Role.ASSESSOR), Set.of(root));
    }

    private long submittedReport(YearMonth month) {
        return Fixtures.as(author, () -> {
            long id = reports.openMonth(month);
            reports.saveDraft(id, Grade.GOOD, "较好完成本月工作", List.of(new ItemDraft(ItemKind.PLANNED, "人居环境整治",
                    "完成3个村的垃圾集中收运点建设", Completion.DONE, "验收单")));
            reports.submit(id);
            return id;
        });
    }

    private int version(long id) {
        return jdbc.queryForObject("select version from monthly_report where id = ?", Integer.class, id);
    }

    @Test
    void aReportGoesFromDraftThroughAFoundedComplaintToTheArchive() throws Exception {
        YearMonth month = YearMonth.of(2026, 3);
        long id = submittedReport(month);
        Fixtures.as(reviewer, () -> { reports.review(id, version(id), true, Grade.GOOD, "属实"); return null; });
        Fixtures.as(reviewer, () -> { reports.sign(id, version(id)); return null; });
        var window = Fixtures.as(reviewer, () -> reports.post(id, version(id)));
        assertThat(window.until()).isAfter(window.from());

        // on the public board without signing in
        mvc.perform(get("/board")).andExpect(status().isOk()).andExpect(content().string(
                Matchers.containsString("王明")));

        // an anonymous complaint: the tracking code is shown once; nothing stored points to the address
        String page = mvc.perform(post("/board/reports/" + id + "/complaints").with(csrf())
                        .with(r -> { r.setRemoteAddr("203.0.113.77"); return r; })
                        .param("kind", "DOUBLE_CLAIM").param("body", "<b>该事项</b>是另一位副乡长牵头完成的")
                        .param("anonymous", "true").param("name", "不应保存").param("contact", "13900000000"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher m = Pattern.compile("id=\"tracking-code\" readonly value=\"([A-Z0-9]+)\"").matcher(page);
        assertThat(m.find()).as(page).isTrue();
        String code = m.group(1);
        long complaintId = jdbc.queryForObject("select id from complaint where report_id = ?", Long.class, id);
        var row = jdbc.queryForMap("select * from complaint where id = ?", complaintId);
        assertThat(row.get("complainant_name")).isNull();
        assertThat(row.get("complainant_contact")).isNull();
        assertThat(row.get("body")).isEqualTo("该事项是另一位副乡长牵头完成的");
        assertThat(row.toString()).doesNotContain("203.0.113.77").doesNotContain(code);
        assertThat(jdbc.queryForObject("select count(*) from audit_record where source_address = '203.0.113.77'",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_record where entity_type = 'Complaint' and entity_id = ? "
                + "and source_address is null", Integer.class, String.valueOf(complaintId))).isEqualTo(1);

        mvc.perform(get("/board/track").param("code", code)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("已受理")));

        // the report cannot be archived while the complaint is open
        reports.archiveDue(window.until().plusDays(1)); // other reports in the shared database may go
        assertThat(jdbc.queryForObject("select status from monthly_report where id = ?", String.class, id))
                .isEqualTo("POSTED");

        Fixtures.as(office, () -> {
            complaints.assign(complaintId, "kaohe");
            complaints.investigate(complaintId, "县纪委监委第二室 李纪");
            complaints.conclude(complaintId, true, "该事项由他人牵头，本人仅参与", "责令更正，单位作说明");
            return null;
        });
        assertThat(jdbc.queryForObject("select count(*) from public_criticism where cadre_id = ? and unit_id = ?",
                Integer.class, cadreId, town)).isEqualTo(1);
        reports.archiveDue(window.until().plusDays(1)); // other reports in the shared database may go
        assertThat(jdbc.queryForObject("select status from monthly_report where id = ?", String.class, id))
                .isEqualTo("POSTED"); // correction outstanding
        Fixtures.as(author, () -> { reports.correct(id, "删去该事项，改为“参与”"); return null; });
        assertThat(reports.archiveDue(window.until().plusDays(1))).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select status from monthly_report where id = ?", String.class, id))
                .isEqualTo("ARCHIVED");
        mvc.perform(get("/board/reports/" + id)).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from audit_record where entity_type = 'MonthlyReport' and entity_id = ?",
                Integer.class, String.valueOf(id))).isGreaterThanOrEqualTo(8);
    }

    @Test
    void twoReviewersAtOnce_oneWinsAndTheOtherIsToldClearly() throws Exception {
        long id = submittedReport(YearMonth.of(2026, 4));
        int v = version(id);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Object> outcomes = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> fs = new ArrayList<>();
        for (ZhishiPrincipal p : List.of(reviewer, reviewer2)) {
            fs.add(pool.submit(() -> {
                start.await();
                try {
                    Fixtures.as(p, () -> { reports.review(id, v, true, Grade.GOOD, "意见 " + p.username()); return null; });
                    outcomes.add("ok");
                } catch (DomainRuleException e) {
                    outcomes.add(e.code());
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
        assertThat(outcomes).containsExactlyInAnyOrder("ok", "report.refused.concurrentChange");
        assertThat(jdbc.queryForObject("select status from monthly_report where id = ?", String.class, id)).isEqualTo("REVIEWED");
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'report.review' and entity_id = ?",
                Integer.class, String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void outsideTheJurisdictionAReportDoesNotExist() {
        long id = submittedReport(YearMonth.of(2026, 5));
        long otherRoot = Fixtures.rootUnit(jdbc, "别的县");
        ZhishiPrincipal stranger = Fixtures.principal("rev-x", Set.of(Role.UNIT_REVIEWER), Set.of(otherRoot));
        assertThatThrownBy(() -> Fixtures.as(stranger, () -> { reports.review(id, version(id), true, Grade.GOOD, null); return null; }))
                .isInstanceOf(cn.zhishi.shared.NotFoundException.class);
    }

    @Test
    void unfinishedItemsAreCarriedIntoTheNextMonthInOneClick() {
        long march = Fixtures.as(author, () -> {
            long id = reports.openMonth(YearMonth.of(2027, 3));
            reports.saveDraft(id, Grade.GOOD, null, List.of(
                    new ItemDraft(ItemKind.PLANNED, "产业路建设", "完成路基", Completion.IN_PROGRESS, null),
                    new ItemDraft(ItemKind.ADHOC, "防汛值班", "完成", Completion.DONE, null)));
            return id;
        });
        int carried = Fixtures.as(author, () -> reports.copyUnfinished(reports.openMonth(YearMonth.of(2027, 4))));
        assertThat(carried).isEqualTo(1);
        assertThat(march).isPositive();
    }

    @Test
    void twoMonthsWithoutAReportAcrossNewYearMeanThisYearsGradeIsIncompetent() {
        // nothing for December 2027 and January 2028; evaluated after January's due date
        int found = consequences.runFor(LocalDate.of(2028, 2, 10), List.of(town));
        assertThat(found).isGreaterThanOrEqualTo(1);
        assertThat(constraints.of(cadreId)).anyMatch(c -> c.year() == 2028
                && c.kind() == GradeConstraintKind.MUST_BE_INCOMPETENT && c.evidence().contains("2027-12"));
        // recorded once
        assertThat(consequences.runFor(LocalDate.of(2028, 2, 11), List.of(town))).isZero();
    }

    @Test
    void anExcusedMonthBreaksTheRun() {
        Fixtures.as(reviewer, () -> { reports.excuse(cadreId, YearMonth.of(2029, 5), "病假"); return null; });
        consequences.runFor(LocalDate.of(2029, 6, 10), List.of(town));
        assertThat(constraints.of(cadreId)).noneMatch(c -> c.year() == 2029);
    }
}
