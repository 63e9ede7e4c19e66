package cn.zhishi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.zhishi.assessment.indicator.IndicatorSets;
import cn.zhishi.assessment.indicator.Rating;
import cn.zhishi.assessment.review.CampaignCommand;
import cn.zhishi.assessment.review.CampaignKind;
import cn.zhishi.assessment.review.IssuedCode;
import cn.zhishi.assessment.review.RaterGroup;
import cn.zhishi.assessment.review.ReviewCampaigns;
import cn.zhishi.assessment.review.ReviewQuarter;
import cn.zhishi.assessment.review.Voting;
import cn.zhishi.assessment.review.VotingSheet;
import cn.zhishi.cadre.CadreFilter;
import cn.zhishi.security.ZhishiPrincipal;
import cn.zhishi.support.BrowserTestBase;
import cn.zhishi.support.Fixtures;
import cn.zhishi.support.IntegrationTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A demo township's quarterly review, voted and closed: the organisation department previews what the
 * public will see and posts it; a citizen reads it on a phone without signing in; the posting is then
 * withdrawn — refused without a reason, done with one.
 */
@IntegrationTest
class ReviewPostingBrowserTest extends BrowserTestBase {

    @Autowired JdbcTemplate jdbc;
    @Autowired IndicatorSets sets;
    @Autowired ReviewCampaigns campaigns;
    @Autowired Voting voting;
    @Autowired Clock clock;

    private static final Rating[] RATINGS = Rating.values();

    long votedAndClosed(long town) {
        ZhishiPrincipal admin = Fixtures.orgAdmin(town);
        long set = Fixtures.as(admin, () -> sets.catalogue().latest("LS-QUARTERLY").orElseThrow().id());
        CadreFilter f = new CadreFilter();
        f.setUnitId(town);
        Map<RaterGroup, BigDecimal> w = new EnumMap<>(RaterGroup.class);
        w.put(RaterGroup.LEADER, BigDecimal.valueOf(25));
        w.put(RaterGroup.STAFF, BigDecimal.valueOf(15));
        LocalDate today = LocalDate.now(clock);
        long id = Fixtures.as(admin, () -> campaigns.create(new CampaignCommand("季度工作实绩评议", CampaignKind.QUARTERLY,
                set, today.minusDays(2), today.plusDays(2), 30, w, f)));
        List<IssuedCode> staff = Fixtures.as(admin, () -> campaigns.issueCodes(id, RaterGroup.STAFF, 6, "http://x/vote/"));
        List<IssuedCode> leader = Fixtures.as(admin, () -> campaigns.issueCodes(id, RaterGroup.LEADER, 2, "http://x/vote/"));
        Fixtures.as(admin, () -> { campaigns.open(id); return null; });
        List<VotingSheet.Target> targets = Fixtures.as(admin, () -> campaigns.targets(id));
        int n = 0;
        for (IssuedCode code : java.util.stream.Stream.concat(staff.stream(), leader.stream()).toList()) {
            Map<Long, Map<Integer, Rating>> ratings = new HashMap<>();
            for (int t = 0; t < targets.size(); t++) {
                Map<Integer, Rating> r = new HashMap<>();
                for (int p = 1; p <= 3; p++) {
                    r.put(p, RATINGS[Math.min(3, (t + p * n) % 5 / 2 + (t % 3 == 0 ? 0 : t % 2))]);
                }
                ratings.put(targets.get(t).cadreId(), r);
            }
            n++;
            voting.cast(code.code(), ratings, Map.of());
        }
        Fixtures.as(admin, () -> { campaigns.close(id); return null; });
        return id;
    }

    @Test
    void theOfficePostsAQuarterlyReviewThePublicReadsItOnAPhoneAndTheOfficeWithdrawsIt() {
        long town = jdbc.queryForObject("select min(u.id) from org_unit u where u.name like '%镇' and u.node_type = 'UNIT' "
                + "and (select count(*) from cadre c where c.unit_id = u.id and c.status = 'ACTIVE') between 4 and 12", Long.class);
        long id = votedAndClosed(town);
        ReviewQuarter q = ReviewQuarter.of(LocalDate.now(clock).minusDays(2));

        Page page = signIn("admin", "Admin-Test-2026");
        page.navigate(url("/assessment/reviews/" + id));
        assertThat(page.locator("#campaign-posting")).containsText("未公示");
        page.click("#campaign-posting");
        assertThat(page.locator("#posting-preview tbody tr").first()).containsText("1");
        assertThat(page.locator("#quarter")).hasValue(String.valueOf(q.quarter()));
        page.fill("#year", "");
        page.click("#posting-post");
        assertThat(page.locator("#posting-problems")).containsText("年度：必填");
        assertThat(page.locator("#quarter")).hasValue(String.valueOf(q.quarter()));
        screenshot(page, "review-posting-refused");
        page.fill("#year", String.valueOf(q.year()));
        page.click("#posting-post");
        assertThat(page.locator("#posting-status")).containsText("公示中");
        assertThat(page.locator("#posting-history")).containsText("admin");
        screenshot(page, "review-posting-posted");

        // the public, on a phone, without signing in
        Page phone = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(390, 844)
                .setIsMobile(true).setHasTouch(true)).newPage();
        phone.navigate(url("/board"));
        phone.click("#board-tab-reviews");
        phone.selectOption("#unitId", String.valueOf(town));
        assertThat(phone.locator("#posting-" + postingId(id) + " .zs-posted-list")).isVisible();
        assertThat(phone.locator("#review-results")).not().containsText("职工群众");
        screenshot(phone, "board-reviews-phone");
        Page desktop = anonymous();
        desktop.navigate(url("/board/reviews?unitId=" + town));
        assertThat(desktop.locator("#posting-" + postingId(id) + " table")).isVisible();
        screenshot(desktop, "board-reviews-desktop");

        // withdrawn: a reason is required; then the board no longer shows it
        page.click("#posting-withdraw");
        assertThat(page.locator("#posting-problems")).containsText("撤回原因");
        page.fill("#reason", "评议对象名单有误，核实后重新公示");
        page.click("#posting-withdraw");
        assertThat(page.locator("#posting-status")).containsText("已撤回");
        assertThat(page.locator("#posting-history")).containsText("评议对象名单有误");
        screenshot(page, "review-posting-withdrawn");
        desktop.navigate(url("/board/reviews?unitId=" + town));
        assertThat(desktop.locator("#posting-" + postingId(id))).hasCount(0);
    }

    long postingId(long campaign) {
        return jdbc.queryForObject("select max(id) from review_posting where campaign_id = ?", Long.class, campaign);
    }
}
