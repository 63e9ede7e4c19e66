package cn.zhishi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import cn.zhishi.security.UserAccounts;
import cn.zhishi.security.ZhishiPrincipal;
import cn.zhishi.support.AccountFixture;
import cn.zhishi.support.Fixtures;
import cn.zhishi.support.IntegrationTest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The county leaders' monthly summary: completion per unit, grades, notable items; leaders told when a month closes. */
@IntegrationTest
class MonthlySummaryIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired OrgService org;
    @Autowired CadreService cadres;
    @Autowired ReportService reports;
    @Autowired MonthlySummary summaries;
    @Autowired UserAccounts accounts;
    @Autowired UserDetailsService userDetails;

    @Test
    void leadersSeeCompletionGradesAndNotableItemsOfTheirJurisdictionAndAreToldWhenTheMonthCloses() throws Exception {
        long root = Fixtures.rootUnit(jdbc, "汇总县");
        ZhishiPrincipal admin = Fixtures.orgAdmin(root);
        long town = Fixtures.as(admin, () -> org.createUnit(new UnitCommand(root, Fixtures.uniqueCode("TW"), "汇总乡",
                NodeType.UNIT, UnitDomain.PARTY_GOVERNMENT, UnitClass.TOWNSHIP, "TOWNSHIP", 1)));
        long writer = Fixtures.as(admin, () -> cadres.register(Fixtures.cadreForm(town, "吴晓东", LocalDate.of(1983, 2, 3),
                Gender.MALE)));
        Fixtures.as(admin, () -> cadres.register(Fixtures.cadreForm(town, "郑丽", LocalDate.of(1988, 7, 8), Gender.FEMALE)));
        ZhishiPrincipal author = new ZhishiPrincipal(-1, "author-" + writer, "吴晓东", "{noop}x", Set.of(Role.CADRE),
                Set.of(town), writer, true, false, false);
        ZhishiPrincipal reviewer = Fixtures.principal("rev-sum", Set.of(Role.UNIT_REVIEWER), Set.of(town));
        YearMonth month = YearMonth.of(2026, 3);
        long id = Fixtures.as(author, () -> {
            long r = reports.openMonth(month);
            reports.saveDraft(r, Grade.GOOD, "完成", List.of(new ItemDraft(ItemKind.PLANNED, "高标准农田建设",
                    "完成两千亩高标准农田验收", Completion.DONE, null)));
            reports.submit(r);
            return r;
        });
        int version = jdbc.queryForObject("select version from monthly_report where id = ?", Integer.class, id);
        Fixtures.as(reviewer, () -> { reports.review(id, version, true, Grade.GOOD, "属实"); return null; });

        AccountFixture fixture = new AccountFixture(accounts, userDetails);
        ZhishiPrincipal leader = fixture.user("leader-sum", Set.of(root), Role.LEADER);
        MonthlySummary.Summary s = Fixtures.as(leader, () -> summaries.of(month, LocalDate.of(2026, 5, 1)));
        assertThat(s.units()).singleElement().satisfies(u -> {
            assertThat(u.cadres()).isEqualTo(2);
            assertThat(u.delivered()).isEqualTo(1);
            assertThat(u.missing()).isEqualTo(1);
            assertThat(u.completionPercent()).isEqualTo(50);
        });
        assertThat(s.grades()).containsEntry(Grade.GOOD, 1);
        assertThat(s.notable()).extracting(MonthlySummary.Notable::title).containsExactly("高标准农田建设");

        mvc.perform(get("/reports/summary").param("m", "2026-03").with(user(leader)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("汇总乡")))
                .andExpect(content().string(Matchers.containsString("高标准农田建设")));
        mvc.perform(get("/reports/summary").param("m", "March").with(user(leader)))
                .andExpect(status().isUnprocessableContent());
        // someone else's county sees nothing of it; a cadre may not open the page
        ZhishiPrincipal otherLeader = Fixtures.principal("leader-else", Set.of(Role.LEADER),
                Set.of(Fixtures.rootUnit(jdbc, "别的县")));
        mvc.perform(get("/reports/summary").param("m", "2026-03").with(user(otherLeader)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.not(Matchers.containsString("汇总乡"))));
        mvc.perform(get("/reports/summary").with(user(author))).andExpect(status().isForbidden());

        // the month closes: the leader over the unit is told once
        assertThat(summaries.announceClosedMonth(LocalDate.of(2026, 4, 1), List.of(town))).isEqualTo(1);
        assertThat(summaries.announceClosedMonth(LocalDate.of(2026, 4, 2), List.of(town))).isZero();
        assertThat(jdbc.queryForObject("select link from notification where recipient = ? and kind = 'MONTH_SUMMARY'",
                String.class, leader.getUsername())).isEqualTo("/reports/summary?m=2026-03");
    }
}
