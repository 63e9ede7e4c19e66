package cn.zhishi.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhishi.assessment.AnnualGradeForm;
import cn.zhishi.assessment.AnnualGrades;
import cn.zhishi.assessment.Grade;
import cn.zhishi.cadre.CadreService;
import cn.zhishi.cadre.EducationForm;
import cn.zhishi.cadre.Gender;
import cn.zhishi.cadre.StudyMode;
import cn.zhishi.cadre.TenureForm;
import cn.zhishi.org.NodeType;
import cn.zhishi.org.OrgService;
import cn.zhishi.org.PostCommand;
import cn.zhishi.org.TeamRole;
import cn.zhishi.org.UnitClass;
import cn.zhishi.org.UnitCommand;
import cn.zhishi.org.UnitDomain;
import cn.zhishi.security.ZhishiPrincipal;
import cn.zhishi.shared.DomainRuleException;
import cn.zhishi.shared.InvalidInputException;
import cn.zhishi.shared.NotFoundException;
import cn.zhishi.support.Fixtures;
import cn.zhishi.support.IntegrationTest;
import java.time.LocalDate;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A town with three deputies ready for the vacant bureau chief's post and one who is not. */
@IntegrationTest
class VacancyIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired OrgService org;
    @Autowired CadreService cadres;
    @Autowired AnnualGrades grades;
    @Autowired Vacancies vacancies;

    final LocalDate today = LocalDate.now();
    long root, chiefPost, a, b, c, recent;
    ZhishiPrincipal admin;

    @BeforeEach
    void town() {
        root = Fixtures.rootUnit(jdbc, "空缺县");
        admin = Fixtures.orgAdmin(root);
        Fixtures.as(admin, () -> {
            long bureau = org.createUnit(new UnitCommand(root, Fixtures.uniqueCode("B"), "县商务局", NodeType.UNIT,
                    UnitDomain.PARTY_GOVERNMENT, UnitClass.PARTY_ADMINISTRATION, "SECTION", 1));
            long town = org.createUnit(new UnitCommand(root, Fixtures.uniqueCode("T"), "柳河镇", NodeType.UNIT,
                    UnitDomain.PARTY_GOVERNMENT, UnitClass.TOWNSHIP, "TOWNSHIP", 2));
            chiefPost = org.createPost(bureau, new PostCommand(Fixtures.uniqueCode("P"), "局长", "SECTION_CHIEF", null,
                    TeamRole.PRINCIPAL, 1, Set.of(), 1));
            long deputy = org.createPost(town, new PostCommand(Fixtures.uniqueCode("P"), "副镇长", "SECTION_DEPUTY", null,
                    TeamRole.DEPUTY, 6, Set.of(), 1));
            a = cadre(town, "甲一", deputy, today.minusYears(4), Grade.EXCELLENT);
            b = cadre(town, "乙二", deputy, today.minusYears(5), Grade.COMPETENT);
            c = cadre(town, "丙三", deputy, today.minusYears(6), Grade.COMPETENT);
            recent = cadre(town, "丁新", deputy, today.minusYears(1), Grade.COMPETENT);
            return null;
        });
    }

    private long cadre(long unit, String name, long postId, LocalDate since, Grade grade) {
        long id = cadres.register(Fixtures.cadreForm(unit, name, LocalDate.of(1985, 3, 4), Gender.FEMALE));
        EducationForm e = new EducationForm();
        e.setStudyMode(StudyMode.FULL_TIME);
        e.setEducationLevel("20");
        e.setSchool("省农业大学");
        cadres.addEducation(id, e);
        TenureForm t = new TenureForm();
        t.setPostId(postId);
        t.setStartDate(since);
        cadres.appoint(id, t);
        for (int y = today.getYear() - 4; y < today.getYear(); y++) {
            grades.record(id, new AnnualGradeForm(y, grade, null), "MANUAL");
        }
        return id;
    }

    private long open() {
        VacancyForm f = new VacancyForm();
        f.setPostId(chiefPost);
        f.setReason("原局长到龄退休");
        return Fixtures.as(admin, () -> vacancies.open(f));
    }

    private void add(long id, long cadreId) {
        Fixtures.as(admin, () -> {
            vacancies.addCandidate(id, cadreId);
            return null;
        });
    }

    private long audited(String action, long id) {
        return jdbc.queryForObject("select count(*) from audit_record where action = ? and entity_type = 'Vacancy' "
                + "and entity_id = ?", Long.class, action, String.valueOf(id));
    }

    @Test
    void twoCandidatesNeedARecordedExceptionAndIneligibleCadresAreRefused() {
        long id = open();
        add(id, a);
        add(id, b);
        assertThatThrownBy(() -> add(id, recent)).isInstanceOf(DomainRuleException.class)
                .hasMessage("vacancy.refused.ineligible");
        assertThatThrownBy(() -> add(id, a)).isInstanceOf(DomainRuleException.class).hasMessage("vacancy.refused.duplicate");
        assertThatThrownBy(() -> Fixtures.as(admin, () -> {
            vacancies.submit(id, null);
            return null;
        })).isInstanceOf(DomainRuleException.class).hasMessage("vacancy.refused.tooFew");
        Fixtures.as(admin, () -> {
            vacancies.submit(id, "本地同类岗位人选不足，经部务会研究");
            return null;
        });
        Vacancies.View v = Fixtures.as(admin, () -> vacancies.get(id));
        assertThat(v.status()).isEqualTo(Vacancy.Status.SUBMITTED);
        assertThat(v.exceptionReason()).isEqualTo("本地同类岗位人选不足，经部务会研究");
        assertThatThrownBy(() -> Fixtures.as(admin, () -> {
            vacancies.close(id, " ");
            return null;
        })).isInstanceOf(InvalidInputException.class);
        Fixtures.as(admin, () -> {
            vacancies.close(id, "已按程序任用");
            return null;
        });
        assertThat(Fixtures.as(admin, () -> vacancies.get(id)).status()).isEqualTo(Vacancy.Status.CLOSED);
        assertThat(audited("vacancy.open", id)).isEqualTo(1);
        assertThat(audited("vacancy.candidate.add", id)).isEqualTo(2);
        assertThat(audited("vacancy.submit", id)).isEqualTo(1);
        assertThat(audited("vacancy.close", id)).isEqualTo(1);
    }

    @Test
    void threeEligibleGoForwardAndTheComparisonAndRecommendationAreOnRecord() {
        long id = open();
        add(id, a);
        add(id, b);
        add(id, c);
        VacancyForm r = new VacancyForm();
        r.setCadreId(a);
        r.setRecommender("王书记");
        r.setRecommenderPost("县商务局党组书记");
        r.setStatement("政治坚定，熟悉商务工作");
        r.setRecommendedOn(today);
        Fixtures.as(admin, () -> vacancies.recommend(id, r));
        var rows = Fixtures.as(admin, () -> vacancies.comparison(id));
        assertThat(rows).extracting(Vacancies.Comparison::cadreId).containsExactly(a, b, c);
        Vacancies.Comparison first = rows.get(0);
        assertThat(first.age()).isEqualTo(java.time.Period.between(LocalDate.of(1985, 3, 4), today).getYears());
        assertThat(first.yearsInPost()).isEqualTo(4);
        assertThat(first.grades()).containsExactly(Grade.EXCELLENT, Grade.EXCELLENT, Grade.EXCELLENT);
        assertThat(first.education()).isEqualTo("20");
        assertThat(first.recommendations()).isEqualTo(1);
        assertThat(first.eligibleNow()).isTrue();
        var recs = Fixtures.as(admin, () -> vacancies.recommendations(id));
        assertThat(recs).singleElement().satisfies(x -> {
            assertThat(x.recommender()).isEqualTo("王书记");
            assertThat(x.cadreName()).isEqualTo("甲一");
        });
        Fixtures.as(admin, () -> {
            vacancies.submit(id, null);
            return null;
        });
        assertThat(Fixtures.as(admin, () -> vacancies.get(id)).exceptionReason()).isNull();
        assertThat(audited("vacancy.recommend", id)).isEqualTo(1);
        assertThatThrownBy(() -> Fixtures.as(admin, () -> vacancies.recommend(id, r)))
                .isInstanceOf(DomainRuleException.class).hasMessage("vacancy.refused.notOpen");
    }

    @Test
    void pagesAndApiOpenCompareRefuseAndHideOtherJurisdictions() throws Exception {
        mvc.perform(post("/eligibility/vacancies").param("postId", String.valueOf(chiefPost)).param("reason", "")
                        .with(user(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("is-invalid")));
        String location = mvc.perform(post("/eligibility/vacancies").param("postId", String.valueOf(chiefPost))
                        .param("reason", "调任他职").with(user(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/eligibility/vacancies/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/eligibility/vacancies/{id}/candidates", id).param("cadreId", String.valueOf(a))
                .with(user(admin)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/eligibility/vacancies/{id}", id).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"comparison\"")))
                .andExpect(content().string(Matchers.containsString("甲一")))
                .andExpect(content().string(Matchers.containsString("乙二")));   // offered from screening
        mvc.perform(get("/eligibility/vacancies").with(user(admin)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("调任他职")));
        mvc.perform(post("/eligibility/vacancies/{id}/submit", id).param("reason", "").with(user(admin)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("须记录例外理由")));
        mvc.perform(post("/api/v1/vacancies/{id}/candidates", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cadreId\":" + recent + "}").with(user(admin)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/vacancies").contentType(MediaType.APPLICATION_JSON).content("{\"postId\":" + chiefPost + "}")
                        .with(user(admin)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/vacancies/{id}", id).with(user(admin)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.comparison[0].cadreId").value(a));
        ZhishiPrincipal stranger = Fixtures.orgAdmin(Fixtures.rootUnit(jdbc, "别县"));
        mvc.perform(get("/eligibility/vacancies/{id}", id).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/vacancies/{id}", id).with(user(stranger))).andExpect(status().isNotFound());
        assertThatThrownBy(() -> Fixtures.as(stranger, () -> vacancies.get(id))).isInstanceOf(NotFoundException.class);
    }
}
