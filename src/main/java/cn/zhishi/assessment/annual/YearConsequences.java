package cn.zhishi.assessment.annual;

import cn.zhishi.assessment.Grade;
import cn.zhishi.cadre.InfluencePeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The consequences of one approved year, from the multi-year history of a cadre's grades and of their
 * team's grades ([003]; 《公务员考核规定》(2020)). Runs are counted backwards from the assessed year
 * over consecutive calendar years: a year without a grade (or 不定等次) breaks the run. "Three years
 * 优秀 → 记三等功" is awarded when the run reaches 3, 6, 9 … (each three-year run once); the penalty
 * runs (两年基本称职, 两年不称职, 两年一般) apply every year the run is at least two long.
 * No-promotion windows start on 1 January of the next year and follow {@link InfluencePeriod}
 * (the convention of {@code GradeConsequence}).
 */
public final class YearConsequences {

    public static final String SRC_EXCELLENT = "[003] 定为“优秀”等次的，对干部给予通报表扬；按照有关规定给予嘉奖";
    public static final String SRC_MERIT = "[003] 连续三年定为“优秀”等次的，记三等功；《公务员考核规定》(2020)";
    public static final String SRC_BONUS = "[003] 按照有关规定享受年度考核奖金、晋升工资级别和级别工资档次；《公务员考核规定》(2020)";
    public static final String SRC_BASIC = "[003] 定为“基本称职”等次的，通报批评，并给予诫勉；一年内不得提拔、进一步使用或晋升职级；不得享受年度考核奖金；对其分工进行调整，不得分管执法执纪、干部人事、项目审批等关键岗位工作";
    public static final String SRC_BASIC_TWICE = "[003] 连续两年定为“基本称职”等次的，对其进行组织调整或者组织处理";
    public static final String SRC_INCOMPETENT = "[003] 定为“不称职”等次的，通报批评；按照规定降低一个职务或者职级层次任职，两年内不得提拔、进一步使用或晋升职级；不得享受年度考核奖金";
    public static final String SRC_INCOMPETENT_TWICE = "[003] 连续两年定为“不称职”等次的，予以辞退；《公务员考核规定》(2020)";
    public static final String SRC_TEAM_AVERAGE = "[003] 定为“一般”等次的，对领导班子给予通报批评，约谈领导班子正职；领导班子成员一年内不得提拔、进一步使用或晋升职级";
    public static final String SRC_TEAM_AVERAGE_TWICE = "[003] 市管领导班子年度考核结果连续两年定为“一般”等次的，班子正职原则上定为“基本称职”等次，并给予诫勉";
    public static final String SRC_TEAM_POOR = "[003] 定为“较差”等次的，对领导班子给予通报批评，班子正职及其他成员在一定范围内作出公开检讨；须向市委作出书面检查，提出限期整改意见；正职须提出辞职报告，或责令其辞职；市管干部一年内不得提拔、进一步使用或晋升职级";

    private YearConsequences() {
    }

    /** {@code cadreId} null: a consequence on the team. {@code startsOn}/{@code endsOn} only for windows. */
    public record Consequence(Long cadreId, ConsequenceKind kind, String rule, String source, LocalDate startsOn,
            LocalDate endsOn) {
    }

    /**
     * @param teamMember    holds a team post (principal or deputy): team 一般 bars their promotion
     * @param grades        the cadre's grades by year, the assessed year included
     * @param teamGrades    the team's grades by year, the assessed year included (may lack years)
     * @param windowMonths  no-promotion months per cadre grade (annual_grade_consequence)
     */
    public static List<Consequence> forCadre(long cadreId, int year, boolean principal, boolean teamMember,
            Map<Integer, Grade> grades,
            Map<Integer, TeamGrade> teamGrades, Map<Grade, Integer> windowMonths) {
        List<Consequence> out = new ArrayList<>();
        Grade g = grades.get(year);
        if (g == null) {
            return out;
        }
        LocalDate nextYear = LocalDate.of(year + 1, 1, 1);
        switch (g) {
            case EXCELLENT -> {
                out.add(new Consequence(cadreId, ConsequenceKind.COMMENDATION, "ExcellentCommended", SRC_EXCELLENT, null, null));
                int run = run(grades, year, Grade.EXCELLENT);
                if (run >= 3 && run % 3 == 0) {
                    out.add(new Consequence(cadreId, ConsequenceKind.THIRD_CLASS_MERIT, "ThreeExcellentYearsMerit",
                            SRC_MERIT, null, null));
                }
            }
            case BASIC -> {
                out.add(new Consequence(cadreId, ConsequenceKind.CRITICISM, "BasicCriticised", SRC_BASIC, null, null));
                out.add(new Consequence(cadreId, ConsequenceKind.CAUTION, "BasicCautioned", SRC_BASIC, null, null));
                out.add(new Consequence(cadreId, ConsequenceKind.DUTIES_CHANGED, "BasicDutiesChanged", SRC_BASIC, null, null));
                if (run(grades, year, Grade.BASIC) >= 2) {
                    out.add(new Consequence(cadreId, ConsequenceKind.ORGANISATIONAL_ADJUSTMENT, "TwoBasicYearsAdjustment",
                            SRC_BASIC_TWICE, null, null));
                }
            }
            case INCOMPETENT -> {
                out.add(new Consequence(cadreId, ConsequenceKind.CRITICISM, "IncompetentCriticised", SRC_INCOMPETENT, null,
                        null));
                out.add(new Consequence(cadreId, ConsequenceKind.DEMOTION, "IncompetentDemoted", SRC_INCOMPETENT, null, null));
                if (run(grades, year, Grade.INCOMPETENT) >= 2) {
                    out.add(new Consequence(cadreId, ConsequenceKind.DISMISSAL_PROPOSAL, "TwoIncompetentYearsDismissal",
                            SRC_INCOMPETENT_TWICE, null, null));
                }
            }
            default -> {
            }
        }
        if (g.isCompetentOrBetter()) {
            out.add(new Consequence(cadreId, ConsequenceKind.BONUS, "CompetentBonus", SRC_BONUS, null, null));
            if (competentRun(grades, year) >= 2 && competentRun(grades, year) % 2 == 0) {
                out.add(new Consequence(cadreId, ConsequenceKind.SALARY_STEP, "TwoCompetentYearsSalaryStep", SRC_BONUS,
                        null, null));
            }
        } else if (g.isBelowCompetent()) {
            out.add(new Consequence(cadreId, ConsequenceKind.NO_BONUS, "BelowCompetentNoBonus",
                    g == Grade.BASIC ? SRC_BASIC : SRC_INCOMPETENT, null, null));
        }
        int months = windowMonths.getOrDefault(g, 0);
        TeamGrade team = teamGrades.get(year);
        String windowRule = g == Grade.BASIC ? "BasicNoPromotion" : "IncompetentNoPromotion";
        String windowSource = g == Grade.BASIC ? SRC_BASIC : SRC_INCOMPETENT;
        if (((team == TeamGrade.AVERAGE && teamMember) || team == TeamGrade.POOR) && months < 12) {
            months = 12;
            windowRule = team == TeamGrade.AVERAGE ? "AverageTeamNoPromotion" : "PoorTeamNoPromotion";
            windowSource = team == TeamGrade.AVERAGE ? SRC_TEAM_AVERAGE : SRC_TEAM_POOR;
        }
        if (months > 0) {
            InfluencePeriod p = InfluencePeriod.of(nextYear, months);
            out.add(new Consequence(cadreId, ConsequenceKind.NO_PROMOTION, windowRule, windowSource, p.start(), p.end()));
        }
        if (principal && team == TeamGrade.AVERAGE && teamGrades.get(year - 1) == TeamGrade.AVERAGE) {
            out.add(new Consequence(cadreId, ConsequenceKind.CAUTION, "TwoAverageTeamYearsCaution", SRC_TEAM_AVERAGE_TWICE,
                    null, null));
        }
        return out;
    }

    /** The team's own consequences (cadreId null). */
    public static List<Consequence> forTeam(TeamGrade team) {
        List<Consequence> out = new ArrayList<>();
        if (team == TeamGrade.AVERAGE) {
            out.add(new Consequence(null, ConsequenceKind.CRITICISM, "AverageTeamCriticised", SRC_TEAM_AVERAGE, null, null));
            out.add(new Consequence(null, ConsequenceKind.PRINCIPAL_INTERVIEW, "AverageTeamPrincipalInterview",
                    SRC_TEAM_AVERAGE, null, null));
        } else if (team == TeamGrade.POOR) {
            out.add(new Consequence(null, ConsequenceKind.CRITICISM, "PoorTeamCriticised", SRC_TEAM_POOR, null, null));
            out.add(new Consequence(null, ConsequenceKind.SELF_EXAMINATION, "PoorTeamSelfExamination", SRC_TEAM_POOR,
                    null, null));
            out.add(new Consequence(null, ConsequenceKind.PRINCIPAL_RESIGNATION, "PoorTeamPrincipalResigns", SRC_TEAM_POOR,
                    null, null));
        }
        return out;
    }

    /** Length of the run of {@code grade} ending at {@code year}; a missing year ends it. */
    static int run(Map<Integer, Grade> grades, int year, Grade grade) {
        int n = 0;
        while (grades.get(year - n) == grade) {
            n++;
        }
        return n;
    }

    private static int competentRun(Map<Integer, Grade> grades, int year) {
        int n = 0;
        while (grades.get(year - n) != null && grades.get(year - n).isCompetentOrBetter()) {
            n++;
        }
        return n;
    }
}
