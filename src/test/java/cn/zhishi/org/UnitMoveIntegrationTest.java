package cn.zhishi.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhishi.cadre.CadreService;
import cn.zhishi.cadre.Gender;
import cn.zhishi.security.Role;
import cn.zhishi.security.ZhishiPrincipal;
import cn.zhishi.shared.DomainRuleException;
import cn.zhishi.shared.InvalidInputException;
import cn.zhishi.shared.NotFoundException;
import cn.zhishi.support.Fixtures;
import cn.zhishi.support.IntegrationTest;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Moving a unit during a restructuring: a township department moves, with its sub-unit and cadres, from
 * one county to another; moves into its own subtree, outside the jurisdiction, of a root or of the top of
 * the user's jurisdiction are refused with their reason, through the service, the API and the page.
 */
@IntegrationTest
class UnitMoveIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrgService org;
    @Autowired
    OrgDirectory directory;
    @Autowired
    CadreService cadres;

    long city;
    long countyA;
    long countyB;
    long office;
    long section;
    ZhishiPrincipal admin;

    @BeforeEach
    void twoCounties() {
        city = Fixtures.rootUnit(jdbc, "迁移市");
        admin = Fixtures.orgAdmin(city);
        Fixtures.as(admin, () -> {
            countyA = unit(city, "甲县", NodeType.REGION);
            countyB = unit(city, "乙县", NodeType.REGION);
            office = unit(countyA, "甲县某镇党政办", NodeType.UNIT);
            section = unit(office, "综合股", NodeType.UNIT);
            cadres.register(Fixtures.cadreForm(office, "迁甲", LocalDate.of(1985, 3, 4), Gender.MALE));
            cadres.register(Fixtures.cadreForm(section, "迁乙", LocalDate.of(1988, 7, 8), Gender.FEMALE));
            return null;
        });
    }

    private long unit(long parent, String name, NodeType type) {
        return org.createUnit(new UnitCommand(parent, Fixtures.uniqueCode("MV"), name, type,
                type == NodeType.UNIT ? UnitDomain.PARTY_GOVERNMENT : null,
                type == NodeType.UNIT ? UnitClass.PARTY_ADMINISTRATION : null, null, 1));
    }

    private String path(long id) {
        return jdbc.queryForObject("select path from org_unit where id = ?", String.class, id);
    }

    private void move(ZhishiPrincipal who, long unit, Long parent) {
        Fixtures.as(who, () -> {
            org.moveUnit(unit, parent);
            return null;
        });
    }

    @Test
    void aMovedUnitTakesItsSubUnitsAlongAndTheAuditRecordHoldsTheParentBeforeAndAfter() {
        String countyBPath = path(countyB);
        move(admin, office, countyB);

        assertThat(path(office)).startsWith(countyBPath);
        assertThat(path(section)).startsWith(path(office)).isNotEqualTo(path(office));
        assertThat(jdbc.queryForObject("select depth from org_unit where id = ?", Integer.class, section))
                .isEqualTo(jdbc.queryForObject("select depth from org_unit where id = ?", Integer.class, countyB) + 2);
        assertThat(jdbc.queryForObject("select parent_id from org_unit where id = ?", Long.class, office)).isEqualTo(countyB);
        Map<String, Object> record = jdbc.queryForMap("select before_state, after_state from audit_record "
                + "where action = 'unit.move' and entity_id = ? order by seq desc limit 1", String.valueOf(office));
        assertThat((String) record.get("before_state")).contains("\"parentId\":" + countyA).contains("甲县");
        assertThat((String) record.get("after_state")).contains("\"parentId\":" + countyB).contains("乙县")
                .contains("\"subUnitsMoved\":1");
    }

    @Test
    void theMoveOptionsListWhatMovesAlongAndOfferOnlyParentsOutsideTheUnitsOwnSubtree() {
        UnitMoveOptions options = Fixtures.as(admin, () -> directory.moveOptions(office, new Jurisdiction(
                java.util.List.of(path(city)))));
        assertThat(options.movable()).isTrue();
        assertThat(options.parent().id()).isEqualTo(countyA);
        assertThat(options.subUnits()).extracting(UnitSummary::id).containsExactly(section);
        assertThat(options.cadres()).isEqualTo(2);
        assertThat(options.targets()).extracting(UnitSummary::id).containsExactly(city, countyB)
                .doesNotContain(office, section, countyA);
    }

    @Test
    void aUnitCannotBeMovedUnderItselfOrAUnitBelowIt() {
        assertThatThrownBy(() -> move(admin, office, section)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(p -> p.field() + ":" + p.code())
                        .containsExactly("parentId:org.unit.moveIntoItself"));
        assertThatThrownBy(() -> move(admin, office, office)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aUnitCannotBeMovedOutsideTheJurisdictionNorUnderItsCurrentParent() {
        long otherCity = Fixtures.rootUnit(jdbc, "别的市");
        assertThatThrownBy(() -> move(admin, office, otherCity)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(p -> p.code()).containsExactly("org.unit.move.parentOutside"));
        assertThatThrownBy(() -> move(admin, office, countyA)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(p -> p.code()).containsExactly("org.unit.move.sameParent"));
        ZhishiPrincipal countyAdmin = Fixtures.orgAdmin(countyA);
        assertThatThrownBy(() -> move(countyAdmin, office, countyB)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(p -> p.code()).containsExactly("org.unit.move.parentOutside"));
        assertThat(path(office)).startsWith(path(countyA));
    }

    @Test
    void aRootAndTheTopOfTheUsersJurisdictionCannotBeMovedAndOutsideUnitsAreNotFound() {
        assertThatThrownBy(() -> move(admin, city, countyB)).isInstanceOfSatisfying(DomainRuleException.class,
                e -> assertThat(e.code()).isEqualTo("org.unit.move.root"));
        ZhishiPrincipal countyAdmin = Fixtures.orgAdmin(countyA, countyB);
        assertThatThrownBy(() -> move(countyAdmin, countyA, countyB)).isInstanceOfSatisfying(DomainRuleException.class,
                e -> assertThat(e.code()).isEqualTo("org.unit.move.jurisdictionTop"));
        assertThat(Fixtures.as(countyAdmin, () -> directory.moveOptions(countyA, new Jurisdiction(
                java.util.List.of(path(countyA), path(countyB))))).refusal()).isEqualTo("org.unit.move.jurisdictionTop");
        ZhishiPrincipal otherAdmin = Fixtures.orgAdmin(countyB);
        assertThatThrownBy(() -> move(otherAdmin, office, countyB)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theApiMovesAndAnswersRefusalsAsProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/units/{id}/move", office).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cadres").value(2))
                .andExpect(jsonPath("$.subUnits[0].id").value(section))
                .andExpect(jsonPath("$.refusal").doesNotExist());
        mvc.perform(post("/api/v1/units/{id}/move", office).with(user(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentId\":" + section + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("parentId"))
                .andExpect(jsonPath("$.errors[0].code").value("org.unit.moveIntoItself"))
                .andExpect(jsonPath("$.errors[0].message").value("不能把单位移到它自己或它的下级单位之下"));
        mvc.perform(post("/api/v1/units/{id}/move", office).with(user(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("validation.required"));
        mvc.perform(post("/api/v1/units/{id}/move", city).with(user(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentId\":" + countyB + "}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:zhishi:rule:org.unit.move.root"));
        ZhishiPrincipal assessor = Fixtures.principal("assessor-mv", Set.of(Role.ASSESSOR), Set.of(city));
        mvc.perform(post("/api/v1/units/{id}/move", office).with(user(assessor)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentId\":" + countyB + "}"))
                .andExpect(status().isForbidden());

        mvc.perform(post("/api/v1/units/{id}/move", office).with(user(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentId\":" + countyB + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parentId").value(countyB))
                .andExpect(jsonPath("$.path").value(path(countyB) + jdbc.queryForObject(
                        "select code from org_unit where id = ?", String.class, office) + "/"));
    }

    @Test
    void thePageAsksForConfirmationBeforeMovingAndShowsARefusalNextToTheChoice() throws Exception {
        mvc.perform(get("/units/{id}/move", office).param("parentId", String.valueOf(section)).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不能把单位移到它自己或它的下级单位之下")))
                .andExpect(content().string(not(containsString("move-submit"))));
        mvc.perform(get("/units/{id}/move", office).param("parentId", String.valueOf(countyB)).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("move-submit")));
        assertThat(path(office)).startsWith(path(countyA));
        mvc.perform(post("/units/{id}/move", office).param("parentId", String.valueOf(countyB)).with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl("/units/" + office));
        assertThat(path(office)).startsWith(path(countyB));
    }
}
