package cn.zhishi.assessment.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhishi.assessment.AnnualGradeForm;
import cn.zhishi.assessment.AnnualGrades;
import cn.zhishi.assessment.Grade;
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
import cn.zhishi.report.GradeConstraintKind;
import cn.zhishi.report.GradeConstraints;
import cn.zhishi.security.Role;
import cn.zhishi.security.ZhishiPrincipal;
import cn.zhishi.shared.InvalidInputException;
import cn.zhishi.shared.NotFoundException;
import cn.zhishi.support.Fixtures;
import cn.zhishi.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AnnualAssessmentIntegrationTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired OrgService org;
    @Autowired CadreService cadres;
    @Autowired AnnualGrades grades;
    @Autowired GradeConstraints constraints;
    @Autowired AnnualAssessments annual;
    @Autowired AnnualConsequences consequences;
    @Autowired cn.zhishi.eligibility.Eligibility eligibility;
    @Autowired MockMvc mvc;
    @Autowired Clock clock;

    record Town(ZhishiPrincipal admin, ZhishiPrincipal assessor, long unit, long principal, long deputy1, long deputy2,
            long staff1, long staff2, int year) {
    }

    /** 青石镇: principal (优秀 the two years before), two deputies, two staff (one 基本称职 last year, one red-carded). */
    Town town() {
        long root = Fixtures.rootUnit(jdbc, "年考县");
        ZhishiPrincipal admin = Fixtures.orgAdmin(root);
        ZhishiPrincipal assessor = Fixtures.principal("kaohe-test", Set.of(Role.ASSESSOR), Set.of(root));
        int year = LocalDate.now(clock).getYear() - 1;
        return Fixtures.as(admin, () -> {
            long town = org.createUnit(new UnitCommand(root, Fixtures.uniqueCode("TN"), "青石镇", NodeType.UNIT,
                    UnitDomain.PARTY_GOVERNMENT, UnitClass.TOWNSHIP, "TOWNSHIP", 1));
            long head = org.createPost(town, new PostCommand(Fixtures.uniqueCode("P"), "党委书记", "SECTION_CHIEF", null,
                    TeamRole.PRINCIPAL, 1, Set.of(), 1));
            long dep = org.createPost(town, new PostCommand(Fixtures.uniqueCode("P"), "副镇长", "SECTION_DEPUTY", null,
                    TeamRole.DEPUTY, 4, Set.of(), 2));
            long p = cadre(town, "书记甲", head);
            long d1 = cadre(town, "副职乙", dep);
            long d2 = cadre(town, "副职丙", dep);
            long s1 = cadre(town, "干部丁", null);
            long s2 = cadre(town, "干部戊", null);
            grades.record(p, new AnnualGradeForm(year - 2, Grade.EXCELLENT, null), "MANUAL");
            grades.record(p, new AnnualGradeForm(year - 1, Grade.EXCELLENT, null), "MANUAL");
            grades.record(s1, new AnnualGradeForm(year - 1, Grade.BASIC, null), "MANUAL");
            constraints.record(s2, year, GradeConstraintKind.NOT_EXCELLENT, "RedCardBarsExcellent",
                    "[001] 被红牌警告的干部当年考核不能评为“优秀”", "红牌警告 " + year + "-06-01");
            return new Town(admin, assessor, town, p, d1, d2, s1, s2, year);
        });
    }

    long cadre(long unit, String name, Long postId) {
        long id = cadres.register(Fixtures.cadreForm(unit, name, LocalDate.of(1980, 3, 4), Gender.MALE));
        if (postId != null) {
            TenureForm t = new TenureForm();
            t.setPostId(postId);
            t.setStartDate(LocalDate.of(2018, 1, 1));
            cadres.appoint(id, t);
        }
        return id;
    }

    void scores(Town t, long cadre, int score) {
        Fixtures.as(t.assessor(), () -> {
            annual.enterScores(idOf(t), cadre, BigDecimal.valueOf(score), BigDecimal.valueOf(score));
            return null;
        });
    }

    long idOf(Town t) {
        return jdbc.queryForObject("select id from annual_assessment where unit_id = ?", Long.class, t.unit());
    }

    void as(ZhishiPrincipal p, Runnable r) {
        Fixtures.as(p, () -> {
            r.run();
            return null;
        });
    }

    @Test
    void aQuotaViolationIsRefusedWithItsReasonFixedApprovedAndTheConsequencesRecorded() throws Exception {
        Town t = town();
        long id = Fixtures.as(t.assessor(), () -> annual.open(t.unit(), t.year()));
        scores(t, t.principal(), 95);
        scores(t, t.deputy1(), 95);
        scores(t, t.deputy2(), 92);
        scores(t, t.staff1(), 65);
        scores(t, t.staff2(), 91);

        Board b = Fixtures.as(t.assessor(), () -> annual.board(id));
        assertThat(b.members()).hasSize(5);
        assertThat(b.members().get(0).name()).isEqualTo("书记甲");
        assertThat(b.members().get(0).principal()).isTrue();
        Board.MemberRow first = b.members().get(0);
        assertThat(first.composite()).isEqualByComparingTo("95");   // only leader + organisation present
        assertThat(first.parts()).filteredOn(CompositeScore.Part::missing).extracting(CompositeScore.Part::source)
                .contains(CompositeSource.MONTHLY_REPORTS, CompositeSource.KEY_PROJECTS);
        assertThat(b.teamScore()).isEqualByComparingTo("87.60");
        assertThat(b.teamGrade()).isEqualTo(TeamGrade.GOOD);
        assertThat(b.quota().used()).isEqualTo(4);
        assertThat(b.quota().allowed()).isEqualTo(1);   // 良好: 5 × 20 % = 1

        // refused: quota and the red card, each named with its source
        assertThatThrownBy(() -> as(t.assessor(), () -> annual.propose(id)))
                .isInstanceOf(ConstraintsViolated.class)
                .satisfies(e -> {
                    String why = (String) ((ConstraintsViolated) e).args()[0];
                    // the rules by their names, in the language of the request (none here: the JVM's)
                    assertThat(why).containsAnyOf("优秀等次比例", "Excellent quota").contains("[003]")
                            .containsAnyOf("亮红牌，不得评优", "A red card bars Excellent").contains("[001]");
                });
        assertThat(Fixtures.as(t.assessor(), () -> annual.board(id)).status()).isEqualTo(AssessmentStatus.DRAFT);

        // a grade other than the proposal needs a reason
        assertThatThrownBy(() -> as(t.assessor(), () -> annual.setGrade(id, t.deputy1(), Grade.COMPETENT, " ")))
                .isInstanceOf(InvalidInputException.class);
        as(t.assessor(), () -> annual.setTeamGrade(id, TeamGrade.EXCELLENT, "重点工作全市第一"));
        as(t.assessor(), () -> annual.setGrade(id, t.deputy1(), Grade.COMPETENT, "优秀名额"));
        as(t.assessor(), () -> annual.setGrade(id, t.deputy2(), Grade.COMPETENT, "优秀名额"));

        // tolerance: recorded is not enough, approved removes the red card
        long constraintId = Fixtures.as(t.assessor(), () -> annual.board(id)).members().stream()
                .filter(m -> m.cadreId() == t.staff2()).findFirst().orElseThrow().constraints().get(0).id();
        long tolerance = Fixtures.as(t.assessor(), () -> annual.recordTolerance(id, constraintId, "改革创新中的失误，经认定予以容错"));
        assertThat(Fixtures.as(t.assessor(), () -> annual.board(id)).violations())
                .extracting(Board.CheckedViolation::rule).contains("RedCardBarsExcellent", "ExcellentQuota");
        as(t.admin(), () -> annual.approveTolerance(id, tolerance));
        Board fixed = Fixtures.as(t.assessor(), () -> annual.board(id));
        assertThat(fixed.violations()).extracting(Board.CheckedViolation::rule).containsExactly("ExcellentQuota");
        assertThat(fixed.quota().used()).isEqualTo(2);
        assertThat(fixed.quota().allowed()).isEqualTo(1);   // 优秀 team: 5 × 30 % = 1.5, floor → 1
        as(t.assessor(), () -> annual.setGrade(id, t.staff2(), Grade.COMPETENT, "优秀名额"));
        assertThat(Fixtures.as(t.assessor(), () -> annual.board(id)).violations()).isEmpty();

        // the procedure, each step on the audit record
        as(t.assessor(), () -> annual.propose(id));
        assertThatThrownBy(() -> as(t.assessor(), () -> annual.review(id)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        as(t.admin(), () -> annual.review(id));
        as(t.admin(), () -> annual.decide(id, "县委常委会第3次会议", LocalDate.now(clock), DecisionOutcome.APPROVED));

        assertThat(jdbc.queryForObject("select grade from annual_grade where cadre_id = ? and grade_year = ?", String.class,
                t.principal(), t.year())).isEqualTo("EXCELLENT");
        assertThat(jdbc.queryForObject("select grade from annual_grade where cadre_id = ? and grade_year = ?", String.class,
                t.staff1(), t.year())).isEqualTo("BASIC");
        assertThat(jdbc.queryForObject("select grade from annual_team_grade where unit_id = ? and grade_year = ?",
                String.class, t.unit(), t.year())).isEqualTo("EXCELLENT");
        assertThat(consequences.of(t.principal())).extracting(AnnualConsequences.Recorded::kind)
                .contains(ConsequenceKind.COMMENDATION, ConsequenceKind.THIRD_CLASS_MERIT);
        assertThat(consequences.of(t.staff1())).extracting(AnnualConsequences.Recorded::kind)
                .contains(ConsequenceKind.CAUTION, ConsequenceKind.ORGANISATIONAL_ADJUSTMENT, ConsequenceKind.NO_PROMOTION);
        assertThat(consequences.noPromotionUntil(List.of(t.staff1(), t.staff2()), LocalDate.of(t.year() + 1, 6, 1)))
                .containsOnlyKeys(t.staff1()).containsValue(LocalDate.of(t.year() + 1, 12, 31));
        // eligibility reads the recorded window, once (it is the 基本称职 grade's own window)
        cn.zhishi.eligibility.policy.Verdict v = Fixtures.as(t.admin(), () -> eligibility.verdict(t.staff1(), null,
                "SECTION_DEPUTY", LocalDate.of(t.year() + 1, 6, 1)));
        assertThat(v.results()).filteredOn(r -> r.rule().equals("NoActiveInfluencePeriod")).singleElement()
                .satisfies(r -> assertThat(r.reasons()).hasSize(1));
        assertThat(consequences.forCadre(t.staff1())).singleElement()
                .satisfies(block -> assertThat(block.lines()).anyMatch(l -> l.contains("[003]")));

        byte[] pdf = Fixtures.as(t.admin(), () -> annual.feedbackPdf(id));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        as(t.admin(), () -> annual.feedBack(id, null));
        as(t.admin(), () -> annual.circulate(id, null));
        assertThat(Fixtures.as(t.admin(), () -> annual.board(id)).status()).isEqualTo(AssessmentStatus.CIRCULATED);
        assertThatThrownBy(() -> as(t.assessor(), () -> annual.setGrade(id, t.staff1(), Grade.COMPETENT, "x")))
                .hasMessage("annual.refused.notDraft");

        for (String action : List.of("assessment.annual.open", "assessment.annual.grade", "assessment.annual.teamGrade",
                "assessment.annual.tolerance.record", "assessment.annual.tolerance.approve", "assessment.annual.propose",
                "assessment.annual.review", "assessment.annual.decide", "assessment.annual.feedback",
                "assessment.annual.circulate", "assessment.annual.consequence")) {
            assertThat(jdbc.queryForObject("select count(*) from audit_record where action = ?", Integer.class, action))
                    .as(action).isPositive();
        }
    }

    @Test
    void theBoardPageAndTheApiShowTheCheckAndRefuseBadInputAsProblemDetails() throws Exception {
        Town t = town();
        long id = Fixtures.as(t.assessor(), () -> annual.open(t.unit(), t.year()));
        scores(t, t.staff2(), 95);
        mvc.perform(get("/assessment/annual/{id}", id).with(user(t.assessor())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"quota\"")))
                .andExpect(content().string(Matchers.containsString("RedCardBarsExcellent")))
                .andExpect(content().string(Matchers.containsString("btn-propose")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("btn-review"))));
        mvc.perform(post("/assessment/annual/{id}/propose", id).with(user(t.assessor())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/annual-assessments/{id}", id).with(user(t.admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members.length()").value(5))
                .andExpect(jsonPath("$.violations[0].rule").value("RedCardBarsExcellent"));
        mvc.perform(put("/api/v1/annual-assessments/{id}/members/{c}/grade", id, t.staff2())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"grade\":\"BASIC\"}")
                        .with(user(t.admin())).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/annual-assessments/{id}/propose", id).with(user(t.admin())).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("尚未确定等次")));
        for (long c : List.of(t.principal(), t.deputy1(), t.deputy2(), t.staff1())) {
            as(t.assessor(), () -> annual.setGrade(id, c, Grade.COMPETENT, "无评分来源，按平时掌握"));
        }
        mvc.perform(post("/api/v1/annual-assessments/{id}/propose", id).with(user(t.admin())).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("亮红牌，不得评优")));
        mvc.perform(post("/api/v1/annual-assessments").contentType(MediaType.APPLICATION_JSON).content("{}")
                        .with(user(t.admin())).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/annual-assessments/rulebook").with(user(t.assessor())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("JINAN-2022"))
                .andExpect(jsonPath("$.rounding").value("FLOOR"))
                .andExpect(jsonPath("$.sources.ExcellentQuota").value(Matchers.containsString("不超过30%")));
        ZhishiPrincipal stranger = Fixtures.orgAdmin(Fixtures.rootUnit(jdbc, "别县"));
        mvc.perform(get("/api/v1/annual-assessments/{id}", id).with(user(stranger))).andExpect(status().isNotFound());
        assertThatThrownBy(() -> Fixtures.as(stranger, () -> annual.board(id))).isInstanceOf(NotFoundException.class);
    }
}
