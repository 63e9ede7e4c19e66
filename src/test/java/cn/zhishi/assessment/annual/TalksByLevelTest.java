package cn.zhishi.assessment.annual;

import static cn.zhishi.assessment.Grade.BASIC;
import static cn.zhishi.assessment.Grade.COMPETENT;
import static cn.zhishi.assessment.Grade.EXCELLENT;
import static cn.zhishi.assessment.Grade.INCOMPETENT;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhishi.assessment.Grade;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who talks to whom follows the grade ([003] 六项程序之五), read as {@link TalksByLevel} documents. */
class TalksByLevelTest {

    final Rulebook book = RulebookFixture.jinan();

    /** Principal 1, then members 2, 3 … with the given grades. */
    static List<TalksByLevel.Member> members(Grade... grades) {
        List<TalksByLevel.Member> out = new ArrayList<>();
        for (int i = 0; i < grades.length; i++) {
            out.add(new TalksByLevel.Member(i + 1, "成员" + (i + 1), i == 0, grades[i]));
        }
        return out;
    }

    List<TalksByLevel.Proposed> propose(TeamGrade team, List<TalksByLevel.Caution> cautions, Set<Long> flagged,
            Grade... grades) {
        return TalksByLevel.propose(new TalksByLevel.Facts("青石镇", team, members(grades), cautions, flagged), book);
    }

    static List<String> rules(TalksByLevel.Proposed p) {
        return p.reasons().stream().map(TalksByLevel.Reason::rule).toList();
    }

    @Test
    void aGoodTeamOfCompetentCadresNeedsNoTalk() {
        assertThat(propose(TeamGrade.GOOD, List.of(), Set.of(), EXCELLENT, COMPETENT, COMPETENT)).isEmpty();
        assertThat(propose(TeamGrade.EXCELLENT, List.of(), Set.of(), EXCELLENT, EXCELLENT)).isEmpty();
    }

    @Test
    void thePartyCommitteeTalksWithThePrincipalOfAPoorTeam() {
        assertThat(propose(TeamGrade.POOR, List.of(), Set.of(), BASIC, COMPETENT)).singleElement().satisfies(p -> {
            assertThat(p.cadreId()).isEqualTo(1L);
            assertThat(p.teamPrincipal()).isTrue();
            assertThat(p.talker()).isEqualTo(Talker.PARTY_COMMITTEE);
            assertThat(rules(p)).contains(TalksByLevel.POOR_TEAM);
            assertThat(p.reasons().get(0).source()).isEqualTo("[003] " + TalksByLevel.POOR_TEAM);
        });
    }

    @Test
    void theOrganisationDepartmentInterviewsThePrincipalOfAnAverageTeam() {
        assertThat(propose(TeamGrade.AVERAGE, List.of(), Set.of(), COMPETENT, COMPETENT)).singleElement().satisfies(p -> {
            assertThat(p.cadreId()).isEqualTo(1L);
            assertThat(p.talker()).isEqualTo(Talker.ORGANISATION_DEPARTMENT);
            assertThat(p.kind()).isEqualTo(TalkKind.INTERVIEW);
            assertThat(rules(p)).containsExactly(TalksByLevel.AVERAGE_TEAM);
        });
    }

    @Test
    void thePartyCommitteeTalksWithAnIncompetentCadreAndTheOrganisationDepartmentInterviewsTheirPrincipal() {
        List<TalksByLevel.Proposed> talks = propose(TeamGrade.GOOD, List.of(), Set.of(), COMPETENT, COMPETENT, INCOMPETENT);
        assertThat(talks).hasSize(2);
        assertThat(talks).filteredOn(p -> p.cadreId() == 3L).singleElement().satisfies(p -> {
            assertThat(p.talker()).isEqualTo(Talker.PARTY_COMMITTEE);
            assertThat(p.teamPrincipal()).isFalse();
            assertThat(rules(p)).containsExactly(TalksByLevel.INCOMPETENT);
        });
        assertThat(talks).filteredOn(p -> p.cadreId() == 1L).singleElement().satisfies(p -> {
            assertThat(p.talker()).isEqualTo(Talker.ORGANISATION_DEPARTMENT);
            assertThat(p.kind()).isEqualTo(TalkKind.INTERVIEW);
            assertThat(p.teamPrincipal()).isTrue();
            assertThat(p.reasons()).singleElement().satisfies(r -> {
                assertThat(r.rule()).isEqualTo(TalksByLevel.INCOMPETENT_MEMBER);
                assertThat(r.detail()).isEqualTo("成员3");
            });
        });
    }

    @Test
    void theOrganisationDepartmentTalksWithABasicCadreAndTheCautionMakesItACautionTalk() {
        assertThat(propose(TeamGrade.GOOD, List.of(new TalksByLevel.Caution(2, "BasicCautioned")), Set.of(),
                COMPETENT, BASIC)).singleElement().satisfies(p -> {
                    assertThat(p.cadreId()).isEqualTo(2L);
                    assertThat(p.talker()).isEqualTo(Talker.ORGANISATION_DEPARTMENT);
                    assertThat(p.kind()).isEqualTo(TalkKind.CAUTION);
                    assertThat(rules(p)).containsExactly(TalksByLevel.BASIC, TalksByLevel.CAUTION);
                });
    }

    @Test
    void thePrincipalTalksWithACadreTheDemocraticEvaluationFlaggedAndTheDepartmentWithAFlaggedPrincipal() {
        List<TalksByLevel.Proposed> talks = propose(TeamGrade.GOOD, List.of(), Set.of(1L, 3L), COMPETENT, COMPETENT,
                COMPETENT);
        assertThat(talks).filteredOn(p -> p.cadreId() == 3L).singleElement()
                .satisfies(p -> assertThat(p.talker()).isEqualTo(Talker.TEAM_PRINCIPAL));
        assertThat(talks).filteredOn(p -> p.cadreId() == 1L).singleElement()
                .satisfies(p -> assertThat(p.talker()).isEqualTo(Talker.ORGANISATION_DEPARTMENT));
    }

    @Test
    void aBasicOrIncompetentMemberIsNotTalkedToByThePrincipalUnlessTheEvaluationFlaggedThem() {
        assertThat(propose(TeamGrade.GOOD, List.of(), Set.of(), COMPETENT, BASIC, INCOMPETENT))
                .noneMatch(p -> p.talker() == Talker.TEAM_PRINCIPAL);
    }

    @Test
    void onePersonGetsOneTalkByTheMostSeniorTalkerOfTheStrongestKindWithEveryReason() {
        // a poor team whose principal is 不称职 and was cautioned after two 一般 years
        List<TalksByLevel.Proposed> talks = propose(TeamGrade.POOR,
                List.of(new TalksByLevel.Caution(1, "TwoAverageTeamYearsCaution")), Set.of(1L), INCOMPETENT, COMPETENT);
        assertThat(talks).singleElement().satisfies(p -> {
            assertThat(p.cadreId()).isEqualTo(1L);
            assertThat(p.teamPrincipal()).isTrue();
            assertThat(p.talker()).isEqualTo(Talker.PARTY_COMMITTEE);
            assertThat(p.kind()).isEqualTo(TalkKind.CAUTION);
            assertThat(rules(p)).containsExactly(TalksByLevel.POOR_TEAM, TalksByLevel.INCOMPETENT, TalksByLevel.CAUTION,
                    TalksByLevel.DEMOCRATIC);
        });
    }

    @Test
    void aTeamWithoutAPrincipalIsTalkedToAsATeam() {
        List<TalksByLevel.Member> deputies = List.of(new TalksByLevel.Member(7, "副职", false, COMPETENT));
        assertThat(TalksByLevel.propose(new TalksByLevel.Facts("青石镇", TeamGrade.AVERAGE, deputies, List.of(), Set.of()),
                book)).singleElement().satisfies(p -> {
                    assertThat(p.cadreId()).isNull();
                    assertThat(p.talkedTo()).isEqualTo("青石镇");
                    assertThat(p.teamPrincipal()).isTrue();
                });
    }

    @Test
    void aRuleTheRulebookDoesNotApplyProposesNothing() {
        Rulebook without = RulebookFixture.jinanWithout(TalksByLevel.BASIC, TalksByLevel.CAUTION);
        assertThat(TalksByLevel.propose(new TalksByLevel.Facts("青石镇", TeamGrade.GOOD, members(COMPETENT, BASIC),
                List.of(new TalksByLevel.Caution(2, "BasicCautioned")), Set.of()), without)).isEmpty();
    }

    @Test
    void aCautionOnSomeoneWhoIsNotAMemberIsIgnored() {
        assertThat(propose(TeamGrade.GOOD, List.of(new TalksByLevel.Caution(99, "BasicCautioned")), Set.of(), COMPETENT))
                .isEmpty();
    }
}
