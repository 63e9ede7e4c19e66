package cn.zhishi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

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
import cn.zhishi.security.UserAccounts;
import cn.zhishi.security.ZhishiPrincipal;
import cn.zhishi.support.AccountFixture;
import cn.zhishi.support.BrowserTestBase;
import cn.zhishi.support.Fixtures;
import cn.zhishi.support.IntegrationTest;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 5: the year of one township, through its pages only. The organisation department sets up the
 * democratic evaluation (民主测评) of the township's cadres and prints codes; raters vote on their phones;
 * the campaign closes; the assessment office opens the annual board, sees each composite with its
 * sources, and proposes — refused, two 优秀 where the quota allows one, with the rule and its source on
 * the page; the office lowers one grade with a reason and proposes; the department reviews, records the
 * standing committee's approval, downloads the written feedback (a PDF), feeds back and circulates; the
 * approved grade and its consequence then show on the cadre's profile.
 *
 * <p>Set-up data (a township of its own under a root of its own, four cadres, the principal's post, the
 * two accounts) comes from fixtures: the registry's pages are not the point here, and a township of its
 * own keeps the scores and the quota independent of the demo county and of other tests.
 */
@IntegrationTest
class AnnualProcedureBrowserTest extends BrowserTestBase {

    private static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
    private static final String PRINCIPAL = "岳明远";
    private static final String SECOND = "韩雪松";
    private static final List<String> GOOD = List.of(PRINCIPAL, SECOND);
    private static final List<String> FAIRLY_GOOD = List.of("邓立新", "苏晓芮");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrgService org;
    @Autowired
    CadreService cadres;
    @Autowired
    UserAccounts accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    Clock clock;

    @Test
    void aYearFromPhoneVotesThroughAQuotaRefusalToTheGradeOnTheProfile() {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        long root = Fixtures.rootUnit(jdbc, "年考县");
        long[] ids = Fixtures.as(Fixtures.orgAdmin(root), () -> {
            long town = org.createUnit(new UnitCommand(root, Fixtures.uniqueCode("NK"), "青石街道", NodeType.UNIT,
                    UnitDomain.PARTY_GOVERNMENT, UnitClass.TOWNSHIP, "TOWNSHIP", 1));
            long post = org.createPost(town, new PostCommand(Fixtures.uniqueCode("P"), "党工委书记", "SECTION_CHIEF", null,
                    TeamRole.PRINCIPAL, 1, Set.of(), 1));
            long principal = cadres.register(Fixtures.cadreForm(town, PRINCIPAL, LocalDate.of(1978, 4, 2), Gender.MALE));
            TenureForm tenure = new TenureForm();
            tenure.setPostId(post);
            tenure.setStartDate(LocalDate.of(year - 3, 3, 1));
            cadres.appoint(principal, tenure);
            long second = cadres.register(Fixtures.cadreForm(town, SECOND, LocalDate.of(1985, 9, 12), Gender.FEMALE));
            cadres.register(Fixtures.cadreForm(town, FAIRLY_GOOD.get(0), LocalDate.of(1988, 1, 20), Gender.MALE));
            cadres.register(Fixtures.cadreForm(town, FAIRLY_GOOD.get(1), LocalDate.of(1991, 6, 8), Gender.FEMALE));
            return new long[] {town, principal, second};
        });
        long town = ids[0];
        long principal = ids[1];
        long second = ids[2];
        AccountFixture fixture = new AccountFixture(accounts, userDetails);
        ZhishiPrincipal department = fixture.user("zzb", Set.of(root), Role.ORG_ADMIN);
        ZhishiPrincipal office = fixture.user("khz", Set.of(root), Role.ASSESSOR);

        // 1. the organisation department sets up the democratic evaluation, opens it and prints three codes
        Page admin = signIn(department.getUsername(), AccountFixture.PASSWORD);
        admin.navigate(url("/assessment/reviews"));
        admin.click("#new-campaign summary");
        admin.fill("#name", "青石街道" + year + "年度民主测评");
        admin.selectOption("#kind", "ANNUAL");
        admin.selectOption("#indicatorSetId",
                admin.locator("#indicatorSetId option", new Page.LocatorOptions().setHasText("LJ-4N-COMMON"))
                        .first().getAttribute("value"));
        admin.fill("#opensOn", today.toString());
        admin.fill("#closesOn", today.toString());
        admin.selectOption("#unitId", String.valueOf(town));
        admin.click("#campaign-save");
        assertThat(admin.locator("#targets li")).hasCount(4);
        admin.click("#campaign-open");
        assertThat(admin.locator("#campaign-status")).hasText("进行中");
        admin.selectOption("#group", "STAFF");
        admin.fill("#count", "3");
        admin.click("#codes-issue");
        assertThat(admin.locator("#code-sheet .zs-code")).hasCount(3);
        List<String> codes = admin.locator("#code-sheet .zs-code").allTextContents();
        screenshot(admin, "procedure-1-codes");

        // 2. three raters vote on their phones: the principal and his colleague all 好, the other two all 较好
        for (int i = 0; i < codes.size(); i++) {
            Page phone = phone();
            phone.navigate(url("/vote"));
            phone.fill("#code", codes.get(i));
            phone.click("#code-submit");
            assertThat(phone.locator("#vote-form .card")).hasCount(4);
            for (String name : GOOD) {
                rate(phone, name, "GOOD");
            }
            for (String name : FAIRLY_GOOD) {
                rate(phone, name, "FAIRLY_GOOD");
            }
            assertThat((Boolean) phone.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("the voting page fits a phone's width").isTrue();
            if (i == 0) {
                screenshot(phone, "procedure-2-phone-vote");
            }
            phone.click("#vote-submit");
            assertThat(phone.locator("#vote-done")).isVisible();
            // each code votes once
            phone.navigate(url("/vote/" + codes.get(i)));
            assertThat(phone.locator("#vote-form")).hasCount(0);
            phone.context().close();
        }

        // 3. the department closes the campaign: 3 of 3 codes used
        admin.click("a.btn-link[href^='/assessment/reviews/']");
        // while voting is open the turnout table polls its own fragment
        assertThat(admin.locator("#turnout-live")).containsText("每 10 秒自动刷新");
        String live = admin.locator("#turnout-live").getAttribute("hx-get");
        String fragment = admin.request().get(url(live)).text();
        assertThat(fragment).contains("id=\"turnout\"").contains("职工群众");
        screenshot(admin, "procedure-2b-turnout");
        admin.click("#campaign-close");
        assertThat(admin.locator("#campaign-status")).hasText("已结束");
        assertThat(admin.locator("#turnout tbody tr", new Page.LocatorOptions().setHasText("职工群众")))
                .containsText("100");

        // 4. the assessment office opens the township's board for the year: composites with their sources
        Page assessor = signIn(office.getUsername(), AccountFixture.PASSWORD);
        assessor.navigate(url("/assessment/annual"));
        assessor.selectOption("#unitId", String.valueOf(town));
        assessor.fill("#year", String.valueOf(year));
        assessor.click("#annual-index button[type=submit]");
        assessor.click("#annual-start");
        assertThat(assessor.locator("#annual-board")).isVisible();
        assertThat(assessor.locator("#annual-status")).hasText("草拟中");
        Locator first = assessor.locator("#member-" + principal);
        assertThat(first).containsText("100.00");
        assertThat(first).containsText("民主测评");
        assertThat(first).containsText("100.00 ×100.0%");
        assertThat(first).containsText("月度实绩");
        assertThat(first).containsText("缺");
        assertThat(assessor.locator("#member-" + second)).containsText("优秀");
        assertThat(assessor.locator("#team-grade")).hasText("优秀");

        // 5. two 优秀 where the team's 30 % allows one: shown red, and proposing is refused with rule and source
        assertThat(assessor.locator("#quota")).hasClass(Pattern.compile("text-danger"));
        assertThat(assessor.locator("#checks .violation").first()).containsText("优秀等次比例");
        assessor.click("#btn-propose");
        assertThat(assessor.locator("#action-error")).containsText("优秀2人，超过班子等次允许的1人");
        assertThat(assessor.locator("#action-error")).containsText("规则：优秀等次比例");
        assertThat(assessor.locator("#action-error")).containsText("依据：[003]");
        assertThat(assessor.locator("#annual-status")).hasText("草拟中");
        screenshot(assessor, "procedure-3-quota-refused");

        // 6. the office lowers the second 优秀 to 称职 with its reason, and proposes
        Locator gradeForm = assessor.locator("#member-" + second + " form[action$='/grade']");
        gradeForm.locator("select[name=grade]").selectOption("COMPETENT");
        gradeForm.locator("input[name=reason]").fill("优秀名额限一人，综合排序第二");
        gradeForm.locator("button").click();
        assertThat(assessor.locator("#member-" + second)).containsText("优秀名额限一人，综合排序第二");
        assertThat(assessor.locator("#quota")).not().hasClass(Pattern.compile("text-danger"));
        assertThat(assessor.locator("#checks .violation")).hasCount(0);
        assessor.click("#btn-propose");
        assertThat(assessor.locator("#annual-status")).hasText("已提出建议");
        assertThat(assessor.locator("#btn-review")).hasCount(0);
        String board = assessor.url();
        assessor.context().close();

        // 7. the department reviews, records the standing committee's approval, feeds back and circulates
        admin.navigate(board);
        admin.click("#btn-review");
        assertThat(admin.locator("#annual-status")).hasText("组织部已审核");
        admin.fill("input[name=meeting]", "县委常委会" + year + "年第30次会议");
        admin.selectOption("select[name=outcome]", "APPROVED");
        admin.click("#btn-decide");
        assertThat(admin.locator("#annual-status")).hasText("常委会已批准");
        assertThat(admin.locator("#consequences")).containsText(PRINCIPAL);
        assertThat(admin.locator("#consequences")).containsText("通报表扬、嘉奖");

        Locator pdfLink = admin.locator("#steps a[href$='feedback.pdf']");
        APIResponse pdf = admin.context().request().get(url(pdfLink.getAttribute("href")));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
        byte[] bytes = pdf.body();
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(bytes.length).isGreaterThan(2_000);
        assertThat(pages(bytes)).isPositive();

        admin.click("#btn-feedback");
        assertThat(admin.locator("#annual-status")).hasText("已书面反馈");
        admin.click("#btn-circulate");
        assertThat(admin.locator("#annual-status")).hasText("已通报");
        screenshot(admin, "procedure-4-circulated");

        // 8. the principal's profile shows the year's grade and its consequence
        admin.click("#member-" + principal + " a[href='/cadres/" + principal + "']");
        assertThat(admin.locator("#cadre-name")).hasText(PRINCIPAL);
        Locator grades = admin.locator("#annual-grades");
        assertThat(grades.locator("tbody tr", new Locator.LocatorOptions().setHasText(String.valueOf(year))))
                .containsText("优秀");
        assertThat(grades).not().containsText("??");
        assertThat(admin.locator("#history")).containsText("记录年度考核结果运用");
        assertThat(admin.locator("#consequences")).containsText(year + " 通报表扬、嘉奖");
        screenshot(admin, "procedure-5-profile");
        admin.context().close();
    }

    /** A fresh phone: 390×844, touch, a mobile Safari user agent, no account. */
    private Page phone() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(390, 844).setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true)
                .setUserAgent(IPHONE));
        return context.newPage();
    }

    /** Gives every indicator of the named target's card the same rating, by tapping its button. */
    private static void rate(Page phone, String name, String rating) {
        Locator card = phone.locator("#vote-form .card", new Page.LocatorOptions().setHas(
                phone.locator(".card-header", new Page.LocatorOptions().setHasText(name))));
        Locator inputs = card.locator("input[type=radio][name^='r_'][value='" + rating + "']");
        int n = inputs.count();
        assertThat(n).isPositive();
        for (int i = 0; i < n; i++) {
            String id = inputs.nth(i).getAttribute("id");
            card.locator("label[for='" + id + "']").tap();
        }
    }

    private static int pages(byte[] pdf) {
        try {
            com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
            try {
                return reader.getNumberOfPages();
            } finally {
                reader.close();
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
