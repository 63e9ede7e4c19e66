package cn.zhishi.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhishi.assessment.AnnualGradeForm;
import cn.zhishi.assessment.AnnualGrades;
import cn.zhishi.assessment.Grade;
import cn.zhishi.cadre.CadreService;
import cn.zhishi.cadre.EducationForm;
import cn.zhishi.cadre.Gender;
import cn.zhishi.cadre.StudyMode;
import cn.zhishi.cadre.TenureForm;
import cn.zhishi.eligibility.policy.RuleResult;
import cn.zhishi.eligibility.policy.Verdict;
import cn.zhishi.org.KeyPostKind;
import cn.zhishi.org.NodeType;
import cn.zhishi.org.OrgService;
import cn.zhishi.org.PostCommand;
import cn.zhishi.org.TeamRole;
import cn.zhishi.org.UnitClass;
import cn.zhishi.org.UnitCommand;
import cn.zhishi.org.UnitDomain;
import cn.zhishi.security.ZhishiPrincipal;
import cn.zhishi.shared.InvalidInputException;
import cn.zhishi.support.Fixtures;
import cn.zhishi.support.IntegrationTest;
import java.time.LocalDate;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A hand-built county: a bureau (局长 vacant, 副局长, 财务科长, 科员) and a township (党委书记, 副乡长 ×3, 科员),
 * cadres with known facts, and what screening, verdicts and appointments make of them.
 */
@IntegrationTest
class EligibilityIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired OrgService org;
    @Autowired CadreService cadres;
    @Autowired AnnualGrades grades;
    @Autowired EligibilityRecords records;
    @Autowired Eligibility eligibility;
    @Autowired Kinship kinship;
    @Autowired EligibilityData data;

    final LocalDate today = LocalDate.now();
    long root, bureau, town, chiefPost, bureauDeputyPost, financePost, bureauStaffPost, secretaryPost, townDeputyPost, townStaffPost;
    long ready, recent, basic, negative, bureauDeputy, bureauClerk, clerksSpouse, secretary, secretarysSon, deputysBrother;
    ZhishiPrincipal admin;

    @BeforeEach
    void county() {
        root = Fixtures.rootUnit(jdbc, "筛查县");
        admin = Fixtures.orgAdmin(root);
        Fixtures.as(admin, () -> {
            bureau = org.createUnit(new UnitCommand(root, Fixtures.uniqueCode("B"), "县财政局", NodeType.UNIT,
                    UnitDomain.PARTY_GOVERNMENT, UnitClass.PARTY_ADMINISTRATION, "SECTION", 1));
            town = org.createUnit(new UnitCommand(root, Fixtures.uniqueCode("T"), "青石镇", NodeType.UNIT,
                    UnitDomain.PARTY_GOVERNMENT, UnitClass.TOWNSHIP, "TOWNSHIP", 2));
            chiefPost = post(bureau, "局长", "SECTION_CHIEF", TeamRole.PRINCIPAL, 1, Set.of());
            bureauDeputyPost = post(bureau, "副局长", "SECTION_DEPUTY", TeamRole.DEPUTY, 3, Set.of());
            financePost = post(bureau, "财务科科长", "SECTION_DEPUTY", null, 1, Set.of(KeyPostKind.FINANCE));
            bureauStaffPost = post(bureau, "科员", "STAFF", null, 10, Set.of());
            secretaryPost = post(town, "党委书记", "SECTION_CHIEF", TeamRole.PRINCIPAL, 1, Set.of());
            townDeputyPost = post(town, "副镇长", "SECTION_DEPUTY", TeamRole.DEPUTY, 6, Set.of());
            townStaffPost = post(town, "科员", "STAFF", null, 10, Set.of());
            ready = cadre(town, "甲合格", townDeputyPost, today.minusYears(4), Grade.COMPETENT);
            recent = cadre(town, "乙新任", townDeputyPost, today.minusYears(1), Grade.EXCELLENT);
            basic = cadre(town, "丙基本", townDeputyPost, today.minusYears(4), Grade.COMPETENT);
            grades.record(basic, new AnnualGradeForm(today.getYear() - 1, Grade.BASIC, "测评不佳"), "MANUAL");
            negative = cadre(town, "丁负面", townDeputyPost, today.minusYears(4), Grade.EXCELLENT);
            bureauDeputy = cadre(bureau, "戊副局", bureauDeputyPost, today.minusYears(5), Grade.EXCELLENT);
            bureauClerk = cadre(bureau, "己科员", bureauStaffPost, today.minusYears(3), Grade.COMPETENT);
            clerksSpouse = cadre(town, "庚配偶", townDeputyPost, today.minusYears(4), Grade.COMPETENT);
            secretary = cadre(town, "辛书记", secretaryPost, today.minusYears(2), Grade.COMPETENT);
            secretarysSon = cadre(town, "壬之子", townStaffPost, today.minusYears(2), Grade.COMPETENT);
            deputysBrother = cadre(bureau, "癸兄弟", bureauStaffPost, today.minusYears(2), Grade.COMPETENT);
            NegativeHitForm hit = new NegativeHitForm();
            hit.setSituationCode("N04");
            hit.setEvidence("防汛部署未按时落实");
            hit.setSource("县委督查室通报");
            hit.setFoundOn(today.minusMonths(2));
            records.recordNegativeHit(negative, hit);
            link(bureauClerk, clerksSpouse, "SPOUSE");
            link(secretarysSon, secretary, "FATHER");
            link(bureauDeputy, deputysBrother, "BROTHER");
            return null;
        });
    }

    private long post(long unit, String title, String level, TeamRole role, int holders, Set<KeyPostKind> keys) {
        return org.createPost(unit, new PostCommand(Fixtures.uniqueCode("P"), title, level, null, role, holders, keys, 1));
    }

    private long cadre(long unit, String name, long postId, LocalDate since, Grade grade) {
        long id = cadres.register(Fixtures.cadreForm(unit, name, LocalDate.of(1984, 5, 6), Gender.MALE));
        EducationForm e = new EducationForm();
        e.setStudyMode(StudyMode.FULL_TIME);
        e.setEducationLevel("20");
        e.setSchool("省师范大学");
        cadres.addEducation(id, e);
        appoint(id, postId, since);
        for (int y = today.getYear() - 4; y < today.getYear(); y++) {
            grades.record(id, new AnnualGradeForm(y, grade, null), "MANUAL");
        }
        return id;
    }

    private long appoint(long cadreId, long postId, LocalDate since) {
        TenureForm t = new TenureForm();
        t.setPostId(postId);
        t.setStartDate(since);
        return cadres.appoint(cadreId, t);
    }

    private void link(long cadreId, long relativeId, String relation) {
        KinshipLinkForm f = new KinshipLinkForm();
        f.setRelativeCadreId(relativeId);
        f.setRelation(relation);
        records.link(cadreId, f);
    }

    @Test
    void screeningTheCountyForTheBureauChiefRanksTheEligibleAndGroupsTheOthersByRule() {
        Eligibility.Screening s = Fixtures.as(admin, () -> eligibility.screen(chiefPost, root, today));
        // a lateral move (the township secretary) is not a promotion and passes the promotion rules
        assertThat(s.eligible()).extracting(Verdict::cadreId).containsExactly(ready, secretary);
        assertThat(s.ineligibleByRule().get("MinimumYearsInLowerPost")).extracting(Verdict::cadreId).containsExactly(recent);
        assertThat(s.ineligibleByRule().get("AnnualGradesAtLeastCompetent")).extracting(Verdict::cadreId).containsExactly(basic);
        assertThat(s.ineligibleByRule().get("NoActiveInfluencePeriod")).extracting(Verdict::cadreId).containsExactly(basic);
        assertThat(s.ineligibleByRule().get("NotOnNegativeList")).extracting(Verdict::cadreId).containsExactly(negative);
        // the clerk's spouse would lead the bureau the clerk works in; the deputy would lead his brother
        assertThat(s.ineligibleByRule().get("KinshipAvoidance")).extracting(Verdict::cadreId)
                .containsExactlyInAnyOrder(clerksSpouse, bureauDeputy);
        // outside the candidate field: judged by the level step alone in screening ...
        assertThat(s.ineligibleByRule().get("PromotesOneStepAtATime")).extracting(Verdict::cadreId)
                .contains(bureauClerk, secretarysSon, deputysBrother);
        Verdict outside = s.ineligibleByRule().get("PromotesOneStepAtATime").stream()
                .filter(v -> v.cadreId() == deputysBrother).findFirst().orElseThrow();
        assertThat(outside.failures()).extracting(RuleResult::rule).containsExactly("PromotesOneStepAtATime");
        // ... while the cadre's own verdict shows every rule: he would also join his brother's team
        Verdict own = Fixtures.as(admin, () -> eligibility.verdict(deputysBrother, chiefPost, null, today));
        assertThat(own.failures()).extracting(RuleResult::rule).contains("PromotesOneStepAtATime", "KinshipAvoidance");
        assertThat(s.screened()).isEqualTo(10);
        assertThat(s.profileCode()).isEqualTo("NATIONAL_2019");
    }

    @Test
    void theCityScaleFactLoadingGivesTheSameScreeningAsTheJoinedOne() {
        Eligibility.Screening joined = Fixtures.as(admin, () -> eligibility.screen(chiefPost, root, today));
        int was = data.bulkFrom;
        data.bulkFrom = 1;
        try {
            Eligibility.Screening bulk = Fixtures.as(admin, () -> eligibility.screen(chiefPost, root, today));
            assertThat(bulk.screened()).isEqualTo(joined.screened());
            assertThat(bulk.eligible()).isEqualTo(joined.eligible());
            assertThat(bulk.ineligibleByRule()).isEqualTo(joined.ineligibleByRule());
        } finally {
            data.bulkFrom = was;
        }
    }

    private static MockHttpServletRequestBuilder postTo(String uri, Object... vars) {
        return MockMvcRequestBuilders.post(uri, vars);
    }

    @Test
    void theOrganisationDepartmentChoosesTheProfileOnAPageAndTheChoiceIsAudited() throws Exception {
        mvc.perform(get("/eligibility/profiles").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("LOCAL_DONGYING")))
                .andExpect(content().string(Matchers.containsString("未选定，适用默认方案")));
        mvc.perform(postTo("/eligibility/profiles").param("unitId", String.valueOf(root)).param("profileCode", "NO_SUCH")
                        .with(user(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("请选择一个已配置的资格条件方案")));
        try {
            mvc.perform(postTo("/eligibility/profiles").param("unitId", String.valueOf(root)).param("profileCode", "LOCAL_DONGYING")
                            .with(user(admin)).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("选定")));
            assertThat(jdbc.queryForObject("select profile_code from eligibility_profile_choice where unit_id = ?", String.class,
                    root)).isEqualTo("LOCAL_DONGYING");
            assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'eligibility.profile.choose' "
                    + "and entity_id = ?", Long.class, String.valueOf(root))).isPositive();
            Verdict v = Fixtures.as(admin, () -> eligibility.verdict(recent, chiefPost, null, today));
            assertThat(v.profileCode()).isEqualTo("LOCAL_DONGYING");
        } finally {
            jdbc.update("delete from eligibility_profile_choice where unit_id = ?", root);
        }
    }

    @Test
    void aNegativeListHitIsWithdrawnFromTheProfileWithAReason() throws Exception {
        NegativeHitForm hit = new NegativeHitForm();
        hit.setSituationCode("N04");
        hit.setEvidence("误记：应为他人");
        hit.setSource("信访");
        hit.setFoundOn(today.minusMonths(1));
        long id = Fixtures.as(admin, () -> records.recordNegativeHit(ready, hit));
        mvc.perform(postTo("/cadres/{id}/negative-hits/{h}/withdraw", ready, id).param("reason", " ")
                        .with(user(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("is-invalid")));
        mvc.perform(postTo("/cadres/{id}/negative-hits/{h}/withdraw", ready, id).param("reason", "认定有误，经核实撤销")
                        .with(user(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("认定有误，经核实撤销")));
        Verdict v = Fixtures.as(admin, () -> eligibility.verdict(ready, chiefPost, null, today));
        assertThat(v.eligible()).isTrue();
    }

    @Test
    void theVerdictSaysUntilWhenAndTheJurisdictionCanChooseTheStricterLocalProfile() {
        Verdict v = Fixtures.as(admin, () -> eligibility.verdict(recent, chiefPost, null, today));
        assertThat(v.eligible()).isFalse();
        assertThat(v.curesOn()).isEqualTo(today.minusYears(1).plusYears(2));

        Verdict national = Fixtures.as(admin, () -> eligibility.verdict(secretarysSon, null, "SECTION_DEPUTY", today));
        assertThat(national.failures()).extracting(r -> r.rule()).doesNotContain("MinimumYearsInLowerPost");
        jdbc.update("insert into eligibility_profile_choice (unit_id, profile_code, chosen_by, chosen_at) "
                + "values (?, 'LOCAL_DONGYING', 'test', current_timestamp)", root);
        try {
            Verdict local = Fixtures.as(admin, () -> eligibility.verdict(secretarysSon, null, "SECTION_DEPUTY", today));
            assertThat(local.profileCode()).isEqualTo("LOCAL_DONGYING");
            assertThat(local.failures()).extracting(r -> r.rule()).contains("MinimumYearsInLowerPost");
            assertThat(local.curesOn()).isEqualTo(today.minusYears(2).plusYears(3));
        } finally {
            jdbc.update("delete from eligibility_profile_choice where unit_id = ?", root);
        }
    }

    @Test
    void aTenureThatWouldPutABrotherInTheFinanceOfficeTheDeputyHelpsLeadIsRefusedWithTheReason() {
        assertThatThrownBy(() -> Fixtures.as(admin, () -> appoint(deputysBrother, financePost, today)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .anySatisfy(p -> {
                            assertThat(p.code()).isEqualTo("kinship.appointment.refused");
                            assertThat(p.args()[0]).isEqualTo("戊副局");
                        }));
        assertThat(jdbc.queryForObject("select count(*) from tenure where cadre_id = ? and post_id = ?", Integer.class,
                deputysBrother, financePost)).isZero();
    }

    @Test
    void existingConflictsAreListedForTheJurisdiction() {
        var conflicts = Fixtures.as(admin, () -> kinship.existingConflictsIn(
                new cn.zhishi.org.Jurisdiction(java.util.List.of(jdbc.queryForObject(
                        "select path from org_unit where id = ?", String.class, root))), today));
        assertThat(conflicts).anySatisfy(k -> {
            assertThat(Set.of(k.cadreId(), k.relativeId())).containsExactlyInAnyOrder(secretary, secretarysSon);
            assertThat(k.check()).isEqualTo("DIRECT_SUBORDINATION");
            assertThat(k.category()).isEqualTo("LINEAL");
        });
    }

    @Test
    void gradesAreAuditedAndTheApiAndPagesExplainTheVerdict() throws Exception {
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'assessment.grade.record' "
                + "and entity_id = ?", Integer.class, String.valueOf(basic))).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'assessment.grade.correct' "
                + "and entity_id = ?", Integer.class, String.valueOf(basic))).isEqualTo(1);
        mvc.perform(get("/api/v1/cadres/{id}/eligibility", basic).param("postId", String.valueOf(chiefPost))
                        .param("as_of", today.toString()).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict.eligible").value(false))
                .andExpect(jsonPath("$.failures[0].rule").value("AnnualGradesAtLeastCompetent"))
                .andExpect(jsonPath("$.failures[0].curesOn").value(LocalDate.of(today.getYear() + 3, 1, 1).toString()));
        mvc.perform(get("/cadres/{id}/eligibility", basic).param("postId", String.valueOf(chiefPost)).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("基本称职")));
        mvc.perform(get("/cadres/{id}/eligibility-section", basic).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(LocalDate.of(today.getYear(), 12, 31).toString())));
        mvc.perform(get("/cadres/{id}/annual-grades", basic).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("测评不佳")))
                // last year's 基本称职 closes this year: the window is marked as in force, none as over
                .andExpect(content().string(Matchers.containsString("影响期内")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("已结束"))));
        mvc.perform(get("/eligibility/screening").param("postId", String.valueOf(chiefPost))
                        .param("unitId", String.valueOf(root)).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("甲合格")));
        mvc.perform(get("/eligibility/screening.xlsx").param("postId", String.valueOf(chiefPost))
                        .param("unitId", String.valueOf(root)).with(user(admin)))
                .andExpect(status().isOk());
        mvc.perform(get("/eligibility/kinship-conflicts").with(user(admin))).andExpect(status().isOk());
        ZhishiPrincipal outsider = Fixtures.orgAdmin(Fixtures.rootUnit(jdbc, "别县"));
        mvc.perform(get("/api/v1/cadres/{id}/eligibility", basic).param("level", "SECTION_CHIEF").with(user(outsider)))
                .andExpect(status().isNotFound());
    }
}
