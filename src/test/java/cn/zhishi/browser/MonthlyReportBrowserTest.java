package cn.zhishi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhishi.report.ReportService;
import cn.zhishi.support.BrowserTestBase;
import cn.zhishi.support.IntegrationTest;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One report from draft to archive in a real browser: the township cadre writes and submits it, the
 * unit reviewer reviews, signs and posts it, a citizen finds it on the public board without signing
 * in and complains anonymously, the organisation department concludes the complaint, and after the
 * posting window the report is archived and leaves the board.
 */
@IntegrationTest
class MonthlyReportBrowserTest extends BrowserTestBase {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReportService reports;

    @Test
    void aReportGoesFromDraftToArchiveWithAComplaintOnThePublicBoard() {
        // the cadre writes and submits
        Page cadre = signIn("ganbu", "Demo-Test-2026");
        cadre.navigate(url("/reports/mine"));
        screenshot(cadre, "report-mine");
        cadre.fill("#month", "2030-01");
        cadre.click("#open-month");
        assertThat(cadre.locator("#report-form")).isVisible();
        cadre.fill("[name='items[0].title']", "推进桃源村产业路硬化");
        cadre.fill("[name='items[0].done']", "完成桃源村产业路硬化2.3公里，惠及农户136户");
        cadre.selectOption("[name='items[0].completion']", "DONE");
        cadre.selectOption("#selfGrade", "GOOD");
        cadre.fill("#selfAppraisal", "按计划完成本月重点工作");
        cadre.locator("#autosave").getByText("自动保存").waitFor();
        screenshot(cadre, "report-edit");
        cadre.click("#submit-report");
        assertThat(cadre.locator(".alert-success")).containsText("已提交");
        String path = cadre.url().substring(cadre.url().indexOf("/reports/"));
        long id = Long.parseLong(path.substring("/reports/".length()));

        // the unit reviews, signs, posts
        Page unit = signIn("reviewer1", "Demo-Test-2026");
        unit.navigate(url("/reports/queue"));
        screenshot(unit, "report-queue");
        unit.navigate(url(path));
        unit.click("#review-report");
        assertThat(unit.locator("#review-grade")).containsText("好");
        unit.click("#sign-report");
        unit.click("#post-report");
        assertThat(unit.locator(".alert-success")).containsText("公示");
        screenshot(unit, "report-posted");

        // anyone, without signing in, sees it on the board and complains anonymously
        Page citizen = anonymous();
        citizen.navigate(url("/board"));
        assertThat(citizen.locator("body")).containsText("桃源乡");
        screenshot(citizen, "board");
        citizen.navigate(url("/board/reports/" + id));
        assertThat(citizen.locator("body")).containsText("产业路硬化");
        citizen.selectOption("#kind", "FALSIFICATION");
        citizen.fill("#body", "硬化里程与实际不符，请核实");
        citizen.click("#file-complaint");
        String code = citizen.inputValue("#tracking-code");
        assertThat(code).hasSize(12);
        screenshot(citizen, "complaint-filed");
        citizen.navigate(url("/board/track?code=" + code));
        assertThat(citizen.locator("#complaint-status")).containsText("已受理");

        // the organisation department handles it to a conclusion
        Page office = signIn("admin", "Admin-Test-2026");
        long complaintId = jdbc.queryForObject("select id from complaint where report_id = ?", Long.class, id);
        office.navigate(url("/reports/complaints"));
        String card = "#complaint-" + complaintId + " ";
        office.fill(card + "input[name=text]", "kaohe");
        office.click(card + "button[type=submit]");
        office.fill(card + "input[name=text]", "县纪委监委 李纪");
        office.click(card + "button[type=submit]");
        screenshot(office, "complaint-investigating");
        office.fill(card + "form[action$='/dismiss'] textarea[name=text]", "经实地丈量，里程属实");
        office.click(card + "form[action$='/dismiss'] button");
        assertThat(office.locator(card)).containsText("查证不属实");
        citizen.navigate(url("/board/track?code=" + code));
        assertThat(citizen.locator("#complaint-status")).containsText("查证不属实");

        // after the seven working days the daily run archives it and it leaves the board
        LocalDate until = jdbc.queryForObject("select posted_until from monthly_report where id = ?", LocalDate.class, id);
        reports.archiveDue(until.plusDays(1));
        office.navigate(url("/reports/office"));
        screenshot(office, "report-office");
        office.navigate(url(path));
        assertThat(office.locator("#report-status")).containsText("已归档");
        citizen.navigate(url("/board/reports/" + id));
        assertThat(citizen.locator("body")).not().containsText("硬化里程");
    }

}
