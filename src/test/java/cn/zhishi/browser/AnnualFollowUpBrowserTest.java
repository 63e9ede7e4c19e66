package cn.zhishi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.zhishi.assessment.Grade;
import cn.zhishi.assessment.annual.AnnualAssessments;
import cn.zhishi.assessment.annual.DecisionOutcome;
import cn.zhishi.assessment.annual.TeamGrade;
import cn.zhishi.cadre.CadreService;
import cn.zhishi.cadre.Gender;
import cn.zhishi.cadre.TenureForm;
import cn.zhishi.org.NodeType;
import cn.zhishi.org.OrgService;
import cn.zhishi.org.PostCommand;
import cn.zhishi.org.TeamRole;
import cn.zhishi.org.UnitClass;
import cn.zhishi.org.UnitCommand;
import cn.zhishi.org.UnitDomain;
import cn.zhishi.security.Role;
import cn.zhishi.security.ZhishiPrincipal;
import cn.zhishi.support.BrowserTestBase;
import cn.zhishi.support.Fixtures;
import cn.zhishi.support.IntegrationTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * After circulation the organisation department proposes the talks by grade level for 柳溪镇 (team 一般, a
 * deputy 基本称职, a staff member 不称职), arranges and records the caution talk (a talk without its summary
 * is refused and what was typed stays), raises a rectification item from it and closes it, cancels the
 * other talks, and completes the year with the rectification report.
 */
@IntegrationTest
class AnnualFollowUpBrowserTest extends BrowserTestBase {

    @Autowired JdbcTemplate jdbc;
    @Autowired OrgService org;
    @Autowired CadreService cadres;
    @Autowired AnnualAssessments annual;
    @Autowired Clock clock;

    long circulatedTown() {
        Set<Long> scope = new HashSet<>(jdbc.queryForList("select j.unit_id from app_user_jurisdiction j "
                + "join app_user u on u.id = j.user_id where u.username = 'admin'", Long.class));
        long parent = scope.iterator().next();
        ZhishiPrincipal admin = Fixtures.principal("admin", Set.of(Role.ORG_ADMIN), scope);
        int year = LocalDate.now(clock).getYear() - 1;
        return Fixtures.as(admin, () -> {
            long town = org.createUnit(new UnitCommand(parent, Fixtures.uniqueCode("LX"), "柳溪镇", NodeType.UNIT,
                    UnitDomain.PARTY_GOVERNMENT, UnitClass.TOWNSHIP, "TOWNSHIP", 99));
            long head = org.createPost(town, new PostCommand(Fixtures.uniqueCode("P"), "党委书记", "SECTION_CHIEF", null,
                    TeamRole.PRINCIPAL, 1, Set.of(), 1));
            long dep = org.createPost(town, new PostCommand(Fixtures.uniqueCode("P"), "副镇长", "SECTION_DEPUTY", null,
                    TeamRole.DEPUTY, 4, Set.of(), 2));
            long principal = cadre(town, "周书记", head);
            long deputy = cadre(town, "吴副镇长", dep);
            long basic = cadre(town, "郑副镇长", dep);
            long staff = cadre(town, "王干事", null);
            long id = annual.open(town, year);
            annual.setTeamGrade(id, TeamGrade.AVERAGE, "重点工作排名靠后");
            annual.setGrade(id, principal, Grade.COMPETENT, "按平时掌握");
            annual.setGrade(id, deputy, Grade.COMPETENT, "按平时掌握");
            annual.setGrade(id, basic, Grade.BASIC, "分管的项目推进不力");
            annual.setGrade(id, staff, Grade.INCOMPETENT, "两次未报实绩");
            annual.propose(id);
            annual.review(id);
            annual.decide(id, "县委常委会第12次会议", LocalDate.now(clock), DecisionOutcome.APPROVED);
            annual.feedBack(id, null);
            annual.circulate(id, null);
            return id;
        });
    }

    long cadre(long unit, String name, Long postId) {
        long id = cadres.register(Fixtures.cadreForm(unit, name, LocalDate.of(1979, 9, 1), Gender.MALE));
        if (postId != null) {
            TenureForm t = new TenureForm();
            t.setPostId(postId);
            t.setStartDate(LocalDate.of(2020, 1, 1));
            cadres.appoint(id, t);
        }
        return id;
    }

    @Test
    void theOfficeArrangesAndRecordsTheTalksClosesTheRectificationAndCompletesTheYear() {
        long id = circulatedTown();
        String today = LocalDate.now(clock).toString();
        Page page = signIn("admin", "Admin-Test-2026");
        page.navigate(url("/assessment/annual/" + id));
        assertThat(page.locator("#follow-up-summary")).isVisible();
        page.click("#btn-follow-up");

        assertThat(page.locator("#talk-rules")).containsText("组织部负责同志约谈班子正职");
        screenshot(page, "annual-follow-up-circulated");
        page.click("#btn-propose-talks");
        assertThat(page.locator("#action-done")).isVisible();
        assertThat(page.locator("#follow-up-status")).containsText("谈话整改中");
        assertThat(page.locator("#talks-table tbody.talk")).hasCount(3);
        Locator caution = page.locator("#talks-table tbody.talk").filter(new Locator.FilterOptions().setHasText("郑副镇长"));
        assertThat(caution).containsText("诫勉谈话");
        assertThat(caution).containsText("基本称职");
        screenshot(page, "annual-follow-up-proposed");

        // arrange, then record: refused without the summary, the entry kept
        caution.locator("details.act-schedule summary").click();
        caution.locator("input[name=talkerName]").fill("县委组织部 李部长");
        caution.locator("input[name=scheduledOn]").fill(today);
        caution.locator("input[name=scheduledPlace]").fill("组织部谈话室");
        caution.locator("details.act-schedule button[type=submit]").click();
        caution = page.locator("#talks-table tbody.talk").filter(new Locator.FilterOptions().setHasText("郑副镇长"));
        assertThat(caution.locator(".talk-status")).containsText("已安排");
        caution.locator("details.act-record summary").click();
        caution.locator("input[name=place]").fill("组织部第二谈话室");
        caution.locator("details.act-record button[type=submit]").click();
        assertThat(page.locator("#action-error")).isVisible();
        caution = page.locator("#talks-table tbody.talk").filter(new Locator.FilterOptions().setHasText("郑副镇长"));
        assertThat(caution.locator("textarea[name=summary]")).hasClass(Pattern.compile("is-invalid"));
        assertThat(caution.locator("input[name=place]")).hasValue("组织部第二谈话室");
        screenshot(page, "annual-follow-up-record-refused");
        caution.locator("textarea[name=summary]").fill("宣布诫勉决定，指出分管项目推进不力的问题，要求一个月内提交书面检查和整改措施；本人表示接受。");
        caution.locator("details.act-record button[type=submit]").click();
        caution = page.locator("#talks-table tbody.talk").filter(new Locator.FilterOptions().setHasText("郑副镇长"));
        assertThat(caution.locator(".talk-status")).containsText("已谈话");
        assertThat(caution.locator(".talk-summary")).containsText("宣布诫勉决定");

        // a rectification item from the talk, noted and closed
        caution.locator("a", new Locator.LocatorOptions().setHasText("据此登记整改事项")).click();
        assertThat(page.locator("#item-origin")).hasValue("TALK");
        page.fill("#item-content", "提交书面检查，调整分管工作，不再分管项目审批");
        page.fill("#item-responsible", "郑副镇长");
        page.fill("#item-deadline", LocalDate.now(clock).plusDays(30).toString());
        page.click("#btn-raise");
        Locator item = page.locator("#items-table tbody.item").first();
        assertThat(item).containsText("提交书面检查");
        assertThat(item.locator(".item-status")).containsText("整改中");
        item.locator("details.act-note summary").click();
        item.locator("input[name=note]").fill("书面检查已提交，分工调整方案已报县委");
        item.locator("details.act-note button[type=submit]").click();
        item = page.locator("#items-table tbody.item").first();
        assertThat(item).containsText("书面检查已提交");
        screenshot(page, "annual-follow-up-item-open");
        // the same item past its deadline is flagged on the page
        jdbc.update("update annual_rectification set raised_on = ?, deadline = ? where assessment_id = ?",
                LocalDate.now(clock).minusDays(40), LocalDate.now(clock).minusDays(3), id);
        page.navigate(url("/assessment/annual/" + id + "/follow-up"));
        item = page.locator("#items-table tbody.item").first();
        assertThat(item.locator(".overdue")).containsText("逾期 3 天");
        assertThat(page.locator("#overdue-warning")).containsText("1 项整改事项已逾期");
        screenshot(page, "annual-follow-up-overdue");
        item.locator("details.act-close summary").click();
        item.locator("textarea[name=result]").fill("县委已调整分工（县委办〔2026〕8号），书面检查存档");
        item.locator("details.act-close button[type=submit]").click();
        item = page.locator("#items-table tbody.item").first();
        assertThat(item.locator(".item-status")).containsText("已销号");

        // the two other talks cancelled with their reasons, then the year completed
        for (String who : new String[] {"周书记", "王干事"}) {
            Locator t = page.locator("#talks-table tbody.talk").filter(new Locator.FilterOptions().setHasText(who));
            t.locator("details.act-cancel summary").click();
            t.locator("input[name=cancelReason]").fill("已于年度考核反馈时当面谈话，不再另行安排");
            t.locator("details.act-cancel button[type=submit]").click();
            assertThat(page.locator("#action-done")).isVisible();
        }
        assertThat(page.locator("#complete-form")).isVisible();
        page.fill("#report", "柳组字〔2026〕5号");
        page.click("#btn-complete");
        assertThat(page.locator("#follow-up-status")).containsText("已办结");
        assertThat(page.locator("#completed")).containsText("柳组字〔2026〕5号");
        screenshot(page, "annual-follow-up-completed");

        page.navigate(url("/assessment/annual/" + id));
        assertThat(page.locator("#annual-status")).containsText("已办结");
        assertThat(page.locator("#follow-up-summary")).containsText("已办结");
        screenshot(page, "annual-board-completed");
        page.navigate(url("/assessment/annual/follow-up?year=" + (LocalDate.now(clock).getYear() - 1)));
        assertThat(page.locator("#year-table")).containsText("柳溪镇");
        screenshot(page, "annual-follow-up-year");
    }
}
