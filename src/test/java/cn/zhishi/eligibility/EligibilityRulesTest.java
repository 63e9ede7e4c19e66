package cn.zhishi.eligibility;

import static cn.zhishi.eligibility.PolicyFixture.LOCAL;
import static cn.zhishi.eligibility.PolicyFixture.NATIONAL;
import static cn.zhishi.eligibility.PolicyFixture.aCadre;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhishi.assessment.Grade;
import cn.zhishi.assessment.GradeConsequence;
import cn.zhishi.cadre.InfluencePeriod;
import cn.zhishi.eligibility.policy.AnnualGradesAtLeastCompetent;
import cn.zhishi.eligibility.policy.CandidateFacts;
import cn.zhishi.eligibility.policy.EligibilityPolicy;
import cn.zhishi.eligibility.policy.KinshipAvoidance;
import cn.zhishi.eligibility.policy.MinimumYearsInLowerPost;
import cn.zhishi.eligibility.policy.MinimumYearsOfWork;
import cn.zhishi.eligibility.policy.NoActiveInfluencePeriod;
import cn.zhishi.eligibility.policy.NotANakedOfficialForRestrictedPosts;
import cn.zhishi.eligibility.policy.NotOnNegativeList;
import cn.zhishi.eligibility.policy.PromotesOneStepAtATime;
import cn.zhishi.eligibility.policy.RuleResult;
import cn.zhishi.eligibility.policy.Target;
import cn.zhishi.eligibility.policy.Verdict;
import cn.zhishi.org.KeyPostKind;
import cn.zhishi.org.TeamRole;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules read like the regulation; each with its boundary days. Pure: no Spring. */
class EligibilityRulesTest {

    static final Target SECTION_CHIEF = Target.level("SECTION_CHIEF");
    static final LocalDate START = LocalDate.of(2023, 3, 15);

    @Test
    void aDeputyBecomesEligibleForPrincipalOnTheSecondAnniversaryNotTheDayBefore() {
        CandidateFacts c = aCadre().holding("SECTION_DEPUTY", START, null).facts();
        RuleResult dayBefore = new MinimumYearsInLowerPost().evaluate(c, SECTION_CHIEF, NATIONAL, LocalDate.of(2025, 3, 14));
        RuleResult onTheDay = new MinimumYearsInLowerPost().evaluate(c, SECTION_CHIEF, NATIONAL, LocalDate.of(2025, 3, 15));
        assertThat(dayBefore.passed()).isFalse();
        assertThat(dayBefore.curesOn()).isEqualTo(LocalDate.of(2025, 3, 15));
        assertThat(onTheDay.passed()).isTrue();
    }

    @Test
    void theLocalProfileAsksThreeYearsInPostWhereTheNationalOneAsksTwo() {
        CandidateFacts c = aCadre().holding("SECTION_DEPUTY", START, null).facts();
        LocalDate day = LocalDate.of(2025, 6, 1);
        assertThat(new MinimumYearsInLowerPost().evaluate(c, SECTION_CHIEF, NATIONAL, day).passed()).isTrue();
        RuleResult local = new MinimumYearsInLowerPost().evaluate(c, SECTION_CHIEF, LOCAL, day);
        assertThat(local.passed()).isFalse();
        assertThat(local.curesOn()).isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @Test
    void aLowerPrincipalNeedsThreeYearsForTheHigherDeputyAndEarlierSpellsAtTheLevelCount() {
        CandidateFacts c = aCadre().holding("SECTION_CHIEF", LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31))
                .holding("SECTION_DEPUTY", LocalDate.of(2019, 1, 1), LocalDate.of(2022, 12, 31))
                .holding("SECTION_CHIEF", LocalDate.of(2023, 1, 1), null).facts();
        // 365 days in 2018 + the current spell: three years are met 365 days before 2026-01-01
        RuleResult r = new MinimumYearsInLowerPost().evaluate(c, Target.level("DIVISION_DEPUTY"), NATIONAL, LocalDate.of(2024, 6, 1));
        assertThat(r.passed()).isFalse();
        assertThat(r.curesOn()).isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void skippingALevelIsNotDecidedByScreening() {
        CandidateFacts c = aCadre().holding("SECTION_DEPUTY", START, null).facts();
        assertThat(new PromotesOneStepAtATime().evaluate(c, Target.level("DIVISION_DEPUTY"), NATIONAL,
                LocalDate.of(2026, 1, 1)).passed()).isFalse();
        assertThat(new PromotesOneStepAtATime().evaluate(c, SECTION_CHIEF, NATIONAL, LocalDate.of(2026, 1, 1)).passed()).isTrue();
    }

    @Test
    void screeningJudgesSomeoneTwoLevelsAwayByTheLevelStepAloneAndSomeoneOneLevelAwayByEveryRule() {
        EligibilityPolicy policy = EligibilityPolicy.standard();
        LocalDate day = LocalDate.of(2026, 1, 1);
        Verdict staff = policy.outsideField(aCadre().holding("STAFF", START, null).facts(), SECTION_CHIEF, NATIONAL, day);
        assertThat(staff.eligible()).isFalse();
        assertThat(staff.results()).extracting(RuleResult::rule).containsExactly("PromotesOneStepAtATime");
        assertThat(policy.outsideField(aCadre().holding("SECTION_DEPUTY", START, null).facts(), SECTION_CHIEF, NATIONAL, day))
                .isNull();
        assertThat(policy.judge(aCadre().holding("STAFF", START, null).facts(), SECTION_CHIEF, NATIONAL, day).results())
                .hasSize(policy.rules().size());
    }

    @Test
    void divisionLevelNeedsFiveYearsOfWorkCountedToTheAnniversary() {
        PolicyFixture f = aCadre().holding("SECTION_CHIEF", LocalDate.of(2021, 1, 1), null);
        f.workStart = LocalDate.of(2020, 8, 31);
        CandidateFacts c = f.facts();
        Target t = Target.level("DIVISION_DEPUTY");
        assertThat(new MinimumYearsOfWork().evaluate(c, t, NATIONAL, LocalDate.of(2025, 8, 30)).curesOn())
                .isEqualTo(LocalDate.of(2025, 8, 31));
        assertThat(new MinimumYearsOfWork().evaluate(c, t, NATIONAL, LocalDate.of(2025, 8, 31)).passed()).isTrue();
    }

    @Test
    void nationallyABasicGradeInTheLastThreeYearsBarsUntilItLeavesTheWindow() {
        CandidateFacts c = aCadre().holding("SECTION_DEPUTY", START, null).graded(2023, Grade.BASIC)
                .competentFrom(2020, 2025).facts();
        RuleResult r = new AnnualGradesAtLeastCompetent().evaluate(c, SECTION_CHIEF, NATIONAL, LocalDate.of(2026, 12, 31));
        assertThat(r.passed()).isFalse();
        assertThat(r.curesOn()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(new AnnualGradesAtLeastCompetent().evaluate(c, SECTION_CHIEF, NATIONAL, LocalDate.of(2027, 1, 1))
                .passed()).isTrue();
    }

    @Test
    void notGradedPassesNationallyButNotUnderTheLocalCompetentEveryYearRule() {
        CandidateFacts c = aCadre().holding("SECTION_DEPUTY", START, null).graded(2024, Grade.NOT_GRADED)
                .competentFrom(2020, 2025).facts();
        LocalDate day = LocalDate.of(2026, 5, 1);
        assertThat(new AnnualGradesAtLeastCompetent().evaluate(c, SECTION_CHIEF, NATIONAL, day).passed()).isTrue();
        assertThat(new AnnualGradesAtLeastCompetent().evaluate(c, SECTION_CHIEF, LOCAL, day).passed()).isFalse();
    }

    @Test
    void anInfluencePeriodEndingTheDayBeforeOnOrAfterTheQuestionDay() {
        // 31 August + 6 months ends on the last day of February (InfluencePeriod convention)
        InfluencePeriod p = InfluencePeriod.of(LocalDate.of(2025, 8, 31), 6);
        assertThat(p.end()).isEqualTo(LocalDate.of(2026, 2, 28));
        PolicyFixture f = aCadre().holding("SECTION_DEPUTY", START, null);
        f.periods.add(new CandidateFacts.Period("SANCTION", "政务警告", p.start(), p, "政务处分法第八条"));
        CandidateFacts c = f.facts();
        NoActiveInfluencePeriod rule = new NoActiveInfluencePeriod();
        assertThat(rule.evaluate(c, SECTION_CHIEF, NATIONAL, LocalDate.of(2026, 2, 27)).passed()).isFalse();
        RuleResult onLastDay = rule.evaluate(c, SECTION_CHIEF, NATIONAL, LocalDate.of(2026, 2, 28));
        assertThat(onLastDay.passed()).isFalse();
        assertThat(onLastDay.curesOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(rule.evaluate(c, SECTION_CHIEF, NATIONAL, LocalDate.of(2026, 3, 1)).passed()).isTrue();
    }

    @Test
    void aBasicGradeBarsPromotionForTheWholeNextCalendarYear() {
        GradeConsequence basic = new GradeConsequence(Grade.BASIC, 12, "考核规定");
        assertThat(basic.windowFor(2024)).isEqualTo(new InfluencePeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        GradeConsequence incompetent = new GradeConsequence(Grade.INCOMPETENT, 24, "考核规定");
        assertThat(incompetent.windowFor(2023).end()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void aNakedOfficialIsRefusedForAPrincipalPostAndAnyPromotionNationally() {
        PolicyFixture f = aCadre().holding("SECTION_DEPUTY", START, null);
        f.family.add(new CandidateFacts.Relative("SPOUSE", "李某", true, "加拿大"));
        f.family.add(new CandidateFacts.Relative("SON", "张小某", false, null));
        CandidateFacts c = f.facts();
        Target principal = new Target(9L, "局长", 3L, "某局", "SECTION_DEPUTY", TeamRole.PRINCIPAL, Set.of());
        NotANakedOfficialForRestrictedPosts rule = new NotANakedOfficialForRestrictedPosts();
        assertThat(rule.evaluate(c, principal, NATIONAL, LocalDate.of(2026, 1, 1)).passed()).isFalse();
        Target lateralStaff = new Target(9L, "科员", 3L, "某局", "SECTION_DEPUTY", null, Set.of());
        assertThat(rule.evaluate(c, lateralStaff, NATIONAL, LocalDate.of(2026, 1, 1)).passed()).isTrue();
        Target finance = new Target(9L, "财务", 3L, "某局", "SECTION_DEPUTY", null, Set.of(KeyPostKind.FINANCE));
        assertThat(rule.evaluate(c, finance, NATIONAL, LocalDate.of(2026, 1, 1)).passed()).isFalse();
    }

    @Test
    void withoutASpouseOnlyAllChildrenAbroadMakeANakedOfficial() {
        PolicyFixture f = aCadre();
        f.family.add(new CandidateFacts.Relative("DAUGHTER", "甲", true, "美国"));
        f.family.add(new CandidateFacts.Relative("ADOPTED_SON", "乙", false, null));
        assertThat(NotANakedOfficialForRestrictedPosts.isNaked(f.family)).isFalse();
        f.family.remove(1);
        assertThat(NotANakedOfficialForRestrictedPosts.isNaked(f.family)).isTrue();
    }

    @Test
    void aNegativeListHitAndAKinshipConflictAreNeverCuredByTime() {
        PolicyFixture f = aCadre().holding("SECTION_DEPUTY", START, null);
        f.hits.add(new CandidateFacts.NegativeHit("法治观念弱", "LAW_AND_RULES", "违规审批", "县纪委", "admin",
                LocalDate.of(2025, 1, 2)));
        f.conflicts.add(new CandidateFacts.KinshipConflict(7, "王某", "SPOUSE", "SAME_TEAM", "某局副局长", "张三→配偶：王某"));
        CandidateFacts c = f.facts();
        assertThat(new NotOnNegativeList().evaluate(c, SECTION_CHIEF, NATIONAL, LocalDate.of(2026, 1, 1)).curesOn()).isNull();
        assertThat(new KinshipAvoidance().evaluate(c, SECTION_CHIEF, NATIONAL, LocalDate.of(2026, 1, 1)).passed()).isFalse();
    }

    @Test
    void theVerdictNamesTheProfileEveryFailingRuleAndTheLatestCureDate() {
        PolicyFixture f = aCadre().holding("SECTION_DEPUTY", LocalDate.of(2024, 6, 1), null).competentFrom(2020, 2025);
        InfluencePeriod p = InfluencePeriod.of(LocalDate.of(2025, 12, 1), 12);
        f.periods.add(new CandidateFacts.Period("SANCTION", "党内警告", p.start(), p, "纪律处分条例第十条"));
        Verdict v = EligibilityPolicy.standard().judge(f.facts(), SECTION_CHIEF, NATIONAL, LocalDate.of(2026, 1, 10));
        assertThat(v.eligible()).isFalse();
        assertThat(v.profileCode()).isEqualTo("NATIONAL_2019");
        assertThat(v.failures()).extracting(RuleResult::rule)
                .containsExactly("MinimumYearsInLowerPost", "NoActiveInfluencePeriod");
        assertThat(v.curesOn()).isEqualTo(LocalDate.of(2026, 12, 1));
    }
}
