package cn.zhishi.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhishi.cadre.CadreService;
import cn.zhishi.cadre.Gender;
import cn.zhishi.org.NodeType;
import cn.zhishi.org.OrgService;
import cn.zhishi.org.UnitClass;
import cn.zhishi.org.UnitCommand;
import cn.zhishi.org.UnitDomain;
import cn.zhishi.report.Completion;
import cn.zhishi.report.ComplaintService;
import cn.zhishi.report.Grade;
import cn.zhishi.report.ItemDraft;
import cn.zhishi.report.ItemKind;
import cn.zhishi.report.ReportReminders;
import cn.zhishi.report.ReportService;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class NotificationIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired OrgService org;
    @Autowired CadreService cadres;
    @Autowired ReportService reports;
    @Autowired ReportReminders reminders;
    @Autowired ComplaintService complaints;
    @Autowired Notifications notifications;
    @Autowired UserAccounts accounts;
    @Autowired UserDetailsService userDetails;

    long town;
    long cadreId;
    long idleCadre;
    ZhishiPrincipal author;
    ZhishiPrincipal idle;
    ZhishiPrincipal reviewer;

    @BeforeEach
    void township() {
        AccountFixture fixture = new AccountFixture(accounts, userDetails);
        long root = Fixtures.rootUnit(jdbc, "通知县");
        ZhishiPrincipal admin = Fixtures.orgAdmin(root);
        town = Fixtures.as(admin, () -> org.createUnit(new UnitCommand(root, Fixtures.uniqueCode("TW"), "通知乡",
                NodeType.UNIT, UnitDomain.PARTY_GOVERNMENT, UnitClass.TOWNSHIP, "TOWNSHIP", 1)));
        cadreId = Fixtures.as(admin, () -> cadres.register(Fixtures.cadreForm(town, "孙红梅", LocalDate.of(1986, 5, 6),
                Gender.FEMALE)));
        idleCadre = Fixtures.as(admin, () -> cadres.register(Fixtures.cadreForm(town, "周建国", LocalDate.of(1979, 8, 1),
                Gender.MALE)));
        author = cadreAccount(fixture, cadreId);
        idle = cadreAccount(fixture, idleCadre);
        reviewer = fixture.user("ntf-rev", Set.of(town), Role.UNIT_REVIEWER);
    }

    private ZhishiPrincipal cadreAccount(AccountFixture fixture, long cadre) {
        ZhishiPrincipal p = fixture.user("ntf-cadre", Set.of(town), Role.CADRE);
        jdbc.update("update app_user set cadre_id = ? where username = ?", cadre, p.username());
        return fixture.principal(p.username());
    }

    private int version(long id) {
        return jdbc.queryForObject("select version from monthly_report where id = ?", Integer.class, id);
    }

    private List<String> kinds(String username) {
        return jdbc.queryForList("select kind from notification where recipient = ? order by id", String.class, username);
    }

    @Test
    void submittingReturningAndTheDailySweepTellThePeopleWhoMustAct() throws Exception {
        YearMonth month = YearMonth.of(2026, 4);
        long id = Fixtures.as(author, () -> {
            long r = reports.openMonth(month);
            reports.saveDraft(r, Grade.GOOD, "完成", List.of(new ItemDraft(ItemKind.PLANNED, "防汛准备",
                    "完成隐患排查", Completion.DONE, null)));
            reports.submit(r);
            return r;
        });
        assertThat(kinds(reviewer.username())).containsExactly("REVIEW_WAITING");

        Fixtures.as(reviewer, () -> { reports.returnForRevision(id, version(id), "缺少佐证材料", false); return null; });
        assertThat(kinds(author.username())).containsExactly("REPORT_RETURNED");
        assertThat(jdbc.queryForObject("select args from notification where recipient = ?", String.class,
                author.username())).contains("缺少佐证材料");

        // the day before April's due date: both cadres have nothing delivered for April; March is overdue for both
        LocalDate due = reports.dueDate(month);
        int created = reminders.sweep(due.minusDays(1), List.of(town));
        assertThat(kinds(idle.username())).containsExactlyInAnyOrder("REPORT_DUE_SOON", "REPORT_OVERDUE");
        assertThat(kinds(author.username())).contains("REPORT_DUE_SOON", "REPORT_OVERDUE");
        assertThat(created).isGreaterThanOrEqualTo(4);
        assertThat(reminders.sweep(due.minusDays(1), List.of(town))).as("the sweep is idempotent").isZero();

        // the bell shows the unread count; opening a notice marks it read and follows its link
        mvc.perform(get("/notifications/bell").with(user(author)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"notification-count\">3<")));
        mvc.perform(get("/notifications").with(user(author)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("缺少佐证材料")));
        long returned = jdbc.queryForObject("select id from notification where recipient = ? and kind = 'REPORT_RETURNED'",
                Long.class, author.username());
        mvc.perform(post("/notifications/{id}/open", returned).with(user(author)).with(csrf()))
                .andExpect(redirectedUrl("/reports/" + id));
        assertThat(notifications.unreadCount(author.username())).isEqualTo(2);
        // someone else's notice neither opens nor changes
        mvc.perform(post("/notifications/{id}/open", returned).with(user(idle)).with(csrf()))
                .andExpect(redirectedUrl("/notifications"));
        mvc.perform(post("/notifications/read-all").with(user(author)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(notifications.unreadCount(author.username())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action like 'notification.%' and summary like ?",
                Integer.class, "%" + author.username() + "%")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aPostingWindowClosingAndAnAssignedComplaintAreAnnounced() {
        YearMonth month = YearMonth.of(2026, 5);
        long id = Fixtures.as(author, () -> {
            long r = reports.openMonth(month);
            reports.saveDraft(r, Grade.GOOD, "完成", List.of(new ItemDraft(ItemKind.PLANNED, "安全生产检查",
                    "检查企业12家", Completion.DONE, null)));
            reports.submit(r);
            return r;
        });
        Fixtures.as(reviewer, () -> { reports.review(id, version(id), true, Grade.GOOD, "属实"); return null; });
        Fixtures.as(reviewer, () -> { reports.sign(id, version(id)); return null; });
        var window = Fixtures.as(reviewer, () -> reports.post(id, version(id)));
        reminders.sweep(window.until().minusDays(1), List.of(town));
        assertThat(kinds(reviewer.username())).contains("POSTING_CLOSING");
        assertThat(kinds(author.username())).contains("POSTING_CLOSING");

        var filed = complaints.file(id, new ComplaintService.Filing(cn.zhishi.report.ComplaintKind.OTHER, "情况不实",
                "李四", "13800000000"));
        ZhishiPrincipal office = Fixtures.principal("ntf-office", Set.of(Role.ORG_ADMIN, Role.ASSESSOR), Set.of(town));
        Fixtures.as(office, () -> { complaints.assign(filed.id(), reviewer.username()); return null; });
        assertThat(kinds(reviewer.username())).contains("COMPLAINT_ASSIGNED");
        // a free-text assignee who has no account is simply not notified
        var other = complaints.file(id, new ComplaintService.Filing(cn.zhishi.report.ComplaintKind.OTHER, "再次举报",
                "王五", "13700000000"));
        Fixtures.as(office, () -> { complaints.assign(other.id(), "纪委张同志"); return null; });
        assertThat(jdbc.queryForObject("select count(*) from notification where recipient = '纪委张同志'", Integer.class))
                .isZero();
    }
}
