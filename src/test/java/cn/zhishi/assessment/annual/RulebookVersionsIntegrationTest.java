package cn.zhishi.assessment.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import cn.zhishi.support.Fixtures;
import cn.zhishi.support.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rulebook versions through the service, the API and the page. Versions created here take effect in
 * 2099, so the version in force today — what every other test's assessments pin — stays the shipped one.
 */
@IntegrationTest
class RulebookVersionsIntegrationTest {

    static final LocalDate FAR = LocalDate.of(2099, 1, 1);

    @Autowired JdbcTemplate jdbc;
    @Autowired OrgService org;
    @Autowired CadreService cadres;
    @Autowired RulebookVersions versions;
    @Autowired Rulebooks rulebooks;
    @Autowired AnnualAssessments annual;
    @Autowired MockMvc mvc;
    @Autowired Clock clock;
    @Autowired JsonMapper json;

    ZhishiPrincipal admin() {
        return Fixtures.orgAdmin(Fixtures.rootUnit(jdbc, "规则县"));
    }

    /** The newest version as a draft with a lower 优秀 share for excellent teams, taking effect in 2099. */
    RulebookDraft lowerQuota(ZhishiPrincipal admin, int percent) {
        RulebookDraft d = Fixtures.as(admin, () -> versions.startDraft());
        var q = new java.util.EnumMap<>(d.quotaPercent());
        q.put(TeamGrade.EXCELLENT, percent);
        return new RulebookDraft(d.basedOnVersion(), d.name(), d.weights(), d.cadreExcellentMin(), d.cadreCompetentMin(),
                d.cadreBasicMin(), d.teamExcellentMin(), d.teamGoodMin(), d.teamAverageMin(), q, d.rounding(), d.rules(),
                "测试文件〔2098〕" + percent + "号", d.effectiveFrom().isBefore(FAR) ? FAR : d.effectiveFrom());
    }

    @Test
    void aNewVersionTakesEffectOnItsDateAndRunningAssessmentsKeepTheirs() {
        ZhishiPrincipal admin = admin();
        long root = admin.jurisdictionUnitIds().iterator().next();
        long town = Fixtures.as(admin, () -> org.createUnit(new UnitCommand(root, Fixtures.uniqueCode("TN"), "规则镇",
                NodeType.UNIT, UnitDomain.PARTY_GOVERNMENT, UnitClass.TOWNSHIP, "TOWNSHIP", 1)));
        Fixtures.as(admin, () -> cadres.register(Fixtures.cadreForm(town, "郑伟", LocalDate.of(1980, 3, 4), Gender.MALE)));
        int year = LocalDate.now(clock).getYear() - 1;
        long assessment = Fixtures.as(admin, () -> annual.open(town, year));
        long pinned = jdbc.queryForObject("select rulebook_id from annual_assessment where id = ?", Long.class, assessment);
        RulebookVersion inForce = Fixtures.as(admin, () -> versions.versions()).stream()
                .filter(v -> v.state() == RulebookVersion.State.IN_FORCE).findFirst().orElseThrow();
        assertThat(pinned).isEqualTo(inForce.id());
        assertThat(inForce.usedBy()).extracting(RulebookVersion.Use::assessmentId).contains(assessment);

        long seqBefore = jdbc.queryForObject("select last_seq from audit_chain_head where id = 1", Long.class);
        RulebookDraft d = lowerQuota(admin, 25);
        long id = Fixtures.as(admin, () -> versions.create(d));
        RulebookVersion created = Fixtures.as(admin, () -> versions.find(id));
        assertThat(created.version()).isEqualTo(d.basedOnVersion() + 1);
        assertThat(created.state()).isEqualTo(RulebookVersion.State.PENDING);
        assertThat(created.book().quotaPercent()).containsEntry(TeamGrade.EXCELLENT, 25);
        assertThat(created.book().sources()).containsKeys(RulebookDraftRules.RULES.toArray(String[]::new));
        assertThat(created.usedBy()).isEmpty();
        // today the shipped rules still apply; from its date the new version does
        assertThat(rulebooks.current().id()).isEqualTo(inForce.id());
        assertThat(rulebooks.currentId(created.effectiveFrom().minusDays(1))).isNotEqualTo(id);
        assertThat(rulebooks.currentId(created.effectiveFrom())).isEqualTo(id);
        // the running assessment keeps its version
        assertThat(jdbc.queryForObject("select rulebook_id from annual_assessment where id = ?", Long.class, assessment))
                .isEqualTo(pinned);
        // on record, with the change
        String after = jdbc.queryForObject("select after_state from audit_record where seq > ? and action = "
                + "'assessment.rulebook.create'", String.class, seqBefore);
        assertThat(after).contains("quotaPercent[EXCELLENT]: 30 → 25", "测试文件〔2098〕25号", "2099-01-01");
        // and the version before is untouched
        assertThat(Fixtures.as(admin, () -> versions.find(inForce.id())).book().quotaPercent())
                .containsEntry(TeamGrade.EXCELLENT, inForce.book().quotaPercent().get(TeamGrade.EXCELLENT));
    }

    @Test
    void aDraftStartedBeforeAnotherVersionWasSavedIsRefusedAndNothingIsWritten() {
        ZhishiPrincipal admin = admin();
        RulebookDraft first = lowerQuota(admin, 24);
        RulebookDraft second = lowerQuota(admin, 23);
        Fixtures.as(admin, () -> versions.create(first));
        long count = jdbc.queryForObject("select count(*) from annual_rulebook", Long.class);
        assertThatThrownBy(() -> Fixtures.as(admin, () -> versions.create(second))).isInstanceOf(DomainRuleException.class)
                .hasMessage("rulebook.refused.stale");
        assertThat(jdbc.queryForObject("select count(*) from annual_rulebook", Long.class)).isEqualTo(count);
    }

    @Test
    void rulesTheNewestVersionHoldsBeyondTheGradingRulesAreCarriedIntoTheNext() {
        ZhishiPrincipal admin = admin();
        long first = Fixtures.as(admin, () -> versions.create(lowerQuota(admin, 22)));
        // as the talks of the follow-up step are: a rule another step reads, held by the version (pending, 2099)
        jdbc.update("insert into annual_rule_source (rulebook_id, rule, enabled, source) values (?, 'SomeTalkRule', true, ?)",
                first, "[003] 六项程序之五");
        RulebookDraft d = lowerQuota(admin, 21);
        assertThat(d.rules()).containsKey("SomeTalkRule");
        var rules = new java.util.LinkedHashMap<>(d.rules());
        rules.remove("SomeTalkRule");
        long next = Fixtures.as(admin, () -> versions.create(new RulebookDraft(d.basedOnVersion(), d.name(), d.weights(),
                d.cadreExcellentMin(), d.cadreCompetentMin(), d.cadreBasicMin(), d.teamExcellentMin(), d.teamGoodMin(),
                d.teamAverageMin(), d.quotaPercent(), d.rounding(), rules, d.basis(), d.effectiveFrom())));
        // left out of the draft: kept, switched off, with its text
        assertThat(jdbc.queryForMap("select enabled, source from annual_rule_source where rulebook_id = ? and rule = "
                + "'SomeTalkRule'", next)).containsEntry("enabled", false).containsEntry("source", "[003] 六项程序之五");
        assertThat(Fixtures.as(admin, () -> versions.find(next)).rules()).containsKey("SomeTalkRule");
    }

    @Test
    void theApiListsVersionsRefusesBadDraftsWithEveryProblemAndCreatesAVersion() throws Exception {
        ZhishiPrincipal admin = admin();
        mvc.perform(get("/api/v1/rulebooks").with(user(admin))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.state == 'IN_FORCE')]", Matchers.hasSize(1)))
                .andExpect(jsonPath("$[-1].book.version").value(1))
                .andExpect(jsonPath("$[-1].effectiveFrom").value("2022-07-04"));
        String draft = mvc.perform(get("/api/v1/rulebooks/draft").with(user(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        long before = jdbc.queryForObject("select count(*) from annual_rulebook", Long.class);

        // unchanged: refused
        mvc.perform(post("/api/v1/rulebooks").with(user(admin)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(draft)).andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].code").value("rulebook.unchanged"));
        // several problems at once
        var tree = (tools.jackson.databind.node.ObjectNode) json.readTree(draft);
        ((tools.jackson.databind.node.ObjectNode) tree.get("quotaPercent")).put("POOR", 50);
        tree.put("cadreBasicMin", 95);
        tree.put("name", "");
        mvc.perform(post("/api/v1/rulebooks").with(user(admin)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(tree.toString())).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("name", "cadreBasicMin",
                        "quotaPercent[POOR]")))
                .andExpect(jsonPath("$.errors[?(@.field == 'quotaPercent[POOR]')].message").value("不能高于更好班子等次的比例"));
        assertThat(jdbc.queryForObject("select count(*) from annual_rulebook", Long.class)).isEqualTo(before);

        // only an organisation admin creates
        ZhishiPrincipal leader = Fixtures.principal("leader-test", Set.of(Role.LEADER), Set.of());
        mvc.perform(get("/api/v1/rulebooks").with(user(leader))).andExpect(status().isOk());
        var ok = (tools.jackson.databind.node.ObjectNode) json.readTree(draft);
        ((tools.jackson.databind.node.ObjectNode) ok.get("weights")).put("KEY_PROJECTS", 20);
        ok.put("basis", "测试文件〔2098〕9号");
        ok.put("effectiveFrom", LocalDate.parse(ok.get("effectiveFrom").asString()).isBefore(FAR) ? FAR.toString()
                : ok.get("effectiveFrom").asString());
        mvc.perform(post("/api/v1/rulebooks").with(user(leader)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(ok.toString())).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/rulebooks").with(user(admin)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(ok.toString())).andExpect(status().isCreated())
                .andExpect(jsonPath("$.version.state").value("PENDING"))
                .andExpect(jsonPath("$.changes[0].field").value("weights[KEY_PROJECTS]"))
                .andExpect(jsonPath("$.changes[0].after").value("20"));
        // documented beside the other endpoints
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/rulebooks'].post.summary").exists())
                .andExpect(jsonPath("$.paths['/api/v1/review-campaigns/{id}/posting/withdrawal'].post.summary").exists());
    }

    @Test
    void thePagesShowVersionsChangesAndUseAndTheFormKeepsWhatWasTypedWhenRefused() throws Exception {
        ZhishiPrincipal admin = admin();
        mvc.perform(get("/assessment/rulebooks").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("rulebook-v1")))
                .andExpect(content().string(Matchers.containsString("现行")));
        long v1 = jdbc.queryForObject("select id from annual_rulebook where version = 1", Long.class);
        mvc.perform(get("/assessment/rulebooks/" + v1).with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("济南")))
                .andExpect(content().string(Matchers.containsString("首个版本")));
        mvc.perform(get("/assessment/rulebooks/new").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("尚未修改任何内容")));
        RulebookDraft d = Fixtures.as(admin, () -> versions.startDraft());
        long before = jdbc.queryForObject("select count(*) from annual_rulebook", Long.class);
        mvc.perform(form(admin, d, "")).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("is-invalid")))
                .andExpect(content().string(Matchers.containsString("value=\"88\"")))
                .andExpect(content().string(Matchers.containsString("向上取整")));
        assertThat(jdbc.queryForObject("select count(*) from annual_rulebook", Long.class)).isEqualTo(before);
        mvc.perform(form(admin, d, "测试文件〔2098〕7号")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from annual_rulebook", Long.class)).isEqualTo(before + 1);
        long id = jdbc.queryForObject("select max(id) from annual_rulebook", Long.class);
        mvc.perform(get("/assessment/rulebooks/" + id).with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("待生效")))
                .andExpect(content().string(Matchers.containsString("data-field=\"cadreExcellentMin\"")))
                .andExpect(content().string(Matchers.containsString("data-field=\"rounding\"")));
        // the live preview
        mvc.perform(post("/assessment/rulebooks/preview").with(user(admin)).with(csrf()).param("basedOnVersion", "1")
                .param("quotaPercent[POOR]", "abc")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("rulebook-preview-problems")));
    }

    /** The new-version form as a browser posts it: the draft with 优秀 from 88 and rounding up. */
    static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder form(ZhishiPrincipal admin,
            RulebookDraft d, String basis) {
        var req = post("/assessment/rulebooks").with(user(admin)).with(csrf())
                .param("basedOnVersion", String.valueOf(d.basedOnVersion())).param("name", d.name())
                .param("basis", basis).param("effectiveFrom", "2099-01-01").param("rounding", "CEILING")
                .param("cadreExcellentMin", "88").param("cadreCompetentMin", "70").param("cadreBasicMin", "60")
                .param("teamExcellentMin", "90").param("teamGoodMin", "80").param("teamAverageMin", "60");
        for (CompositeSource s : CompositeSource.values()) {
            req = req.param("weights[" + s + "]", d.weights().get(s).toPlainString());
        }
        for (TeamGrade g : TeamGrade.values()) {
            req = req.param("quotaPercent[" + g + "]", String.valueOf(d.quotaPercent().get(g)));
        }
        for (String r : RulebookDraftRules.RULES) {
            req = req.param("rules[" + r + "].enabled", "true").param("rules[" + r + "].source", d.rules().get(r).source());
        }
        return req;
    }
}
