package cn.zhishi.assessment.annual;

import cn.zhishi.assessment.Grade;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The shipped rulebook (V11, with V14's talk rules) as a plain object, and small builders for board facts. */
final class RulebookFixture {

    private RulebookFixture() {
    }

    static Rulebook jinan() {
        return jinan(QuotaRounding.FLOOR);
    }

    static Rulebook jinan(QuotaRounding rounding) {
        Map<CompositeSource, BigDecimal> w = new EnumMap<>(CompositeSource.class);
        w.put(CompositeSource.MONTHLY_REPORTS, BigDecimal.valueOf(30));
        w.put(CompositeSource.QUARTERLY_REVIEWS, BigDecimal.valueOf(15));
        w.put(CompositeSource.DEMOCRATIC_EVALUATION, BigDecimal.valueOf(20));
        w.put(CompositeSource.KEY_PROJECTS, BigDecimal.valueOf(15));
        w.put(CompositeSource.LEADER_EVALUATION, BigDecimal.valueOf(10));
        w.put(CompositeSource.ORGANISATION_EVALUATION, BigDecimal.valueOf(10));
        Map<TeamGrade, Integer> q = new EnumMap<>(TeamGrade.class);
        q.put(TeamGrade.EXCELLENT, 30);
        q.put(TeamGrade.GOOD, 20);
        q.put(TeamGrade.AVERAGE, 10);
        q.put(TeamGrade.POOR, 0);
        Map<String, String> sources = new java.util.HashMap<>();
        for (String r : List.of(ExcellentQuota.NAME, TeamGradeCapsPrincipal.NAME, PoorTeamBarsExcellentMembers.NAME,
                IncompetentMemberBarsExcellentTeamAndPrincipal.NAME, TwoAverageTeamYearsMakePrincipalBasic.NAME,
                RecordedConstraints.NAME, FaultTolerance.NAME, TalksByLevel.POOR_TEAM, TalksByLevel.INCOMPETENT,
                TalksByLevel.AVERAGE_TEAM, TalksByLevel.BASIC, TalksByLevel.INCOMPETENT_MEMBER, TalksByLevel.CAUTION,
                TalksByLevel.DEMOCRATIC)) {
            sources.put(r, "[003] " + r);
        }
        return new Rulebook(1, "JINAN-2022", 1, "test", w, BigDecimal.valueOf(90), BigDecimal.valueOf(70),
                BigDecimal.valueOf(60), BigDecimal.valueOf(90), BigDecimal.valueOf(80), BigDecimal.valueOf(60), q,
                rounding, sources, "test");
    }

    /** The shipped rulebook without {@code rules} (a jurisdiction that disabled them). */
    static Rulebook jinanWithout(String... rules) {
        Rulebook b = jinan();
        Map<String, String> sources = new java.util.HashMap<>(b.sources());
        List.of(rules).forEach(sources::remove);
        return new Rulebook(b.id(), b.code(), b.version(), b.name(), b.weights(), b.cadreExcellentMin(),
                b.cadreCompetentMin(), b.cadreBasicMin(), b.teamExcellentMin(), b.teamGoodMin(), b.teamAverageMin(),
                b.quotaPercent(), b.rounding(), sources, b.basis());
    }

    /** A team: the first grade is the principal's, the others deputies' and staff's. */
    static BoardFacts team(TeamGrade team, Grade... grades) {
        return new BoardFacts(2025, team, null, members(grades), List.of(), Set.of());
    }

    static List<BoardFacts.Member> members(Grade... grades) {
        List<BoardFacts.Member> out = new ArrayList<>();
        for (int i = 0; i < grades.length; i++) {
            out.add(new BoardFacts.Member(i + 1, "成员" + (i + 1), i == 0, grades[i]));
        }
        return out;
    }

    static Grade[] repeat(Grade g, int n, Grade... rest) {
        Grade[] out = new Grade[n + rest.length];
        java.util.Arrays.fill(out, 0, n, g);
        System.arraycopy(rest, 0, out, n, rest.length);
        return out;
    }
}
