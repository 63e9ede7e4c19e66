package cn.zhishi.assessment.annual;

import cn.zhishi.assessment.Grade;
import java.math.BigDecimal;
import java.util.Map;

/**
 * One version of the annual-assessment configuration (table annual_rulebook): the composite's
 * weights, the score thresholds behind proposed grades, the 优秀 quota per team grade with its
 * rounding, and the rules it applies with their source texts ({@code sources}: rule → text; a rule
 * not in it is not checked).
 */
public record Rulebook(long id, String code, int version, String name, Map<CompositeSource, BigDecimal> weights,
        BigDecimal cadreExcellentMin, BigDecimal cadreCompetentMin, BigDecimal cadreBasicMin,
        BigDecimal teamExcellentMin, BigDecimal teamGoodMin, BigDecimal teamAverageMin,
        Map<TeamGrade, Integer> quotaPercent, QuotaRounding rounding, Map<String, String> sources, String basis) {

    public boolean applies(String rule) {
        return sources.containsKey(rule);
    }

    public String sourceOf(String rule) {
        return sources.getOrDefault(rule, "");
    }

    /** The cadre grade a composite score suggests; no score, no proposal. */
    public Grade proposeCadre(BigDecimal score) {
        if (score == null) {
            return null;
        }
        if (score.compareTo(cadreExcellentMin) >= 0) {
            return Grade.EXCELLENT;
        }
        if (score.compareTo(cadreCompetentMin) >= 0) {
            return Grade.COMPETENT;
        }
        return score.compareTo(cadreBasicMin) >= 0 ? Grade.BASIC : Grade.INCOMPETENT;
    }

    /** The team grade a team score suggests; no score, no proposal. */
    public TeamGrade proposeTeam(BigDecimal score) {
        if (score == null) {
            return null;
        }
        if (score.compareTo(teamExcellentMin) >= 0) {
            return TeamGrade.EXCELLENT;
        }
        if (score.compareTo(teamGoodMin) >= 0) {
            return TeamGrade.GOOD;
        }
        return score.compareTo(teamAverageMin) >= 0 ? TeamGrade.AVERAGE : TeamGrade.POOR;
    }

    /** How many members may be 优秀 under this team grade. */
    public int excellentAllowed(TeamGrade team, int members) {
        return rounding.allowed(members, quotaPercent.getOrDefault(team, 0));
    }
}
