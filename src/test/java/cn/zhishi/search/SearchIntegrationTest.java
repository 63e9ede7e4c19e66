package cn.zhishi.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhishi.cadre.CadreService;
import cn.zhishi.eligibility.ReserveForm;
import cn.zhishi.eligibility.ReservePool;
import cn.zhishi.cadre.Gender;
import cn.zhishi.cadre.ResumeEntryForm;
import cn.zhishi.org.Jurisdictions;
import cn.zhishi.org.NodeType;
import cn.zhishi.org.OrgService;
import cn.zhishi.org.TeamRole;
import cn.zhishi.org.UnitClass;
import cn.zhishi.org.UnitCommand;
import cn.zhishi.org.UnitDomain;
import cn.zhishi.org.PostCommand;
import cn.zhishi.security.ZhishiPrincipal;
import cn.zhishi.shared.InvalidInputException;
import cn.zhishi.support.Fixtures;
import cn.zhishi.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Search correctness on a small hand-built county: words, conditions, facets, jurisdiction, following edits. */
@IntegrationTest
class SearchIntegrationTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired OrgService org;
    @Autowired CadreService cadres;
    @Autowired CadreSearch search;
    @Autowired SearchIndex index;
    @Autowired Jurisdictions jurisdictions;
    @Autowired ReservePool pool;
    @Autowired MockMvc mvc;

    long root;
    long town;
    String townCode;
    ZhishiPrincipal admin;
    long wang;
    long li;
    long zhao;
    long post;

    @BeforeEach
    void county() {
        root = Fixtures.rootUnit(jdbc, "检索县");
        admin = Fixtures.orgAdmin(root);
        Fixtures.as(admin, () -> {
            townCode = Fixtures.uniqueCode("ST");
            town = org.createUnit(new UnitCommand(root, townCode, "检索乡", NodeType.UNIT,
                    UnitDomain.PARTY_GOVERNMENT, UnitClass.TOWNSHIP, "TOWNSHIP", 1));
            post = org.createPost(town, new PostCommand(Fixtures.uniqueCode("P"), "党委书记", "SECTION_CHIEF", null,
                    TeamRole.PRINCIPAL, 1, Set.of(), 1));
            return null;
        });
        LocalDate today = LocalDate.now();
        wang = register(town, "王检索", today.minusYears(38), Gender.MALE, "负责经济管理和招商引资工作");
        li = register(town, "李检索", today.minusYears(48), Gender.FEMALE, "从事经济工作，后调管理岗位，长期在乡镇工作");
        zhao = register(root, "赵检索", today.minusYears(30), Gender.MALE, "在县直机关从事文秘工作");
        int lastYear = today.getYear() - 1;
        jdbc.update("insert into annual_grade (cadre_id, grade_year, grade, source, recorded_by, recorded_at) values (?,?,'EXCELLENT','MANUAL','test',?)", wang, lastYear, java.time.OffsetDateTime.now());
        jdbc.update("insert into annual_grade (cadre_id, grade_year, grade, source, recorded_by, recorded_at) values (?,?,'BASIC','MANUAL','test',?)", li, lastYear, java.time.OffsetDateTime.now());
        jdbc.update("insert into annual_grade (cadre_id, grade_year, grade, source, recorded_by, recorded_at) values (?,?,'COMPETENT','MANUAL','test',?)", zhao, lastYear, java.time.OffsetDateTime.now());
        jdbc.update("insert into performance_record (cadre_id, report_month, text, grade) values (?,?,?,'GOOD')", li,
                today.withDayOfMonth(1).minusMonths(1), "推进桃源乡乡村振兴示范点建设");
        jdbc.update("insert into talk_note (cadre_id, noted_on, kind, author, text) values (?,?,'TALK','组织部',?)", zhao,
                today.minusDays(3), "谈心谈话：熟悉党建工作");
        // rows written straight to the tables (as a bulk load does) are indexed by an explicit update
        index.update(List.of(wang, li, zhao));
    }

    private long register(long unit, String name, LocalDate birth, Gender gender, String resume) {
        return Fixtures.as(admin, () -> {
            long id = cadres.register(Fixtures.cadreForm(unit, name, birth, gender));
            ResumeEntryForm r = new ResumeEntryForm();
            r.setStartDate(birth.plusYears(23));
            r.setDescription(resume);
            cadres.addResumeEntry(id, r);
            return id;
        });
    }

    private List<Long> ids(SearchForm f) {
        return Fixtures.as(admin, () -> search.search(f, Locale.SIMPLIFIED_CHINESE))
                .hits().stream().map(SearchResult.Hit::id).toList();
    }

    private static SearchForm q(String q) {
        SearchForm f = new SearchForm();
        f.setQ(q);
        return f;
    }

    @Test
    void aPhraseMatchesOnlyWhereItStandsAsWritten() {
        assertThat(ids(q("经济管理"))).containsExactly(wang);
        assertThat(ids(q("招商引资"))).containsExactly(wang);
        assertThat(ids(q("乡镇"))).containsExactly(li);
        assertThat(ids(q("经济"))).containsExactlyInAnyOrder(wang, li);
        assertThat(ids(q("经济 乡镇"))).containsExactly(li);
    }

    @Test
    void phrasesAreFoundWhereSmartcnWouldSplitThemDifferently() {
        assertThat(ids(q("乡村振兴"))).containsExactly(li);
        assertThat(ids(q("党建工作"))).containsExactly(zhao);
        assertThat(ids(q("王检索"))).containsExactly(wang);
    }

    @Test
    void snippetsMarkTheWordsEscaped() {
        SearchResult r = Fixtures.as(admin, () -> search.search(q("招商引资"), Locale.SIMPLIFIED_CHINESE));
        assertThat(r.hits().get(0).snippets()).anyMatch(s -> s.html().contains("<mark>招商引资</mark>"));
    }

    @Test
    void snippetsSayWhichRecordTheyComeFromByKindAndDate() {
        LocalDate month = LocalDate.now().withDayOfMonth(1).minusMonths(1);
        SearchResult r = Fixtures.as(admin, () -> search.search(q("乡村振兴"), Locale.SIMPLIFIED_CHINESE));
        assertThat(r.hits().get(0).snippets()).extracting(SearchResult.Snippet::source)
                .containsExactly(month.getYear() + "年" + month.getMonthValue() + "月 月度纪实");
        r = Fixtures.as(admin, () -> search.search(q("党建工作"), Locale.SIMPLIFIED_CHINESE));
        assertThat(r.hits().get(0).snippets()).extracting(SearchResult.Snippet::source)
                .containsExactly("谈话记录 " + LocalDate.now().minusDays(3));
        r = Fixtures.as(admin, () -> search.search(q("招商引资"), Locale.SIMPLIFIED_CHINESE));
        assertThat(r.hits().get(0).snippets()).extracting(SearchResult.Snippet::source)
                .containsExactly("简历 " + LocalDate.now().minusYears(38).plusYears(23).toString().substring(0, 7));
    }

    @Test
    void reservePoolMembershipIsAConditionThatFollowsThePool() {
        SearchForm f = q("检索");
        f.setReserve(true);
        assertThat(ids(f)).isEmpty();
        long member = Fixtures.as(admin, () -> {
            ReserveForm r = new ReserveForm();
            r.setCadreId(li);
            r.setTargetLevel("SECTION_CHIEF");
            r.setSource("NOMINATION");
            r.setSourceNote("乡党委推荐");
            return pool.enter(r);
        });
        assertThat(ids(f)).containsExactly(li);
        Fixtures.as(admin, () -> {
            pool.inspect(member, "列为考察对象");
            return null;
        });
        assertThat(ids(f)).containsExactly(li);
        Fixtures.as(admin, () -> {
            pool.revoke(member, "本人申请退出");
            return null;
        });
        assertThat(ids(f)).isEmpty();
    }

    @Test
    void renamingAUnitReindexesItsCadres() {
        Fixtures.as(admin, () -> {
            org.describeUnit(town, new UnitCommand(root, townCode, "检索镇", NodeType.UNIT, UnitDomain.PARTY_GOVERNMENT,
                    UnitClass.WINDOW_SERVICE, "TOWNSHIP", 1));
            return null;
        });
        SearchResult r = Fixtures.as(admin, () -> search.search(q("王检索"), Locale.SIMPLIFIED_CHINESE));
        assertThat(r.hits()).extracting(SearchResult.Hit::unitName).containsExactly("检索镇");
        SearchForm f = q("检索");
        f.setUnitClass("WINDOW_SERVICE");
        assertThat(ids(f)).containsExactlyInAnyOrder(wang, li);
    }

    @Test
    void movingAUnitReindexesTheCadresOfItsWholeSubtree() {
        long[] area = new long[1];
        Fixtures.as(admin, () -> {
            area[0] = org.createUnit(new UnitCommand(root, Fixtures.uniqueCode("SA"), "检索片区", NodeType.REGION, null, null,
                    null, 2));
            org.moveUnit(town, area[0]);
            return null;
        });
        SearchForm f = q("检索");
        f.setUnitId(area[0]);
        assertThat(ids(f)).containsExactlyInAnyOrder(wang, li);
        ZhishiPrincipal areaAdmin = Fixtures.orgAdmin(area[0]);
        assertThat(Fixtures.as(areaAdmin, () -> search.search(q("检索"), Locale.SIMPLIFIED_CHINESE)).hits())
                .extracting(SearchResult.Hit::id).containsExactlyInAnyOrder(wang, li);
        assertThatThrownBy(() -> Fixtures.as(admin, () -> {
            org.moveUnit(area[0], town);
            return null;
        })).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theExportOfASearchHoldsOnlyCadresOfTheUsersJurisdiction() throws Exception {
        ZhishiPrincipal townOnly = Fixtures.orgAdmin(town);
        byte[] xlsx = mvc.perform(get("/search/export.xlsx").param("q", "检索").with(user(townOnly)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> names = new java.util.ArrayList<>();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                if (sheet.getRow(i) != null && sheet.getRow(i).getCell(0) != null) {
                    names.add(sheet.getRow(i).getCell(0).getStringCellValue());
                }
            }
        }
        assertThat(names).containsExactlyInAnyOrder("王检索", "李检索");
        // the whole county's admin gets the county-level cadre too
        byte[] all = mvc.perform(get("/search/export.xlsx").param("q", "检索").with(user(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(all))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(3);
        }
    }

    @Test
    void conditionsNarrowTheMatches() {
        SearchForm f = q("检索");
        f.setGender("FEMALE");
        assertThat(ids(f)).containsExactly(li);

        f = q("检索");
        f.setAgeMax(39);
        assertThat(ids(f)).containsExactlyInAnyOrder(wang, zhao);
        f.setAgeMin(35);
        assertThat(ids(f)).containsExactly(wang);

        f = q("检索");
        f.setExcellentInThreeYears(true);
        assertThat(ids(f)).containsExactly(wang);

        f = q("检索");
        f.setNoGradeBelowCompetent(true);
        assertThat(ids(f)).containsExactlyInAnyOrder(wang, zhao);

        f = q("检索");
        f.setUnitId(town);
        assertThat(ids(f)).containsExactlyInAnyOrder(wang, li);

        f = q("检索");
        f.setUnitClass("TOWNSHIP");
        assertThat(ids(f)).containsExactlyInAnyOrder(wang, li);
    }

    @Test
    void facetsCountEveryMatch() {
        SearchResult r = Fixtures.as(admin, () -> search.search(q("检索"), Locale.SIMPLIFIED_CHINESE));
        assertThat(r.total()).isEqualTo(3);
        assertThat(r.facets().get("unit")).extracting(SearchResult.FacetValue::label, SearchResult.FacetValue::count)
                .contains(tuple("检索乡", 2L), tuple("检索县", 1L));
        assertThat(r.facets().get("grade")).extracting(SearchResult.FacetValue::code, SearchResult.FacetValue::count)
                .containsExactlyInAnyOrder(tuple("EXCELLENT", 1L),
                        tuple("BASIC", 1L),
                        tuple("COMPETENT", 1L));
        assertThat(r.facets().get("ageBand")).extracting(SearchResult.FacetValue::code)
                .containsExactly("0", "1", "3");
    }

    @Test
    void nobodyOutsideTheJurisdictionIsFound() {
        ZhishiPrincipal townOnly = Fixtures.orgAdmin(town);
        List<Long> found = Fixtures.as(townOnly, () -> search.search(q("检索"), Locale.SIMPLIFIED_CHINESE))
                .hits().stream().map(SearchResult.Hit::id).toList();
        assertThat(found).containsExactlyInAnyOrder(wang, li);
        ZhishiPrincipal elsewhere = Fixtures.orgAdmin(Fixtures.rootUnit(jdbc, "别县"));
        assertThat(Fixtures.as(elsewhere, () -> search.search(q("检索"), Locale.SIMPLIFIED_CHINESE)).total()).isZero();
    }

    @Test
    void anEditedResumeIsFoundAtOnce() {
        assertThat(ids(q("量子农业"))).isEmpty();
        Fixtures.as(admin, () -> {
            ResumeEntryForm r = new ResumeEntryForm();
            r.setStartDate(LocalDate.now().minusYears(1));
            r.setDescription("牵头量子农业试点");
            return cadres.addResumeEntry(zhao, r);
        });
        assertThat(ids(q("量子农业"))).containsExactly(zhao);
    }

    @Test
    void anImpossibleAgeRangeIsRefusedWithAFieldMessage() {
        SearchForm f = new SearchForm();
        f.setAgeMin(50);
        f.setAgeMax(40);
        assertThatThrownBy(() -> Fixtures.as(admin, () -> search.search(f, Locale.SIMPLIFIED_CHINESE)))
                .isInstanceOf(InvalidInputException.class);
    }
}
