package cn.zhishi.assessment.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
import cn.zhishi.security.Role;
import cn.zhishi.security.ZhishiPrincipal;
import cn.zhishi.shared.NotFoundException;
import cn.zhishi.support.Fixtures;
import cn.zhishi.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ReviewPostingIntegrationTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired OrgService org;
    @Autowired CadreService cadres;
    @Autowired IndicatorSets sets;
    @Autowired ReviewCampaigns campaigns;
    @Autowired ReviewPostings postings;
    @Autowired PostedReviews board;
    @Autowired Voting voting;
    @Autowired MockMvc mvc;
    @Autowired Clock clock;

    /** A quarterly campaign of a new township: 周敏 gets three ballots (two staff, one self), 吴刚 only two. */
    record Voted(ZhishiPrincipal admin, long town, long campaign, long alice, long bob) {
    }

    Voted voted(String county) {
        long root = Fixtures.rootUnit(jdbc, county);
        ZhishiPrincipal admin = Fixtures.orgAdmin(root);
        long town = Fixtures.as(admin, () -> org.createUnit(new UnitCommand(root, Fixtures.uniqueCode("TN"), county + "青石镇",
                NodeType.UNIT, UnitDomain.PARTY_GOVERNMENT, UnitClass.TOWNSHIP, "TOWNSHIP", 1)));
        long alice = Fixtures.as(admin, () -> cadres.register(Fixtures.cadreForm(town, "周敏", LocalDate.of(1982, 1, 2),
                Gender.FEMALE)));
        long bob = Fixtures.as(admin, () -> cadres.register(Fixtures.cadreForm(town, "吴刚", LocalDate.of(1985, 6, 7),
                Gender.MALE)));
        long set = Fixtures.as(admin, () -> sets.catalogue().latest("LS-QUARTERLY").orElseThrow().id());
        CadreFilter f = new CadreFilter();
        f.setUnitId(town);
        Map<RaterGroup, BigDecimal> w = new EnumMap<>(RaterGroup.class);
        w.put(RaterGroup.SELF, BigDecimal.valueOf(5));
        w.put(RaterGroup.STAFF, BigDecimal.valueOf(15));
        LocalDate today = LocalDate.now(clock);
        long id = Fixtures.as(admin, () -> campaigns.create(new CampaignCommand("季度工作实绩评议", CampaignKind.QUARTERLY, set,
                today.minusDays(1), today.plusDays(3), 30, w, f)));
        List<IssuedCode> staff = Fixtures.as(admin, () -> campaigns.issueCodes(id, RaterGroup.STAFF, 2, "http://x/vote/"));
        List<IssuedCode> self = Fixtures.as(admin, () -> campaigns.issueCodes(id, RaterGroup.SELF, 0, "http://x/vote/"));
        Fixtures.as(admin, () -> { campaigns.open(id); return null; });
        voting.cast(staff.get(0).code(), Map.of(alice, Map.of(1, Rating.GOOD, 2, Rating.GOOD, 3, Rating.FAIRLY_GOOD),
                bob, Map.of(1, Rating.POOR, 2, Rating.POOR, 3, Rating.POOR)), Map.of(alice, Grade.EXCELLENT, bob, Grade.INCOMPETENT));
        voting.cast(staff.get(1).code(), Map.of(alice, Map.of(1, Rating.GOOD, 2, Rating.FAIRLY_GOOD, 3, Rating.FAIRLY_GOOD),
                bob, Map.of(1, Rating.AVERAGE, 2, Rating.AVERAGE, 3, Rating.AVERAGE)), Map.of());
        IssuedCode aliceSelf = self.stream().filter(c -> c.targetName().equals("周敏")).findFirst().orElseThrow();
        voting.cast(aliceSelf.code(), Map.of(alice, Map.of(1, Rating.GOOD, 2, Rating.GOOD, 3, Rating.GOOD)), Map.of());
        return new Voted(admin, town, id, alice, bob);
    }

    ReviewQuarter quarter() {
        return ReviewQuarter.of(LocalDate.now(clock).minusDays(1));
    }

    long postings(long campaign) {
        return jdbc.queryForObject("select count(*) from review_posting where campaign_id = ?", Long.class, campaign);
    }

    @Test
    void aClosedQuarterlyCampaignIsPostedAndThePublicSeesRanksScoresAndGradesButNothingOfTheBallots() throws Exception {
        Voted v = voted("公示县");
        ReviewQuarter q = quarter();
        // open: refused, nothing stored (API: RFC 9457)
        mvc.perform(post("/api/v1/review-campaigns/" + v.campaign() + "/posting").with(user(v.admin())).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"year\":" + q.year() + ",\"quarter\":" + q.quarter() + "}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("评议尚未结束，不能公示结果"));
        assertThat(postings(v.campaign())).isZero();
        Fixtures.as(v.admin(), () -> { campaigns.close(v.campaign()); return null; });

        // a quarter the window does not touch, and a quarter out of range: both named, nothing stored
        mvc.perform(post("/assessment/reviews/" + v.campaign() + "/posting").with(user(v.admin())).with(csrf())
                .param("year", String.valueOf(q.year() - 3)).param("quarter", "5"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("季度须为1至4")));
        mvc.perform(post("/assessment/reviews/" + v.campaign() + "/posting").with(user(v.admin())).with(csrf())
                .param("year", String.valueOf(q.year() - 3)).param("quarter", "1"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("所选季度须是评议时间")));
        assertThat(postings(v.campaign())).isZero();
        assertThat(jdbc.queryForObject("select posting_status from review_campaign where id = ?", String.class,
                v.campaign())).isEqualTo("NONE");

        // the page previews exactly what will be published
        mvc.perform(get("/assessment/reviews/" + v.campaign() + "/posting").with(user(v.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("posting-preview")))
                .andExpect(content().string(Matchers.containsString("票数少于3张，不公布")));

        mvc.perform(post("/assessment/reviews/" + v.campaign() + "/posting").with(user(v.admin())).with(csrf())
                .param("year", String.valueOf(q.year())).param("quarter", String.valueOf(q.quarter())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/assessment/reviews/" + v.campaign() + "/posting"));
        assertThat(postings(v.campaign())).isEqualTo(1);

        // 周敏: staff (93.33 + 86.67)/2 = 90 weight 15, self 100 weight 5 → (1350 + 500) / 20 = 92.5
        PostedReviews.Board b = board.board(null, v.town(), q.label());
        assertThat(b.postings()).hasSize(1);
        PostedReviews.PostedReview r = b.postings().get(0);
        assertThat(r.period()).isEqualTo(q);
        assertThat(r.aspects()).hasSize(3).first().asString().startsWith("学习研究");
        PostedReviews.PostedLine alice = r.lines().get(0);
        assertThat(alice.cadreName()).isEqualTo("周敏");
        assertThat(alice.rank()).isEqualTo(1);
        assertThat(alice.score()).isEqualByComparingTo("92.50");
        assertThat(alice.rating()).isEqualTo(Rating.GOOD);
        assertThat(alice.aspects()).extracting(PostedReviews.PostedAspect::score).extracting(BigDecimal::toPlainString)
                .containsExactly("100.00", "92.50", "85.00");
        PostedReviews.PostedLine bob = r.lines().get(1);
        assertThat(bob.cadreName()).isEqualTo("吴刚");
        assertThat(bob.withheld()).isTrue();
        assertThat(bob.score()).isNull();
        assertThat(bob.rank()).isNull();

        // the public page, without signing in
        String html = mvc.perform(get("/board/reviews").param("unitId", String.valueOf(v.town())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("周敏", "92.50", "吴刚", "参加评议人数不足", "公示县青石镇")
                .doesNotContain("职工群众", "本人", "权重", "票数", "基本称职", "不称职");
        // nothing stored for the board can tell a rater group, a ballot or a vote
        assertThat(jdbc.queryForList("select lower(column_name) from information_schema.columns where lower(table_name) "
                + "in ('review_posted_result', 'review_posted_aspect')", String.class))
                .noneMatch(c -> c.contains("group") || c.contains("ballot") || c.contains("grade") || c.contains("code"));
        // the audit record holds counts
        String audit = jdbc.queryForObject("select after_state from audit_record where action = 'assessment.review.post' "
                + "and entity_id = ?", String.class, String.valueOf(v.campaign()));
        assertThat(audit).contains("\"targets\"", "\"withheld\"", q.label()).doesNotContain("92.5");

        // twice: refused
        mvc.perform(post("/api/v1/review-campaigns/" + v.campaign() + "/posting").with(user(v.admin())).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"year\":" + q.year() + ",\"quarter\":" + q.quarter() + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:zhishi:rule:posting.refused.alreadyPosted"));
        assertThat(postings(v.campaign())).isEqualTo(1);
    }

    @Test
    void postedResultsAreWithdrawnWithAReasonOnRecordAndLeaveTheBoard() throws Exception {
        Voted v = voted("撤回县");
        ReviewQuarter q = quarter();
        Fixtures.as(v.admin(), () -> { campaigns.close(v.campaign()); return null; });
        // nothing to withdraw yet
        mvc.perform(post("/api/v1/review-campaigns/" + v.campaign() + "/posting/withdrawal").with(user(v.admin())).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"误发\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/review-campaigns/" + v.campaign() + "/posting").with(user(v.admin())).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"year\":" + q.year() + ",\"quarter\":" + q.quarter() + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("POSTED"))
                .andExpect(jsonPath("$.published[0].cadreName").value("周敏"))
                .andExpect(jsonPath("$.published[0].groups").doesNotExist());

        // no reason: 422, still posted
        mvc.perform(post("/api/v1/review-campaigns/" + v.campaign() + "/posting/withdrawal").with(user(v.admin())).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"  \"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        assertThat(board.board(null, v.town(), PostedReviews.ALL_QUARTERS).postings()).hasSize(1);

        mvc.perform(post("/assessment/reviews/" + v.campaign() + "/posting/withdrawal").with(user(v.admin())).with(csrf())
                .param("reason", "吴刚的姓名有误，更正后重新公示"))
                .andExpect(status().is3xxRedirection());
        assertThat(board.board(null, v.town(), PostedReviews.ALL_QUARTERS).postings()).isEmpty();
        mvc.perform(get("/board/reviews").param("unitId", String.valueOf(v.town())))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.not(Matchers.containsString("周敏"))));
        assertThat(jdbc.queryForObject("select withdraw_reason from review_posting where campaign_id = ?", String.class,
                v.campaign())).isEqualTo("吴刚的姓名有误，更正后重新公示");
        assertThat(jdbc.queryForObject("select after_state from audit_record where action = 'assessment.review.withdraw' "
                + "and entity_id = ?", String.class, String.valueOf(v.campaign()))).contains("吴刚的姓名有误");

        // posted again: a new snapshot; the history keeps both
        Fixtures.as(v.admin(), () -> postings.post(v.campaign(), q.year(), q.quarter()));
        assertThat(Fixtures.as(v.admin(), () -> postings.history(v.campaign())))
                .extracting(ReviewPostings.PostingRecord::current).containsExactly(true, false);
        mvc.perform(get("/assessment/reviews/" + v.campaign() + "/posting").with(user(v.admin())))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("吴刚的姓名有误")));
    }

    @Test
    void onlyTheOrganisationOfTheJurisdictionPostsAndTheBoardFiltersByUnitAndQuarter() throws Exception {
        Voted v = voted("筛选县");
        ReviewQuarter q = quarter();
        Fixtures.as(v.admin(), () -> { campaigns.close(v.campaign()); return null; });
        ZhishiPrincipal other = Fixtures.orgAdmin(Fixtures.rootUnit(jdbc, "邻县"));
        assertThatThrownBy(() -> Fixtures.as(other, () -> postings.post(v.campaign(), q.year(), q.quarter())))
                .isInstanceOf(NotFoundException.class);
        ZhishiPrincipal assessor = Fixtures.principal("assessor-test", Set.of(Role.ASSESSOR), Set.of(v.town()));
        mvc.perform(post("/assessment/reviews/" + v.campaign() + "/posting").with(user(assessor)).with(csrf())
                .param("year", String.valueOf(q.year())).param("quarter", String.valueOf(q.quarter())))
                .andExpect(status().isForbidden());
        assertThat(postings(v.campaign())).isZero();

        Fixtures.as(v.admin(), () -> postings.post(v.campaign(), q.year(), q.quarter()));
        PostedReviews.Board b = board.board(null, v.town(), null);
        assertThat(b.quarter()).isEqualTo(q.label());
        assertThat(b.units()).extracting(PostedReviews.UnitOption::id).contains(v.town());
        assertThat(board.board(null, v.town(), q.previous().label()).quarter()).isEqualTo(q.label()); // not posted: newest
        assertThat(board.board(null, v.town(), "2001-Q1").postings()).hasSize(1);
        // a supervisor's area
        assertThat(board.board(new cn.zhishi.org.Jurisdiction(List.of("/NOWHERE/")), v.town(), null).postings()).isEmpty();
        mvc.perform(get("/board/reviews").param("unitId", String.valueOf(v.town())).param("quarter", q.label())
                .header("HX-Request", "true"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("review-results")));
    }
}
