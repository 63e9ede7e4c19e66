package cn.zhishi.assessment.annual;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhishi.shared.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** A new rulebook version: what it must satisfy, and what a diff between versions shows. */
class RulebookDraftRulesTest {

    static final LocalDate SHIPPED_ON = LocalDate.of(2022, 7, 4);

    static RulebookVersion shipped() {
        Rulebook b = RulebookFixture.jinan();
        Map<String, RulebookDraft.RuleText> rules = new LinkedHashMap<>();
        RulebookDraftRules.RULES.forEach(r -> rules.put(r, new RulebookDraft.RuleText(true, b.sourceOf(r))));
        return new RulebookVersion(b, SHIPPED_ON, "system", LocalDateTime.of(2026, 1, 1, 8, 0), rules,
                RulebookVersion.State.IN_FORCE, List.of());
    }

    /** The shipped version re-entered, changed by {@code edit}. */
    static RulebookDraft draft(UnaryOperator<Builder> edit) {
        return edit.apply(new Builder(RulebookDraftRules.draftOf(shipped()))).build();
    }

    static List<String> problems(RulebookDraft d) {
        return RulebookDraftRules.check(d, shipped()).stream().map(p -> p.field() + " " + p.code()).toList();
    }

    @Test
    void aVersionReEnteredUnchangedIsRefusedEvenWithANewEffectiveDate() {
        assertThat(problems(draft(b -> b.effective(LocalDate.of(2027, 1, 1))))).containsExactly(" rulebook.unchanged");
    }

    @Test
    void aLowerQuotaFromANewDocumentIsAcceptedAndShownAsTheOnlyParameterChange() {
        RulebookDraft d = draft(b -> b.quota(TeamGrade.EXCELLENT, 25).basis("某市委办公厅〔2026〕1号 第五条")
                .effective(LocalDate.of(2027, 1, 1)));
        assertThat(problems(d)).isEmpty();
        assertThat(RulebookDraftRules.changes(RulebookDraftRules.draftOf(shipped()), d))
                .extracting(RulebookChange::field, RulebookChange::before, RulebookChange::after)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("quotaPercent[EXCELLENT]", "30", "25"),
                        org.assertj.core.groups.Tuple.tuple("basis", "test", "某市委办公厅〔2026〕1号 第五条"),
                        org.assertj.core.groups.Tuple.tuple("effectiveFrom", "2022-07-04", "2027-01-01"));
    }

    @Test
    void everyProblemIsReportedAtOnceAgainstItsField() {
        RulebookDraft d = draft(b -> b.name(" ").basis(null).effective(SHIPPED_ON.minusDays(1))
                .weight(CompositeSource.KEY_PROJECTS, new BigDecimal("-1"))
                .weight(CompositeSource.LEADER_EVALUATION, new BigDecimal("10.123"))
                .cadre(new BigDecimal("90"), new BigDecimal("90"), new BigDecimal("95"))
                .team(new BigDecimal("101"), new BigDecimal("80"), new BigDecimal("60"))
                .quota(TeamGrade.AVERAGE, 25).quota(TeamGrade.POOR, 120)
                .rounding(null).rule(FaultTolerance.NAME, true, "  "));
        assertThat(problems(d)).containsExactlyInAnyOrder("name validation.required", "basis validation.required",
                "effectiveFrom rulebook.effectiveFrom.beforeLatest", "weights[KEY_PROJECTS] rulebook.weight.range",
                "weights[LEADER_EVALUATION] rulebook.weight.range", "cadreCompetentMin rulebook.thresholds.cadreOrder",
                "cadreBasicMin rulebook.thresholds.cadreOrder", "teamExcellentMin rulebook.threshold.range",
                "quotaPercent[AVERAGE] rulebook.quota.order", "quotaPercent[POOR] rulebook.quota.range",
                "rounding validation.required", "rules[FaultTolerance].source rulebook.rule.sourceRequired");
    }

    @Test
    void anEmptyDraftNamesEveryRequiredParameter() {
        RulebookDraft empty = new RulebookDraft(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(problems(empty)).hasSize(3 + 1 + CompositeSource.values().length + 6 + TeamGrade.values().length + 1)
                .allMatch(p -> p.endsWith("validation.required"));
        assertThat(RulebookDraftRules.changes(RulebookDraftRules.draftOf(shipped()), empty)).isNotEmpty();
    }

    @Test
    void theEffectiveDateMayEqualButNotPrecedeTheNewestVersions() {
        assertThat(problems(draft(b -> b.quota(TeamGrade.GOOD, 15).effective(SHIPPED_ON)))).isEmpty();
        List<FieldProblem> p = RulebookDraftRules.check(draft(b -> b.quota(TeamGrade.GOOD, 15).effective(SHIPPED_ON.minusDays(1))),
                shipped());
        assertThat(p).singleElement().satisfies(x -> assertThat(x.args()).containsExactly("2022-07-04", 1));
    }

    @Test
    void weightsAreRelativeButCannotAllBeZero() {
        RulebookDraft zero = draft(b -> {
            for (CompositeSource s : CompositeSource.values()) {
                b.weight(s, BigDecimal.ZERO);
            }
            return b;
        });
        assertThat(problems(zero)).containsExactly("weights[MONTHLY_REPORTS] rulebook.weights.allZero");
        assertThat(problems(draft(b -> b.weight(CompositeSource.MONTHLY_REPORTS, BigDecimal.ZERO)))).isEmpty();
    }

    @Test
    void aQuotaMayStayEqualForAWorseTeamGradeButNotGrow() {
        assertThat(problems(draft(b -> b.quota(TeamGrade.GOOD, 30)))).isEmpty();
        assertThat(problems(draft(b -> b.quota(TeamGrade.GOOD, 31)))).containsExactly("quotaPercent[GOOD] rulebook.quota.order");
    }

    @Test
    void aRuleSwitchedOffNeedsNoTextAndAnUnknownRuleIsRefused() {
        RulebookDraft off = draft(b -> b.rule(FaultTolerance.NAME, false, ""));
        assertThat(problems(off)).isEmpty();
        assertThat(RulebookDraftRules.changes(RulebookDraftRules.draftOf(shipped()), off))
                .extracting(RulebookChange::field).containsExactly("rules[FaultTolerance].enabled", "rules[FaultTolerance].source");
        assertThat(problems(draft(b -> b.rule("MadeUpRule", true, "x")))).containsExactly("rules rulebook.rule.unknown");
    }

    @Test
    void aRuleTheNewestVersionHoldsBeyondTheGradingRulesIsKeptAndMayBeSwitched() {
        RulebookVersion v = shipped();
        Map<String, RulebookDraft.RuleText> rules = new LinkedHashMap<>(v.rules());
        rules.put("BasicCadreTalk", new RulebookDraft.RuleText(true, "[003] 六项程序之五"));
        RulebookVersion withTalks = new RulebookVersion(v.book(), v.effectiveFrom(), v.createdBy(), v.createdAt(), rules,
                v.state(), v.usedBy());
        RulebookDraft d = RulebookDraftRules.draftOf(withTalks);
        assertThat(RulebookDraftRules.rulesOf(d)).endsWith("FaultTolerance", "BasicCadreTalk");
        Map<String, RulebookDraft.RuleText> off = new LinkedHashMap<>(d.rules());
        off.put("BasicCadreTalk", new RulebookDraft.RuleText(false, "[003] 六项程序之五"));
        RulebookDraft switched = new RulebookDraft(d.basedOnVersion(), d.name(), d.weights(), d.cadreExcellentMin(),
                d.cadreCompetentMin(), d.cadreBasicMin(), d.teamExcellentMin(), d.teamGoodMin(), d.teamAverageMin(),
                d.quotaPercent(), d.rounding(), off, d.basis(), d.effectiveFrom());
        assertThat(RulebookDraftRules.check(switched, withTalks)).isEmpty();
        assertThat(RulebookDraftRules.changes(d, switched)).extracting(RulebookChange::field)
                .containsExactly("rules[BasicCadreTalk].enabled");
        assertThat(RulebookDraftRules.check(switched, shipped())).extracting(FieldProblem::code)
                .containsExactly("rulebook.rule.unknown");
    }

    @Test
    void numbersCompareByValueAndTextTrimmed() {
        RulebookDraft same = draft(b -> b.weight(CompositeSource.MONTHLY_REPORTS, new BigDecimal("30.00"))
                .name(" test ").quota(TeamGrade.EXCELLENT, 30));
        assertThat(RulebookDraftRules.changes(RulebookDraftRules.draftOf(shipped()), same)).isEmpty();
        RulebookDraft rounded = draft(b -> b.rounding(QuotaRounding.HALF_UP));
        assertThat(RulebookDraftRules.changes(RulebookDraftRules.draftOf(shipped()), rounded)).singleElement()
                .satisfies(c -> {
                    assertThat(c.kind()).isEqualTo(RulebookChange.Kind.ROUNDING);
                    assertThat(c.before()).isEqualTo("FLOOR");
                    assertThat(c.after()).isEqualTo("HALF_UP");
                });
    }

    @Test
    void theRuleListNamesEveryRuleTheAssessmentChecksAndFaultTolerance() {
        assertThat(RulebookDraftRules.RULES).containsExactly(ExcellentQuota.NAME, TeamGradeCapsPrincipal.NAME,
                PoorTeamBarsExcellentMembers.NAME, IncompetentMemberBarsExcellentTeamAndPrincipal.NAME,
                TwoAverageTeamYearsMakePrincipalBasic.NAME, RecordedConstraints.NAME, FaultTolerance.NAME);
    }

    /** Small builder over a draft record. */
    static final class Builder {
        private RulebookDraft d;

        Builder(RulebookDraft d) {
            this.d = d;
        }

        Builder name(String v) {
            d = new RulebookDraft(d.basedOnVersion(), v, d.weights(), d.cadreExcellentMin(), d.cadreCompetentMin(), d.cadreBasicMin(),
                    d.teamExcellentMin(), d.teamGoodMin(), d.teamAverageMin(), d.quotaPercent(), d.rounding(), d.rules(), d.basis(),
                    d.effectiveFrom());
            return this;
        }

        Builder basis(String v) {
            d = new RulebookDraft(d.basedOnVersion(), d.name(), d.weights(), d.cadreExcellentMin(), d.cadreCompetentMin(),
                    d.cadreBasicMin(), d.teamExcellentMin(), d.teamGoodMin(), d.teamAverageMin(), d.quotaPercent(), d.rounding(),
                    d.rules(), v, d.effectiveFrom());
            return this;
        }

        Builder effective(LocalDate v) {
            d = new RulebookDraft(d.basedOnVersion(), d.name(), d.weights(), d.cadreExcellentMin(), d.cadreCompetentMin(),
                    d.cadreBasicMin(), d.teamExcellentMin(), d.teamGoodMin(), d.teamAverageMin(), d.quotaPercent(), d.rounding(),
                    d.rules(), d.basis(), v);
            return this;
        }

        Builder weight(CompositeSource s, BigDecimal v) {
            Map<CompositeSource, BigDecimal> w = new EnumMap<>(d.weights());
            w.put(s, v);
            d = new RulebookDraft(d.basedOnVersion(), d.name(), w, d.cadreExcellentMin(), d.cadreCompetentMin(), d.cadreBasicMin(),
                    d.teamExcellentMin(), d.teamGoodMin(), d.teamAverageMin(), d.quotaPercent(), d.rounding(), d.rules(), d.basis(),
                    d.effectiveFrom());
            return this;
        }

        Builder cadre(BigDecimal excellent, BigDecimal competent, BigDecimal basic) {
            d = new RulebookDraft(d.basedOnVersion(), d.name(), d.weights(), excellent, competent, basic, d.teamExcellentMin(),
                    d.teamGoodMin(), d.teamAverageMin(), d.quotaPercent(), d.rounding(), d.rules(), d.basis(), d.effectiveFrom());
            return this;
        }

        Builder team(BigDecimal excellent, BigDecimal good, BigDecimal average) {
            d = new RulebookDraft(d.basedOnVersion(), d.name(), d.weights(), d.cadreExcellentMin(), d.cadreCompetentMin(),
                    d.cadreBasicMin(), excellent, good, average, d.quotaPercent(), d.rounding(), d.rules(), d.basis(),
                    d.effectiveFrom());
            return this;
        }

        Builder quota(TeamGrade g, int v) {
            Map<TeamGrade, Integer> q = new EnumMap<>(d.quotaPercent());
            q.put(g, v);
            d = new RulebookDraft(d.basedOnVersion(), d.name(), d.weights(), d.cadreExcellentMin(), d.cadreCompetentMin(),
                    d.cadreBasicMin(), d.teamExcellentMin(), d.teamGoodMin(), d.teamAverageMin(), q, d.rounding(), d.rules(),
                    d.basis(), d.effectiveFrom());
            return this;
        }

        Builder rounding(QuotaRounding v) {
            d = new RulebookDraft(d.basedOnVersion(), d.name(), d.weights(), d.cadreExcellentMin(), d.cadreCompetentMin(),
                    d.cadreBasicMin(), d.teamExcellentMin(), d.teamGoodMin(), d.teamAverageMin(), d.quotaPercent(), v, d.rules(),
                    d.basis(), d.effectiveFrom());
            return this;
        }

        Builder rule(String name, boolean enabled, String source) {
            Map<String, RulebookDraft.RuleText> r = new LinkedHashMap<>(d.rules());
            r.put(name, new RulebookDraft.RuleText(enabled, source));
            d = new RulebookDraft(d.basedOnVersion(), d.name(), d.weights(), d.cadreExcellentMin(), d.cadreCompetentMin(),
                    d.cadreBasicMin(), d.teamExcellentMin(), d.teamGoodMin(), d.teamAverageMin(), d.quotaPercent(), d.rounding(), r,
                    d.basis(), d.effectiveFrom());
            return this;
        }

        RulebookDraft build() {
            return d;
        }
    }
}
