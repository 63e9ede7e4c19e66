package cn.zhishi.assessment.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhishi.assessment.Grade;
import cn.zhishi.assessment.indicator.IndicatorSets;
import cn.zhishi.assessment.indicator.Rating;
import cn.zhishi.cadre.CadreFilter;
import cn.zhishi.cadre.CadreService;
import cn.zhishi.cadre.Gender;
import cn.zhishi.org.NodeType;
import cn.zhishi.org.OrgService;
import cn.zhishi.org.UnitClass;
import cn.zhishi.org.UnitCommand;
import cn.zhishi.org.UnitDomain;
import cn.zhishi.security.ZhishiPrincipal;
import cn.zhishi.shared.DomainRuleException;
import cn.zhishi.shared.InvalidInputException;
import cn.zhishi.shared.NotFoundException;
import cn.zhishi.support.Fixtures;
import cn.zhishi.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ReviewIntegrationTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired OrgService org;
    @Autowired CadreService cadres;
    @Autowired IndicatorSets sets;
    @Autowired ReviewCampaigns campaigns;
    @Autowired Voting voting;
    @Autowired MockMvc mvc;
    @Autowired Clock clock;

    record Setup(ZhishiPrincipal admin, long campaign, long alice, long bob, List<IssuedCode> staffCodes,
            List<IssuedCode> selfCodes) {
    }

    Setup campaign(String county) {
        long root = Fixtures.rootUnit(jdbc, county);
        ZhishiPrincipal admin = Fixtures.orgAdmin(root);
        long town = Fixtures.as(admin, () -> org.createUnit(new UnitCommand(root, Fixtures.uniqueCode("TN"), "青石镇",
                NodeType.UNIT, UnitDomain.PARTY_GOVERNMENT, UnitClass.TOWNSHIP, "TOWNSHIP", 1)));
        long alice = Fixtures.as(admin, () -> cadres.register(Fixtures.cadreForm(town, "周敏", LocalDate.of(1982, 1, 2),
                Gender.FEMALE)));
        long bob = Fixtures.as(admin, () -> cadres.register(Fixtures.cadreForm(town, "吴刚", LocalDate.of(1985, 6, 7),
                Gender.MALE)));
        long quarterly = Fixtures.as(admin, () -> sets.catalogue().latest("LS-QUARTERLY").orElseThrow().id());
        CadreFilter f = new CadreFilter();
        f.setUnitId(town);
        Map<RaterGroup, BigDecimal> w = new EnumMap<>(RaterGroup.class);
        w.put(RaterGroup.SELF, BigDecimal.valueOf(5));
        w.put(RaterGroup.STAFF, BigDecimal.valueOf(15));
        LocalDate today = LocalDate.now(clock);
        long id = Fixtures.as(admin, () -> campaigns.create(new CampaignCommand("一季度工作实绩评议", CampaignKind.QUARTERLY,
                quarterly, today.minusDays(1), today.plusDays(3), 30, w, f)));
        List<IssuedCode> staff = Fixtures.as(admin, () -> campaigns.issueCodes(id, RaterGroup.STAFF, 3, "http://x/vote/"));
        List<IssuedCode> self = Fixtures.as(admin, () -> campaigns.issueCodes(id, RaterGroup.SELF, 0, "http://x/vote/"));
        return new Setup(admin, id, alice, bob, staff, self);
    }

    static Map<Integer, Rating> all(Rating r) {
        return Map.of(1, r, 2, r, 3, r);
    }

    @Test
    void raterVotesOnceWithACodeOnAPageWithoutAccountAndResultsAreWeighted() throws Exception {
        Setup s = campaign("评议县");
        String code = s.staffCodes().get(0).code();
        assertThat(s.selfCodes()).hasSize(2);
        assertThat(s.staffCodes().get(0).url()).isEqualTo("http://x/vote/" + code);
        assertThat(s.staffCodes().get(0).qr().path()).startsWith("M");

        // not open yet
        mvc.perform(get("/vote/" + code)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("vote-invalid")));
        Fixtures.as(s.admin(), () -> { campaigns.open(s.campaign()); return null; });

        mvc.perform(get("/vote/" + code)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("周敏")))
                .andExpect(content().string(Matchers.containsString("工作责任心")));
        // incomplete: refused, nothing used
        mvc.perform(post("/vote/" + code).with(csrf()).param("r_" + s.alice() + "_1", "GOOD")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("vote-error")));
        assertThat(jdbc.queryForObject("select count(*) from review_ballot where campaign_id = ?", Long.class,
                s.campaign())).isZero();
        var req = post("/vote/" + code.toLowerCase()).with(csrf()).param("g_" + s.alice(), "EXCELLENT").param("g_" + s.bob(), "BASIC");
        for (int p = 1; p <= 3; p++) {
            req = req.param("r_" + s.alice() + "_" + p, "GOOD").param("r_" + s.bob() + "_" + p, "AVERAGE");
        }
        mvc.perform(req).andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("vote-done")));
        mvc.perform(req).andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("vote-invalid")));

        // the self code covers only its own target
        IssuedCode selfCode = s.selfCodes().stream().filter(c -> c.targetName().equals("吴刚")).findFirst().orElseThrow();
        assertThat(voting.sheet(selfCode.code()).orElseThrow().targets()).extracting(VotingSheet.Target::name)
                .containsExactly("吴刚");
        voting.cast(selfCode.code(), Map.of(s.bob(), all(Rating.GOOD)), Map.of(s.bob(), Grade.EXCELLENT));

        var results = Fixtures.as(s.admin(), () -> campaigns.results(s.campaign()));
        var alice = results.stream().filter(r -> r.cadreId() == s.alice()).findFirst().orElseThrow();
        var bob = results.stream().filter(r -> r.cadreId() == s.bob()).findFirst().orElseThrow();
        assertThat(alice.score()).isEqualByComparingTo("100");
        assertThat(alice.missingGroups()).containsExactly(RaterGroup.SELF);
        // bob: staff 60 (weight 15), self 100 (weight 5) → (900 + 500) / 20 = 70
        assertThat(bob.score()).isEqualByComparingTo("70");
        assertThat(bob.flagged()).isTrue(); // the one staff vote is 基本称职: 100% ≥ 30%
        assertThat(Fixtures.as(s.admin(), () -> campaigns.turnout(s.campaign())))
                .contains(new Turnout(RaterGroup.STAFF, 3, 1), new Turnout(RaterGroup.SELF, 2, 1));

        mvc.perform(get("/assessment/reviews/" + s.campaign() + "/results").with(user(s.admin()))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-zs-chart=\"radar\"")))
                .andExpect(content().string(Matchers.containsString("70.00")));
        mvc.perform(get("/assessment/reviews/" + s.campaign()).with(user(s.admin()))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("一季度工作实绩评议")));
        mvc.perform(post("/assessment/reviews/" + s.campaign() + "/codes").with(user(s.admin())).with(csrf()).param("group", "STAFF")
                .param("count", "2")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<svg")));

        // another jurisdiction sees nothing
        ZhishiPrincipal other = Fixtures.orgAdmin(Fixtures.rootUnit(jdbc, "邻县"));
        assertThatThrownBy(() -> Fixtures.as(other, () -> campaigns.find(s.campaign()))).isInstanceOf(NotFoundException.class);

        Fixtures.as(s.admin(), () -> { campaigns.close(s.campaign()); return null; });
        assertThatThrownBy(() -> voting.cast(s.staffCodes().get(1).code(), Map.of(s.alice(), all(Rating.GOOD),
                s.bob(), all(Rating.GOOD)), Map.of())).isInstanceOf(DomainRuleException.class);
    }

    @Test
    void nothingStoredWithABallotOrInTheAuditLinksItToACodeRaterTimeOrAddress() throws Exception {
        Setup s = campaign("匿名县");
        Fixtures.as(s.admin(), () -> { campaigns.open(s.campaign()); return null; });
        long seqBefore = jdbc.queryForObject("select last_seq from audit_chain_head where id = 1", Long.class);
        String code = s.staffCodes().get(1).code();
        var req = post("/vote/" + code).with(csrf()).with(r -> { r.setRemoteAddr("203.0.113.77"); return r; });
        for (int p = 1; p <= 3; p++) {
            req = req.param("r_" + s.alice() + "_" + p, "FAIRLY_GOOD").param("r_" + s.bob() + "_" + p, "GOOD");
        }
        mvc.perform(req).andExpect(content().string(Matchers.containsString("vote-done")));

        // the ballot tables have no column for a code, rater, time or address
        List<String> columns = jdbc.queryForList("select lower(column_name) from information_schema.columns "
                + "where lower(table_name) in ('review_ballot', 'review_rating')", String.class);
        assertThat(columns).containsExactlyInAnyOrder("id", "campaign_id", "target_cadre_id", "rater_group", "overall_grade",
                "ballot_id", "position", "rating");
        // the code's row says only that it was used
        List<String> codeColumns = jdbc.queryForList("select lower(column_name) from information_schema.columns "
                + "where lower(table_name) = 'review_code'", String.class);
        assertThat(codeColumns).containsExactlyInAnyOrder("id", "campaign_id", "code_digest", "rater_group",
                "target_cadre_id", "used");
        String digest = ReviewCampaigns.digest(code);
        List<String> ballotIds = jdbc.queryForList("select id from review_ballot where campaign_id = ?", String.class,
                s.campaign());
        assertThat(ballotIds).hasSize(2).allMatch(id -> id.matches("[0-9a-f-]{36}"));
        // the audit records of the vote carry neither the code, its digest, a ballot id nor the address
        List<Map<String, Object>> audit = jdbc.queryForList("select * from audit_record where seq > ?", seqBefore);
        assertThat(audit).isNotEmpty();
        for (Map<String, Object> row : audit) {
            String all = row.toString();
            assertThat(all).doesNotContain(code).doesNotContain(digest).doesNotContain("203.0.113.77");
            ballotIds.forEach(id -> assertThat(all).doesNotContain(id));
            assertThat(row.get("source_address")).isNull();
        }
        // code issue records hold counts only
        assertThat(jdbc.queryForList("select after_state from audit_record where action = 'assessment.review.codes'",
                String.class)).noneMatch(a -> a.contains(code));
    }

    @Test
    void aCodeCastsOneBallotSetEvenWhenUsedConcurrently() throws Exception {
        Setup s = campaign("并发县");
        Fixtures.as(s.admin(), () -> { campaigns.open(s.campaign()); return null; });
        String code = s.staffCodes().get(2).code();
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Callable<Boolean> task = () -> {
                start.await();
                try {
                    Map<Long, Map<Integer, Rating>> r = new HashMap<>();
                    r.put(s.alice(), all(Rating.GOOD));
                    r.put(s.bob(), all(Rating.POOR));
                    voting.cast(code, r, Map.of());
                    return true;
                } catch (DomainRuleException | InvalidInputException
                        | org.springframework.dao.DataAccessException refused) {
                    return false;
                }
            };
            results.add(pool.submit(task));
        }
        start.countDown();
        int cast = 0;
        for (Future<Boolean> f : results) {
            cast += f.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(cast).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from review_ballot where campaign_id = ?", Long.class,
                s.campaign())).isEqualTo(2);
    }
}
