package cn.zhishi.cadre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhishi.org.NodeType;
import org.hamcrest.Matchers;
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
import cn.zhishi.support.StatementCounter;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class CadreRegistryIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrgService org;
    @Autowired
    CadreService cadres;
    @Autowired
    CadreQueries queries;

    long root;
    long townA;
    long townB;
    long secretaryPost;
    long deputyPost;
    ZhishiPrincipal admin;

    @BeforeEach
    void county() {
        root = Fixtures.rootUnit(jdbc, "测试县");
        admin = Fixtures.orgAdmin(root);
        Fixtures.as(admin, () -> {
            townA = org.createUnit(new UnitCommand(root, Fixtures.uniqueCode("TA"), "甲乡", NodeType.UNIT,
                    UnitDomain.PARTY_GOVERNMENT, UnitClass.TOWNSHIP, "TOWNSHIP", 1));
            townB = org.createUnit(new UnitCommand(root, Fixtures.uniqueCode("TB"), "乙乡", NodeType.UNIT,
                    UnitDomain.PARTY_GOVERNMENT, UnitClass.TOWNSHIP, "TOWNSHIP", 2));
            secretaryPost = org.createPost(townA, new PostCommand(Fixtures.uniqueCode("P"), "党委书记", "SECTION_CHIEF",
                    null, TeamRole.PRINCIPAL, 1, Set.of(), 1));
            deputyPost = org.createPost(townA, new PostCommand(Fixtures.uniqueCode("P"), "副乡长", "SECTION_DEPUTY",
                    null, TeamRole.DEPUTY, 2, Set.of(), 2));
            return null;
        });
    }

    private long register(long unitId, String name) {
        return Fixtures.as(admin, () -> cadres.register(Fixtures.cadreForm(unitId, name, LocalDate.of(1984, 5, 6),
                Gender.MALE)));
    }

    @Test
    void aFileWithSeveralMistakesIsRefusedWholeAndNothingIsSaved() {
        CadreForm f = Fixtures.cadreForm(townA, "王五", LocalDate.of(1984, 5, 6), Gender.MALE);
        f.setIdNumber(f.getIdNumber().substring(0, 17) + (f.getIdNumber().charAt(17) == '0' ? '1' : '0'));
        f.setPartyJoinDate(LocalDate.of(2000, 1, 1));
        Integer before = jdbc.queryForObject("select count(*) from cadre", Integer.class);
        assertThatThrownBy(() -> Fixtures.as(admin, () -> cadres.register(f)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.code())
                        .containsExactlyInAnyOrder("idNumber:cadre.idNumber.CHECKSUM", "partyJoinDate:cadre.partyJoin.beforeEighteen"));
        assertThat(jdbc.queryForObject("select count(*) from cadre", Integer.class)).isEqualTo(before);
    }

    @Test
    void theIdNumberIsStoredEncryptedAndShownMaskedToThoseWhoMayNotSeeIt() throws Exception {
        long id = register(townA, "赵六");
        String stored = jdbc.queryForObject("select id_number_cipher from cadre where id = ?", String.class, id);
        assertThat(stored).startsWith("A1:").doesNotContain("19840506");
        ZhishiPrincipal assessor = Fixtures.principal("assessor-t", Set.of(Role.ASSESSOR), Set.of(root));
        mvc.perform(get("/api/v1/cadres/{id}", id).with(user(assessor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.idNumber").value(Matchers.matchesPattern("\\d{6}\\*{8}\\d{3}[\\dX]")))
                .andExpect(jsonPath("$.phone").value("138****1234"));
        mvc.perform(get("/api/v1/cadres/{id}", id).with(user(admin)))
                .andExpect(jsonPath("$.idNumber").value(Matchers.matchesPattern("\\d{6}19840506\\d{3}[\\dX]")));
    }

    @Test
    void theApiAnswersProblemDetailsListingEveryFieldError() throws Exception {
        mvc.perform(post("/api/v1/cadres").with(user(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\":" + townA + ",\"name\":\"\",\"gender\":\"MALE\",\"ethnicity\":\"99\","
                                + "\"birthDate\":\"1984-05-06\",\"idNumber\":\"123\",\"cadreType\":\"GENERAL\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].code").value("validation.required"))
                .andExpect(jsonPath("$.errors[?(@.field == 'idNumber')].code").value("cadre.idNumber.FORMAT"))
                .andExpect(jsonPath("$.errors[?(@.field == 'ethnicity')].code").value("validation.dictionary"))
                .andExpect(jsonPath("$.errors[?(@.field == 'idNumber')].message").value("身份证号应为18位：前17位数字，最后一位数字或X"));
    }

    @Test
    void thePageShowsTheMessageNextToTheFieldAndKeepsWhatWasTyped() throws Exception {
        String html = mvc.perform(post("/cadres/new").with(user(admin)).with(csrf())
                        .param("unitId", String.valueOf(townA)).param("name", "孙七").param("gender", "MALE")
                        .param("ethnicity", "01").param("birthDate", "1984-05-06").param("idNumber", "522601198405060015")
                        .param("cadreType", "GENERAL").param("nativePlace", "贵州雷山"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("身份证号校验位不正确").contains("is-invalid").contains("贵州雷山").contains("孙七");
    }

    @Test
    void aSolePostRefusesASecondHolderAndAPostForTwoTakesTwo() {
        long a = register(townA, "甲");
        long b = register(townA, "乙");
        long c = register(townA, "丙");
        Fixtures.as(admin, () -> cadres.appoint(a, tenure(secretaryPost, "2021-03-01")));
        assertThatThrownBy(() -> Fixtures.as(admin, () -> cadres.appoint(b, tenure(secretaryPost, "2022-01-01"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(p -> p.code()).containsExactly("tenure.postFull"));
        Fixtures.as(admin, () -> cadres.appoint(b, tenure(deputyPost, "2022-01-01")));
        Fixtures.as(admin, () -> cadres.appoint(c, tenure(deputyPost, "2022-02-01")));
        assertThatThrownBy(() -> Fixtures.as(admin, () -> cadres.appoint(a, tenure(deputyPost, "2023-01-01"))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theUnitTreeAndTheUnitPageShowTeamsPostsHoldersAndVacancies() throws Exception {
        long secretary = register(townA, "吴书记");
        Fixtures.as(admin, () -> cadres.appoint(secretary, tenure(secretaryPost, "2021-03-01")));
        String tree = mvc.perform(get("/units").with(user(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(tree).contains("测试县").contains("甲乡").contains("乙乡");
        String unit = mvc.perform(get("/units/{id}", townA).with(user(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(unit).contains("党委书记").contains("吴书记").contains("副乡长").contains("空缺");
        mvc.perform(get("/units/{id}", townB).with(user(Fixtures.principal("reviewer-a2", Set.of(Role.UNIT_REVIEWER),
                Set.of(townA))))).andExpect(status().isNotFound());
    }

    @Test
    void aUserOfOneTownshipCannotSeeAnotherTownshipsCadreAndGetsNotFound() throws Exception {
        long inB = register(townB, "钱八");
        ZhishiPrincipal reviewerA = Fixtures.principal("reviewer-a", Set.of(Role.UNIT_REVIEWER), Set.of(townA));
        mvc.perform(get("/cadres/{id}", inB).with(user(reviewerA))).andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.not(Matchers.containsString("钱八"))));
        mvc.perform(get("/api/v1/cadres/{id}", inB).with(user(reviewerA))).andExpect(status().isNotFound());
        CadreFilter all = new CadreFilter();
        all.setSize(200);
        assertThat(Fixtures.as(reviewerA, () -> queries.page(all)).rows()).extracting(CadreRow::id).doesNotContain(inB);
        assertThat(Fixtures.as(admin, () -> queries.page(all)).rows()).extracting(CadreRow::id).contains(inB);
    }

    @Test
    void theRosterFiltersByUnitAgeAndTeamRole() {
        long secretary = register(townA, "书记甲");
        long other = register(townB, "干部乙");
        Fixtures.as(admin, () -> cadres.appoint(secretary, tenure(secretaryPost, "2021-03-01")));
        CadreFilter f = new CadreFilter();
        f.setTeamRole(TeamRole.PRINCIPAL);
        f.setUnitId(root);
        assertThat(Fixtures.as(admin, () -> queries.page(f)).rows()).extracting(CadreRow::id).containsExactly(secretary);
        CadreFilter byUnit = new CadreFilter();
        byUnit.setUnitId(townB);
        assertThat(Fixtures.as(admin, () -> queries.page(byUnit)).rows()).extracting(CadreRow::id).containsExactly(other);
        CadreFilter young = new CadreFilter();
        young.setUnitId(root);
        young.setAgeMax(30);
        assertThat(Fixtures.as(admin, () -> queries.page(young)).rows()).isEmpty();
    }

    @Test
    void theRostersPagingAndExportLinksKeepTheFilters() throws Exception {
        for (int i = 0; i < 22; i++) {
            register(townA, "翻页" + i);
        }
        String html = mvc.perform(get("/cadres").param("unitId", String.valueOf(townA)).param("gender", "MALE")
                        .with(user(admin))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("/cadres/export.xlsx?unitId=" + townA + "&amp;gender=MALE")
                .contains("/cadres?unitId=" + townA + "&amp;gender=MALE&amp;page=1");
    }

    @Test
    void everyChangeToAFileIsInItsHistory() throws Exception {
        long id = register(townA, "周九");
        EducationForm e = new EducationForm();
        e.setStudyMode(StudyMode.FULL_TIME);
        e.setEducationLevel("20");
        e.setDegree("3");
        e.setSchool("贵州大学");
        e.setMajor("经济管理");
        Fixtures.as(admin, () -> cadres.addEducation(id, e));
        assertThat(jdbc.queryForList("select action from audit_record where entity_type = 'Cadre' and entity_id = ? order by seq",
                String.class, String.valueOf(id))).containsExactly("cadre.register", "cadre.education.add");
        String html = mvc.perform(get("/cadres/{id}", id).with(user(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("贵州大学").contains("经济管理").contains("orgadmin-test");
    }

    @Test
    void pagesCostAFixedNumberOfStatementsHoweverManyRowsTheyShow() throws Exception {
        for (int i = 0; i < 3; i++) {
            register(townA, "少" + i);
        }
        long few = statementsFor("/cadres?unitId=" + townA);
        for (int i = 0; i < 12; i++) {
            long id = register(townA, "多" + i);
            LocalDate start = LocalDate.of(2010, 1, 1).plusDays(3L * i);
            Fixtures.as(admin, () -> cadres.appoint(id, tenure(deputyPost, start.toString(), start.plusDays(1).toString())));
        }
        assertThat(statementsFor("/cadres?unitId=" + townA)).isEqualTo(few);
        long profileId = register(townA, "档案");
        long profile = statementsFor("/cadres/" + profileId);
        Fixtures.as(admin, () -> {
            cadres.appoint(profileId, tenure(deputyPost, "2012-01-01", "2012-01-02"));
            cadres.appoint(profileId, tenure(secretaryPost, "2009-01-01", "2009-01-02"));
            return null;
        });
        assertThat(statementsFor("/cadres/" + profileId)).isEqualTo(profile);
        long unitPage = statementsFor("/units/" + townA);
        Fixtures.as(admin, () -> org.createPost(townA, new PostCommand(Fixtures.uniqueCode("P"), "科员", "STAFF", null,
                null, 5, Set.of(), 3)));
        assertThat(statementsFor("/units/" + townA)).isEqualTo(unitPage);
    }

    /** Statements of the second request, so that warmed caches (dictionaries) do not count. */
    private long statementsFor(String url) throws Exception {
        mvc.perform(get(url).with(user(admin))).andExpect(status().isOk());
        StatementCounter.reset();
        mvc.perform(get(url).with(user(admin))).andExpect(status().isOk());
        return StatementCounter.statements();
    }

    private static TenureForm tenure(long postId, String start) {
        return tenure(postId, start, null);
    }

    private static TenureForm tenure(long postId, String start, String end) {
        TenureForm t = new TenureForm();
        t.setPostId(postId);
        t.setStartDate(LocalDate.parse(start));
        t.setEndDate(end == null ? null : LocalDate.parse(end));
        return t;
    }
}
