package cn.zhishi.supervision;

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
import cn.zhishi.report.GradeConstraintKind;
import cn.zhishi.report.GradeConstraints;
import cn.zhishi.security.ZhishiPrincipal;
import cn.zhishi.support.Fixtures;
import cn.zhishi.support.IntegrationTest;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class CardEscalationIntegrationTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired OrgService org;
    @Autowired CadreService cadres;
    @Autowired Supervision supervision;
    @Autowired GradeConstraints constraints;
    @Autowired MockMvc mvc;

    @Test
    void anOverdueTaskGivesAYellowCardTheSecondARedCardAndRedBarsExcellent() throws Exception {
        long root = Fixtures.rootUnit(jdbc, "督办县");
        ZhishiPrincipal admin = Fixtures.orgAdmin(root);
        long unit = Fixtures.as(admin, () -> org.createUnit(new UnitCommand(root, Fixtures.uniqueCode("ED"), "教育局",
                NodeType.UNIT, UnitDomain.PARTY_GOVERNMENT, UnitClass.PARTY_ADMINISTRATION, "TOWNSHIP", 1)));
        long owner = Fixtures.as(admin, () -> cadres.register(Fixtures.cadreForm(unit, "赵强", LocalDate.of(1980, 1, 2),
                Gender.MALE)));
        long first = Fixtures.as(admin, () -> supervision.assign(owner, "完成校舍安全排查", LocalDate.of(2031, 3, 10)));
        long second = Fixtures.as(admin, () -> supervision.assign(owner, "上报营养餐台账", LocalDate.of(2031, 4, 10)));
        long done = Fixtures.as(admin, () -> supervision.assign(owner, "教师培训方案", LocalDate.of(2031, 3, 5)));
        Fixtures.as(admin, () -> { supervision.complete(done, LocalDate.of(2031, 3, 4)); return null; });

        assertThat(supervision.cardOverdue(LocalDate.of(2031, 3, 10))).isZero(); // due today: not yet overdue
        supervision.cardOverdue(LocalDate.of(2031, 3, 11));
        assertThat(supervision.cardsOf(owner)).extracting(Supervision.Card::colour)
                .containsExactly(Supervision.CardColour.YELLOW);
        supervision.cardOverdue(LocalDate.of(2031, 3, 12)); // the same task is carded once
        assertThat(supervision.cardsOf(owner)).hasSize(1);
        assertThat(constraints.of(owner)).noneMatch(c -> c.kind() == GradeConstraintKind.NOT_EXCELLENT);

        supervision.cardOverdue(LocalDate.of(2031, 4, 11));
        assertThat(supervision.cardsOf(owner)).extracting(Supervision.Card::colour)
                .containsExactlyInAnyOrder(Supervision.CardColour.YELLOW, Supervision.CardColour.YELLOW,
                        Supervision.CardColour.RED);
        assertThat(constraints.of(owner)).anyMatch(c -> c.year() == 2031 && c.kind() == GradeConstraintKind.NOT_EXCELLENT
                && c.rule().equals(RedCardBarsExcellent.RULE));

        // visible on the cadre profile
        mvc.perform(get("/cadres/" + owner).with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("红牌警告")))
                .andExpect(content().string(Matchers.containsString("上报营养餐台账")));
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void theSecondYellowCardIsRedOnlyOnce() {
        var rule = new SecondYellowCardIsRed();
        assertThat(rule.redCardDue(1, false)).isFalse();
        assertThat(rule.redCardDue(2, false)).isTrue();
        assertThat(rule.redCardDue(3, true)).isFalse();
    }
}
