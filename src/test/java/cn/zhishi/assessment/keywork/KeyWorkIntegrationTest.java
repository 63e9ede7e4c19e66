package cn.zhishi.assessment.keywork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhishi.assessment.indicator.Rating;
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
import cn.zhishi.shared.NotFoundException;
import cn.zhishi.support.Fixtures;
import cn.zhishi.support.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class KeyWorkIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired OrgService org;
    @Autowired CadreService cadres;
    @Autowired KeyWork keyWork;
    @Autowired Clock clock;
    @Autowired cn.zhishi.assessment.annual.KeyProjectScores keyProjectScores;

    long root;
    long town;
    long otherTown;
    long cadreId;
    int year;
    ZhishiPrincipal office;
    ZhishiPrincipal owner;

    @BeforeEach
    void township() {
        root = Fixtures.rootUnit(jdbc, "测试县");
        ZhishiPrincipal admin = Fixtures.orgAdmin(root);
        town = Fixtures.as(admin, () -> org.createUnit(new UnitCommand(root, Fixtures.uniqueCode("TW"), "重点乡",
                NodeType.UNIT, UnitDomain.PARTY_GOVERNMENT, UnitClass.TOWNSHIP, "TOWNSHIP", 1)));
        otherTown = Fixtures.as(admin, () -> org.createUnit(new UnitCommand(root, Fixtures.uniqueCode("TW"), "邻乡",
                NodeType.UNIT, UnitDomain.PARTY_GOVERNMENT, UnitClass.TOWNSHIP, "TOWNSHIP", 2)));
        cadreId = Fixtures.as(admin, () -> cadres.register(Fixtures.cadreForm(town, "赵重点", LocalDate.of(1983, 6, 1),
                Gender.MALE)));
        office = Fixtures.principal("kaohe-kw", Set.of(Role.ORG_ADMIN, Role.ASSESSOR), Set.of(root));
        owner = new ZhishiPrincipal(-1, "zhao-kw", "赵重点", "{noop}x", Set.of(Role.CADRE), Set.of(), cadreId, true, false,
                false);
        year = LocalDate.now(clock).getYear();
    }

    @Test
    void aYearOfKeyWorkFromTheListToTheRatingIsOnRecordAndFeedsTheAnnualAssessment() {
        Fixtures.as(owner, () -> {
            keyWork.addProject(cadreId, year, "招商引资：引进农产品加工项目", "签约2个，落地1个");
            keyWork.addProject(cadreId, year, "乡镇人居环境整治", null);
            return null;
        });
        long first = Fixtures.as(office, () -> keyWork.sheet(cadreId, year)).orElseThrow().getProjects().get(0).getId();
        LocalDate checkedOn = LocalDate.of(year, 1, 1);
        // a check is dated within the sheet's year and not after today
        for (LocalDate wrong : List.of(LocalDate.of(year - 1, 12, 31), LocalDate.now(clock).plusDays(1))) {
            assertThatThrownBy(() -> Fixtures.as(office, () -> {
                keyWork.recordCheck(cadreId, year, first, wrong, CheckMethod.SPOT_CHECK, Progress.ON_TRACK, "进展正常");
                return null;
            })).isInstanceOf(cn.zhishi.shared.InvalidInputException.class);
        }
        Fixtures.as(office, () -> {
            keyWork.recordCheck(cadreId, year, first, checkedOn, CheckMethod.UNANNOUNCED_VISIT, Progress.BEHIND,
                    "用地手续尚未办结");
            return null;
        });
        // the cadre cannot record checks of their own work
        assertThatThrownBy(() -> Fixtures.as(owner, () -> {
            keyWork.recordCheck(cadreId, year, first, checkedOn, CheckMethod.SPOT_CHECK, Progress.DONE, "我自己说完成了");
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        // a checked project stays on the list
        assertThatThrownBy(() -> Fixtures.as(owner, () -> {
            keyWork.removeProject(cadreId, year, first);
            return null;
        })).isInstanceOf(DomainRuleException.class);
        Fixtures.as(owner, () -> {
            keyWork.submit(cadreId, year, "两个项目均按期推进", "农产品加工项目签约落地", "人居环境整治有两个村进度滞后");
            return null;
        });
        assertThat(Fixtures.as(office, () -> keyWork.ratings(year, List.of(cadreId)))).isEmpty();
        Fixtures.as(office, () -> {
            keyWork.rate(cadreId, year, Rating.FAIRLY_GOOD, "招商成效明显，环境整治有短板");
            return null;
        });
        assertThat(Fixtures.as(office, () -> keyWork.ratings(year, List.of(cadreId)))).containsEntry(cadreId, Rating.FAIRLY_GOOD);
        // the annual composite's key-project source: 较好 = 80
        assertThat(keyProjectScores.scoresOf(List.of(cadreId), year).get(cadreId)).isEqualByComparingTo("80");
        List<String> actions = jdbc.queryForList("select action from audit_record where entity_type = 'KeyWorkSheet' "
                + "and entity_id = ? order by seq", String.class, String.valueOf(
                        Fixtures.as(office, () -> keyWork.sheet(cadreId, year)).orElseThrow().getId()));
        assertThat(actions).containsExactly("assessment.keyWork.addProject", "assessment.keyWork.addProject",
                "assessment.keyWork.check", "assessment.keyWork.submit", "assessment.keyWork.rate");
    }

    @Test
    void staffOfAnotherTownshipDoNotSeeTheSheet() {
        ZhishiPrincipal neighbour = Fixtures.principal("kw-neighbour", Set.of(Role.ASSESSOR), Set.of(otherTown));
        assertThatThrownBy(() -> Fixtures.as(neighbour, () -> keyWork.sheet(cadreId, year)))
                .isInstanceOf(NotFoundException.class);
        assertThat(Fixtures.as(neighbour, () -> keyWork.overview(year, null))).extracting(KeyWork.Row::cadreId)
                .doesNotContain(cadreId);
    }

    @Test
    void thePageKeepsWhatWasTypedWhenTheFormIsRefused() throws Exception {
        Fixtures.as(owner, () -> {
            keyWork.addProject(cadreId, year, "招商引资", null);
            return null;
        });
        String page = mvc.perform(post("/assessment/key-work/{c}/{y}/submit", cadreId, year).with(csrf()).with(user(owner))
                        .param("completion", "全部完成").param("mostSatisfied", "引进了三个项目").param("regretted", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("全部完成", "引进了三个项目", "is-invalid");
        assertThat(Fixtures.as(office, () -> keyWork.sheet(cadreId, year)).orElseThrow().getStatus())
                .isEqualTo(KeyWorkStatus.LISTING);
        mvc.perform(get("/assessment/key-work").param("year", String.valueOf(year)).param("unitId", String.valueOf(town))
                        .with(user(office)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("赵重点")));
        mvc.perform(get("/cadres/{id}", cadreId).with(user(office)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("1 个项目")));
    }
}
