package cn.zhishi.assessment.annual;

import cn.zhishi.assessment.Grade;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 分级谈话: the talks an approved and circulated year requires — who talks to whom follows the grade.
 * Pure; each rule applies only when the assessment's rulebook lists it (with its source text), like the
 * grading rules of {@link AnnualRules}.
 *
 * <p>The readings of [003] (济南市《市管领导班子和领导干部年度考核结果运用实施办法》答记者问, 2022), 六项程序之五
 * "对定为‘较差’等次的市管领导班子的正职、定为‘不称职’等次的市管干部，一般由市委负责同志进行谈话；对定为‘一般’等次的
 * 市管领导班子的正职、定为‘基本称职’等次的市管干部，一般由市委组织部负责同志进行谈话；对民主测评基本称职、不称职比率较高
 * 的干部，安排领导班子正职进行谈话":
 * <table>
 * <caption>rules</caption>
 * <tr><th>rule</th><th>when</th><th>talked to</th><th>talker</th><th>kind</th></tr>
 * <tr><td>{@value #POOR_TEAM}</td><td>team 较差</td><td>the team's principal</td><td>党委负责同志</td><td>谈话</td></tr>
 * <tr><td>{@value #INCOMPETENT}</td><td>cadre 不称职</td><td>the cadre</td><td>党委负责同志</td><td>谈话</td></tr>
 * <tr><td>{@value #AVERAGE_TEAM}</td><td>team 一般</td><td>the team's principal</td><td>组织部负责同志</td><td>约谈
 *     ([003] "约谈领导班子正职")</td></tr>
 * <tr><td>{@value #BASIC}</td><td>cadre 基本称职</td><td>the cadre</td><td>组织部负责同志</td><td>谈话</td></tr>
 * <tr><td>{@value #INCOMPETENT_MEMBER}</td><td>another member 不称职</td><td>the team's principal</td>
 *     <td>组织部负责同志 (<em>our reading</em>: [003] "对班子正职进行约谈" names no talker; we take the level of the
 *     一般 team's principal)</td><td>约谈</td></tr>
 * <tr><td>{@value #CAUTION}</td><td>a recorded 诫勉 consequence (基本称职; team 一般 two years → its principal)</td>
 *     <td>the cadre</td><td>组织部负责同志 (<em>our reading</em>: 诫勉 is given by the Party committee or its
 *     organisation department, by talk or in writing; we propose the talk)</td><td>诫勉谈话</td></tr>
 * <tr><td>{@value #DEMOCRATIC}</td><td>flagged in the year's closed democratic evaluation (年度民主测评: 基本称职 and
 *     不称职 at or above the campaign's flag line)</td><td>the cadre</td><td>领导班子正职; 组织部负责同志 when the
 *     cadre is the principal (<em>our reading</em>: the principal cannot talk to themself)</td><td>谈话</td></tr>
 * </table>
 * Not supported by the source and therefore not proposed: talks by the principal with every 基本称职/不称职
 * member (the source gives those to the committee and the organisation department). A team without a principal
 * in the assessment still gets its talk, addressed to the team.
 *
 * <p><em>Our reading</em> of several reasons for one person: one talk per person, held by the most senior
 * talker any reason calls for ({@link Talker#senior}), of the strongest kind ({@link TalkKind#stronger}),
 * listing every reason — a cadre is not called in three times for one year's result.
 */
public final class TalksByLevel {

    public static final String POOR_TEAM = "PoorTeamPrincipalTalk";
    public static final String INCOMPETENT = "IncompetentCadreTalk";
    public static final String AVERAGE_TEAM = "AverageTeamPrincipalTalk";
    public static final String BASIC = "BasicCadreTalk";
    public static final String INCOMPETENT_MEMBER = "IncompetentMemberPrincipalInterview";
    public static final String CAUTION = "CautionTalk";
    public static final String DEMOCRATIC = "DemocraticEvaluationTalk";
    /** A talk added by hand; not a proposal rule. */
    public static final String REMINDER = "ReminderTalk";
    public static final String SRC_REMINDER = "[003] 对考核结果靠后或发现有苗头性问题的，及时进行约谈提醒，咬耳扯袖";

    private TalksByLevel() {
    }

    /**
     * @param teamGrade the approved team grade
     * @param members   the assessed members with their approved grades
     * @param cautions  the 诫勉 consequences recorded on approval (cadre and rule)
     * @param flagged   cadres flagged in the year's closed democratic evaluation
     */
    public record Facts(String unitName, TeamGrade teamGrade, List<Member> members, List<Caution> cautions,
            Set<Long> flagged) {
    }

    public record Member(long cadreId, String name, boolean principal, Grade grade) {
    }

    public record Caution(long cadreId, String consequenceRule) {
    }

    /** Why a talk is held: the rule, the grade or consequence it reads ({@code detail}), the source text. */
    public record Reason(String rule, String detail, String source) {
    }

    /**
     * A talk the rules call for. {@code cadreId} null: the team, whose principal is not among the members;
     * {@code teamPrincipal}: talked to (also) as the team's principal.
     */
    public record Proposed(Long cadreId, String talkedTo, boolean teamPrincipal, Talker talker, TalkKind kind,
            List<Reason> reasons) {
    }

    public static List<Proposed> propose(Facts f, Rulebook book) {
        Map<Object, Proposed> byPerson = new LinkedHashMap<>();
        Member principal = f.members().stream().filter(Member::principal).findFirst().orElse(null);
        if (f.teamGrade() == TeamGrade.POOR && book.applies(POOR_TEAM)) {
            addTeam(byPerson, f, principal, Talker.PARTY_COMMITTEE, TalkKind.TALK, reason(book, POOR_TEAM, "POOR"));
        }
        if (f.teamGrade() == TeamGrade.AVERAGE && book.applies(AVERAGE_TEAM)) {
            addTeam(byPerson, f, principal, Talker.ORGANISATION_DEPARTMENT, TalkKind.INTERVIEW,
                    reason(book, AVERAGE_TEAM, "AVERAGE"));
        }
        for (Member m : f.members()) {
            if (m.grade() == Grade.INCOMPETENT && book.applies(INCOMPETENT)) {
                add(byPerson, m, false, Talker.PARTY_COMMITTEE, TalkKind.TALK, reason(book, INCOMPETENT, "INCOMPETENT"));
            }
            if (m.grade() == Grade.BASIC && book.applies(BASIC)) {
                add(byPerson, m, false, Talker.ORGANISATION_DEPARTMENT, TalkKind.TALK, reason(book, BASIC, "BASIC"));
            }
            if (m.grade() == Grade.INCOMPETENT && !m.principal() && book.applies(INCOMPETENT_MEMBER)) {
                addTeam(byPerson, f, principal, Talker.ORGANISATION_DEPARTMENT, TalkKind.INTERVIEW,
                        new Reason(INCOMPETENT_MEMBER, m.name(), book.sourceOf(INCOMPETENT_MEMBER)));
            }
        }
        if (book.applies(CAUTION)) {
            for (Caution c : f.cautions()) {
                f.members().stream().filter(m -> m.cadreId() == c.cadreId()).findFirst().ifPresent(m -> add(byPerson, m,
                        false, Talker.ORGANISATION_DEPARTMENT, TalkKind.CAUTION,
                        new Reason(CAUTION, c.consequenceRule(), book.sourceOf(CAUTION))));
            }
        }
        if (book.applies(DEMOCRATIC)) {
            for (Member m : f.members()) {
                if (f.flagged().contains(m.cadreId())) {
                    add(byPerson, m, false, m.principal() ? Talker.ORGANISATION_DEPARTMENT : Talker.TEAM_PRINCIPAL,
                            TalkKind.TALK, reason(book, DEMOCRATIC, null));
                }
            }
        }
        return List.copyOf(byPerson.values());
    }

    private static Reason reason(Rulebook book, String rule, String detail) {
        return new Reason(rule, detail, book.sourceOf(rule));
    }

    private static void addTeam(Map<Object, Proposed> byPerson, Facts f, Member principal, Talker talker, TalkKind kind,
            Reason reason) {
        if (principal != null) {
            add(byPerson, principal, true, talker, kind, reason);
        } else {
            merge(byPerson, "team", new Proposed(null, f.unitName(), true, talker, kind, List.of(reason)));
        }
    }

    private static void add(Map<Object, Proposed> byPerson, Member m, boolean asTeamPrincipal, Talker talker,
            TalkKind kind, Reason reason) {
        merge(byPerson, m.cadreId(), new Proposed(m.cadreId(), m.name(), asTeamPrincipal, talker, kind, List.of(reason)));
    }

    private static void merge(Map<Object, Proposed> byPerson, Object key, Proposed p) {
        byPerson.merge(key, p, (a, b) -> {
            List<Reason> reasons = new ArrayList<>(a.reasons());
            b.reasons().stream().filter(r -> !reasons.contains(r)).forEach(reasons::add);
            return new Proposed(a.cadreId(), a.talkedTo(), a.teamPrincipal() || b.teamPrincipal(),
                    a.talker().senior(b.talker()), a.kind().stronger(b.kind()), List.copyOf(reasons));
        });
    }
}
