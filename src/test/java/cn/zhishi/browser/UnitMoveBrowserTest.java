package cn.zhishi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

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
import cn.zhishi.support.BrowserTestBase;
import cn.zhishi.support.Fixtures;
import cn.zhishi.support.IntegrationTest;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A restructuring: an organisation administrator moves a township's office, with its section and cadres,
 * under another county. The page says what moves along, refuses a move under the office's own section,
 * and asks for confirmation; the unit then sits under its new county.
 */
@IntegrationTest
class UnitMoveBrowserTest extends BrowserTestBase {

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

    @Test
    void anAdministratorMovesAnOfficeWithItsSectionAndCadresUnderAnotherCounty() {
        long city = Fixtures.rootUnit(jdbc, "调整市");
        ZhishiPrincipal setup = Fixtures.orgAdmin(city);
        long[] ids = Fixtures.as(setup, () -> {
            long a = org.createUnit(new UnitCommand(city, Fixtures.uniqueCode("MA"), "东山县", NodeType.REGION, null, null, null, 1));
            long b = org.createUnit(new UnitCommand(city, Fixtures.uniqueCode("MB"), "西河县", NodeType.REGION, null, null, null, 2));
            long office = org.createUnit(new UnitCommand(a, Fixtures.uniqueCode("MO"), "东山县乡村振兴办", NodeType.UNIT,
                    UnitDomain.PARTY_GOVERNMENT, UnitClass.PARTY_ADMINISTRATION, null, 1));
            long section = org.createUnit(new UnitCommand(office, Fixtures.uniqueCode("MS"), "综合股", NodeType.UNIT,
                    UnitDomain.PARTY_GOVERNMENT, UnitClass.PARTY_ADMINISTRATION, null, 1));
            cadres.register(Fixtures.cadreForm(office, "田野", LocalDate.of(1986, 2, 3), Gender.MALE));
            cadres.register(Fixtures.cadreForm(section, "林静", LocalDate.of(1990, 9, 1), Gender.FEMALE));
            return new long[] {a, b, office, section};
        });
        long countyB = ids[1];
        long office = ids[2];
        long section = ids[3];
        ZhishiPrincipal admin = new AccountFixture(accounts, userDetails).user("mover", Set.of(city), Role.ORG_ADMIN);

        Page page = signIn(admin.getUsername(), AccountFixture.PASSWORD);
        page.navigate(url("/units/" + office));
        page.click("#unit-move");
        assertThat(page.locator("#move-along")).containsText("下属单位 1 个、干部 2 人");
        assertThat(page.locator("#move-along")).containsText("当前上级：东山县");
        assertThat(page.locator("#move-along")).containsText("综合股");
        // the office, its section and its current county are not offered
        assertThat(page.locator("#parentId option[value='" + section + "']")).hasCount(0);
        assertThat(page.locator("#parentId option[value='" + ids[0] + "']")).hasCount(0);

        // a crafted choice of its own section is refused next to the choice, before any confirmation
        page.navigate(url("/units/" + office + "/move?parentId=" + section));
        assertThat(page.locator("#move-error")).hasText("不能把单位移到它自己或它的下级单位之下");
        assertThat(page.locator("#move-submit")).hasCount(0);
        screenshot(page, "unit-move-refused");

        page.selectOption("#parentId", String.valueOf(countyB));
        page.click("#move-check");
        assertThat(page.locator("#move-confirm"))
                .containsText("将“东山县乡村振兴办”连同下属单位 1 个、干部 2 人，从“东山县”移到“西河县”之下。");
        screenshot(page, "unit-move-confirm");
        page.click("#move-submit");

        assertThat(page.locator("#unit-moved")).hasText("已移到“西河县”之下。");
        assertThat(page.locator(".breadcrumb")).containsText("西河县");
        screenshot(page, "unit-moved");
        assertThat(jdbc.queryForObject("select parent_id from org_unit where id = ?", Long.class, office)).isEqualTo(countyB);
        assertThat(jdbc.queryForObject("select path from org_unit where id = ?", String.class, section))
                .startsWith(jdbc.queryForObject("select path from org_unit where id = ?", String.class, countyB));

        // the city is a root of the tree: its page offers no move
        page.navigate(url("/units/" + city));
        assertThat(page.locator("#unit-move")).hasCount(0);
        page.context().close();
    }
}
