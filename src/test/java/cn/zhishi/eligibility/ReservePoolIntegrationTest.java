package cn.zhishi.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import cn.zhishi.eligibility.ReserveMember.Stage;
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

/** Two township deputies enter the reserve pool; one later receives a negative-list hit. */
@IntegrationTest
class ReservePoolIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired OrgService org;
    @Autowired CadreService cadres;
    @Autowired AnnualGrades grades;
    @Autowired ReservePool pool;
    @Autowired EligibilityRecords records;

    final LocalDate today = LocalDate.now();
    long root, ready, recent;
    ZhishiPrincipal admin;

    @BeforeEach
    void town() {
        root = Fixtures.rootUnit(jdbc, "后备县");
        admin = Fixtures.orgAdmin(root);
        Fixtures.as(admin, () -> {
            long town = org.createUnit(new UnitCommand(root, Fixtures.uniqueCode("T"), "桃源镇", NodeType.UNIT,
                    UnitDomain.PARTY_GOVERNMENT, UnitClass.TOWNSHIP, "TOWNSHIP", 1));
            long deputy = org.createPost(town, new PostCommand(Fixtures.uniqueCode("P"), "副镇长", "SECTION_DEPUTY", null,
                    TeamRole.DEPUTY, 6, Set.of(), 1));
            ready = cadre(town, "甲后备", deputy, today.minusYears(4));
            recent = cadre(town, "乙新任", deputy, today.minusYears(1));
            return null;
        });
    }

    private long cadre(long unit, String name, long postId, LocalDate since) {
        long id = cadres.register(Fixtures.cadreForm(unit, name, LocalDate.of(1986, 7, 8), Gender.MALE));
        EducationForm e = new EducationForm();
        e.setStudyMode(StudyMode.FULL_TIME);
        e.setEducationLevel("20");
        e.setSchool("省财经大学");
        cadres.addEducation(id, e);
        TenureForm t = new TenureForm();
        t.setPostId(postId);
        t.setStartDate(since);
        cadres.appoint(id, t);
        for (int y = today.getYear() - 4; y < today.getYear(); y++) {
            grades.record(id, new AnnualGradeForm(y, Grade.COMPETENT, null), "MANUAL");
        }
        return id;
    }

    private ReserveForm entry(long cadreId, String source) {
        ReserveForm f = new ReserveForm();
        f.setCadreId(cadreId);
        f.setTargetLevel("SECTION_CHIEF");
        f.setSource(source);
        f.setSourceNote("2025年度人选筛查");
        return f;
    }

    private <T> T as(java.util.function.Supplier<T> work) {
        return Fixtures.as(admin, work);
    }

    @Test
    void membersFollowThePipelineWithHistoryAndTheReviewFlagsTheIneligible() {
        long a = as(() -> pool.enter(entry(ready, "SCREENING")));
        assertThatThrownBy(() -> as(() -> pool.enter(entry(recent, "SCREENING")))).isInstanceOf(DomainRuleException.class)
                .hasMessage("reserve.refused.ineligible");
        long b = as(() -> pool.enter(entry(recent, "NOMINATION")));
        assertThatThrownBy(() -> as(() -> pool.enter(entry(ready, "NOMINATION")))).isInstanceOf(DomainRuleException.class)
                .hasMessage("reserve.refused.alreadyMember");
        assertThatThrownBy(() -> as(() -> {
            pool.inspect(a, " ");
            return null;
        })).isInstanceOf(InvalidInputException.class);
        as(() -> {
            pool.inspect(a, "列入年度考察计划");
            return null;
        });
        assertThatThrownBy(() -> as(() -> {
            pool.inspect(a, "again");
            return null;
        })).isInstanceOf(DomainRuleException.class).hasMessage("reserve.refused.transition");
        assertThat(as(() -> pool.list(new ReservePool.Filter(Stage.CANDIDATE, null, null, null))))
                .extracting(ReservePool.Member::id).containsExactly(a);

        // first review: the newly appointed deputy is not yet ready; then a negative-list hit for the other
        ReservePool.Review r1 = as(() -> pool.review(today));
        assertThat(r1.flagged()).containsExactly(b);
        NegativeHitForm hit = new NegativeHitForm();
        hit.setSituationCode("N07");
        hit.setEvidence("重点项目长期滞后");
        hit.setSource("县委督查通报");
        hit.setFoundOn(today);
        as(() -> records.recordNegativeHit(ready, hit));
        ReservePool.Review r2 = as(() -> pool.review(today));
        assertThat(r2.reviewed()).isEqualTo(2);
        assertThat(r2.flagged()).containsExactlyInAnyOrder(a, b);
        ReservePool.Member flagged = as(() -> pool.get(a));
        assertThat(flagged.flagged()).isTrue();
        assertThat(flagged.flagReasons()).isNotBlank();
        assertThat(as(() -> pool.list(new ReservePool.Filter(null, null, true, null)))).extracting(ReservePool.Member::id)
                .containsExactlyInAnyOrder(a, b);

        as(() -> {
            pool.revoke(a, "列入负面清单");
            return null;
        });
        assertThat(as(() -> pool.history(a))).extracting(ReservePool.Event::action)
                .containsExactly("ENTER", "INSPECT", "REVIEW_FLAG", "REVOKE");
        assertThat(as(() -> pool.history(a)).get(3).actor()).isEqualTo(admin.username());
        assertThat(jdbc.queryForObject("select count(*) from audit_record where entity_type = 'ReserveMember' and entity_id = ?",
                Long.class, String.valueOf(a))).isEqualTo(3);   // enter, inspect, revoke
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'reserve.review'", Long.class))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void pagesAndApi() throws Exception {
        mvc.perform(get("/eligibility/reserve").param("cadreId", String.valueOf(ready)).param("level", "SECTION_CHIEF")
                        .param("from", "SCREENING").with(user(admin)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("reserve-enter")));
        mvc.perform(post("/eligibility/reserve").param("cadreId", String.valueOf(ready)).param("targetLevel", "SECTION_CHIEF")
                        .param("source", "ANNUAL_RESULT").param("sourceNote", "").with(user(admin)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("is-invalid")));
        String location = mvc.perform(post("/eligibility/reserve").param("cadreId", String.valueOf(ready))
                        .param("targetLevel", "SECTION_CHIEF").param("source", "ANNUAL_RESULT").param("sourceNote", "连续两年优秀")
                        .with(user(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/eligibility/reserve/{id}/inspect", id).param("reason", "").with(user(admin)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("is-invalid")));
        mvc.perform(post("/eligibility/reserve/{id}/appoint", id).param("reason", "x").with(user(admin)).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(post("/eligibility/reserve/{id}/inspect", id).param("reason", "考察").with(user(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/eligibility/reserve/{id}", id).with(user(admin)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("连续两年优秀")))
                .andExpect(content().string(Matchers.containsString("考察")));
        mvc.perform(get("/eligibility/reserve").param("stage", "CANDIDATE").param("source", "ANNUAL_RESULT").with(user(admin)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("甲后备")));
        mvc.perform(post("/eligibility/reserve/review").param("asOf", today.toString()).with(user(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/v1/reserve/{id}/appoint", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"任命为镇长\"}").with(user(admin)).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/reserve/{id}/revoke", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"x\"}").with(user(admin)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/reserve/{id}", id).with(user(admin)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.member.stage").value("APPOINTED"))
                .andExpect(jsonPath("$.history.length()").value(3));
        ZhishiPrincipal stranger = Fixtures.orgAdmin(Fixtures.rootUnit(jdbc, "外县"));
        mvc.perform(get("/eligibility/reserve/{id}", id).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/reserve/{id}", id).with(user(stranger))).andExpect(status().isNotFound());
    }
}
