package cn.zhishi.assessment.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhishi.cadre.CadreFilter;
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
import cn.zhishi.shared.InvalidInputException;
import cn.zhishi.support.Fixtures;
import cn.zhishi.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class IndicatorIntegrationTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired OrgService org;
    @Autowired CadreService cadres;
    @Autowired IndicatorSets sets;
    @Autowired MockMvc mvc;

    @Test
    void theSourcesSetsAreShipped() {
        ZhishiPrincipal admin = Fixtures.orgAdmin();
        IndicatorCatalogue c = Fixtures.as(admin, () -> sets.catalogue());
        IndicatorSet law = c.latest("LJ-4N-LAW").orElseThrow();
        assertThat(law.indicators()).extracting(Indicator::name).containsExactly("制度意识", "斗争精神", "创新能力", "执行成效",
                "依法办案", "公平公正", "文明执法", "办案效率", "群众满意度");
        assertThat(law.totalWeight()).isEqualByComparingTo("100");
        assertThat(c.pinned(c.latest("LJ-4N-WINDOW").orElseThrow().id()).orElseThrow().indicators())
                .extracting(Indicator::name).contains("制度规范", "创新流程", "办事效率", "服务质量", "群众满意度");
        assertThat(c.latest("DY-PRINCIPAL").orElseThrow().role()).isEqualTo(RoleScope.PRINCIPAL);
        assertThat(c.latest("DY-DEPUTY").orElseThrow().indicators()).hasSize(2);
        assertThat(c.latest("LS-QUARTERLY").orElseThrow().indicators()).hasSize(3)
                .allMatch(i -> i.kind() == IndicatorKind.ASPECT);
    }

    @Test
    void oneActionAssignsTheSelectedSetToEveryMatchingCadreAndIsAudited() {
        long root = Fixtures.rootUnit(jdbc, "指标县");
        ZhishiPrincipal admin = Fixtures.orgAdmin(root);
        long bureau = Fixtures.as(admin, () -> org.createUnit(new UnitCommand(root, Fixtures.uniqueCode("LAW"), "市场监管局",
                NodeType.UNIT, UnitDomain.PARTY_GOVERNMENT, UnitClass.LAW_ENFORCEMENT, "TOWNSHIP", 1)));
        long hall = Fixtures.as(admin, () -> org.createUnit(new UnitCommand(root, Fixtures.uniqueCode("WIN"), "政务服务中心",
                NodeType.UNIT, UnitDomain.PARTY_GOVERNMENT, UnitClass.WINDOW_SERVICE, "TOWNSHIP", 2)));
        long head = Fixtures.as(admin, () -> cadres.register(Fixtures.cadreForm(bureau, "钱局长", LocalDate.of(1975, 3, 4),
                Gender.MALE)));
        long inspector = Fixtures.as(admin, () -> cadres.register(Fixtures.cadreForm(bureau, "孙科员",
                LocalDate.of(1990, 3, 4), Gender.FEMALE)));
        long clerk = Fixtures.as(admin, () -> cadres.register(Fixtures.cadreForm(hall, "李窗口", LocalDate.of(1992, 3, 4),
                Gender.FEMALE)));
        Fixtures.as(admin, () -> {
            long post = org.createPost(bureau, new PostCommand(Fixtures.uniqueCode("P"), "局长", "SECTION_CHIEF", null,
                    TeamRole.PRINCIPAL, 1, Set.of(), 1));
            TenureForm t = new TenureForm();
            t.setPostId(post);
            t.setStartDate(LocalDate.of(2020, 1, 1));
            return cadres.appoint(head, t);
        });
        IndicatorCatalogue c = Fixtures.as(admin, () -> sets.catalogue());
        long before = jdbc.queryForObject("select count(*) from audit_record where action = 'assessment.indicatorSet.assign'",
                Long.class);

        CadreFilter all = new CadreFilter();
        all.setUnitId(root);
        AssignmentResult auto = Fixtures.as(admin, () -> sets.assign(all, null));
        assertThat(auto).isEqualTo(new AssignmentResult(3, 0));
        assertThat(sets.assignedTo(head).orElseThrow().code()).isEqualTo("DY-PRINCIPAL");
        assertThat(sets.assignedTo(inspector).orElseThrow().code()).isEqualTo("LJ-4N-LAW");
        assertThat(sets.assignedTo(clerk).orElseThrow().code()).isEqualTo("LJ-4N-WINDOW");

        // one explicit set for a whole unit, replacing what was there
        CadreFilter bureauOnly = new CadreFilter();
        bureauOnly.setUnitId(bureau);
        long common = c.latest("LJ-4N-COMMON").orElseThrow().id();
        assertThat(Fixtures.as(admin, () -> sets.assign(bureauOnly, common))).isEqualTo(new AssignmentResult(2, 0));
        assertThat(sets.assignedTo(head).orElseThrow().id()).isEqualTo(common);
        assertThat(sets.assignedTo(clerk).orElseThrow().code()).isEqualTo("LJ-4N-WINDOW");

        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'assessment.indicatorSet.assign'",
                Long.class)).isEqualTo(before + 2);
        String last = jdbc.queryForObject("select after_state from audit_record where action = "
                + "'assessment.indicatorSet.assign' order by seq desc limit 1", String.class);
        assertThat(last).contains(String.valueOf(head)).contains(String.valueOf(inspector)).doesNotContain("\"" + clerk + "\"");

        // outside the jurisdiction: nothing matches
        long elsewhere = Fixtures.rootUnit(jdbc, "别县");
        ZhishiPrincipal other = Fixtures.orgAdmin(elsewhere);
        assertThat(Fixtures.as(other, () -> sets.assign(all, common))).isEqualTo(new AssignmentResult(0, 0));
        ZhishiPrincipal assessor = Fixtures.principal("assessor-test", Set.of(Role.ASSESSOR), Set.of(root));
        assertThatThrownBy(() -> Fixtures.as(assessor, () -> sets.assign(all, common)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aNewVersionLeavesTheOldOneAsItWasAndBadInputIsRefusedWhole() {
        ZhishiPrincipal admin = Fixtures.orgAdmin();
        String code = Fixtures.uniqueCode("T").toUpperCase().replace("_", "-");
        IndicatorSetCommand v1 = new IndicatorSetCommand(code, "测试指标", null, UnitClass.TOWNSHIP, null,
                RatingScale.DEFAULT, "测试", List.of(new IndicatorSetCommand.Line("抓落实", IndicatorKind.SPECIFIC,
                        BigDecimal.ONE)));
        long first = Fixtures.as(admin, () -> sets.create(v1));
        long second = Fixtures.as(admin, () -> sets.create(new IndicatorSetCommand(code, "测试指标二", null,
                UnitClass.TOWNSHIP, null, RatingScale.DEFAULT, "测试", List.of(new IndicatorSetCommand.Line("抓落实",
                        IndicatorKind.SPECIFIC, BigDecimal.ONE), new IndicatorSetCommand.Line("惠民生",
                                IndicatorKind.SPECIFIC, BigDecimal.TEN)))));
        IndicatorSet old = Fixtures.as(admin, () -> sets.find(first));
        assertThat(old.version()).isEqualTo(1);
        assertThat(old.indicators()).hasSize(1);
        assertThat(Fixtures.as(admin, () -> sets.find(second)).version()).isEqualTo(2);

        long count = jdbc.queryForObject("select count(*) from indicator_set", Long.class);
        assertThatThrownBy(() -> Fixtures.as(admin, () -> sets.create(new IndicatorSetCommand("bad code", "", null, null,
                null, new RatingScale(BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ZERO), "x",
                List.of(new IndicatorSetCommand.Line("a", IndicatorKind.COMMON, BigDecimal.ZERO))))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.code()).contains("indicator.code.format", "validation.required",
                                "indicator.scale.invalid", "indicator.indicators.line"));
        assertThat(jdbc.queryForObject("select count(*) from indicator_set", Long.class)).isEqualTo(count);
    }

    @Test
    void pagesAndApiShowAndCreateSets() throws Exception {
        long root = Fixtures.rootUnit(jdbc, "指标页县");
        ZhishiPrincipal admin = Fixtures.orgAdmin(root);
        mvc.perform(get("/assessment/indicators").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("依法办案")))
                .andExpect(content().string(Matchers.containsString("驾驭全局工作")));
        String code = "PG-" + System.nanoTime() % 1_000_000;
        mvc.perform(post("/assessment/indicators").with(user(admin)).with(csrf()).param("code", code)
                .param("name", "页面指标").param("basis", "测试").param("scoreGood", "100").param("scoreFairlyGood", "85")
                .param("scoreAverage", "70").param("scorePoor", "50").param("indicators", "甲|3|COMMON\n乙|1"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/assessment/indicators").with(user(admin)).with(csrf()).param("code", code)
                .param("name", "页面指标").param("basis", "测试").param("scoreGood", "100").param("scoreFairlyGood", "85")
                .param("scoreAverage", "70").param("scorePoor", "50").param("indicators", "甲|x"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("第1行无法识别")));
        mvc.perform(get("/api/v1/indicator-sets").with(user(admin))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == '" + code + "')].indicators[0].name").value("甲"));
        mvc.perform(post("/api/v1/indicator-sets").with(user(admin)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + code + "\",\"name\":\"接口指标\",\"basis\":\"测试\",\"scale\":{\"good\":100,"
                        + "\"fairlyGood\":80,\"average\":60,\"poor\":40},\"indicators\":[{\"name\":\"丙\",\"kind\":\"FOCUS\","
                        + "\"weight\":2}]}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(2));
        mvc.perform(post("/api/v1/indicator-sets/assignments").with(user(admin)).with(csrf()).param("setId", "nope"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/api/v1/indicator-sets/assignments").with(user(admin)).with(csrf()).param("setId", "auto")
                .param("unitId", String.valueOf(root))).andExpect(status().isOk()).andExpect(jsonPath("$.assigned").value(0));
    }
}
