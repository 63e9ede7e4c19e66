package cn.zhishi.assessment.annual;

import cn.zhishi.assessment.Grade;
import java.time.LocalDate;
import java.util.List;

/**
 * The follow-up of one unit's year after circulation (谈话与整改): its talks by level, its rectification
 * items with their progress, and the counts that decide whether the year may be completed. What the page,
 * the API and the export show.
 */
public record FollowUp(long id, long unitId, String unitName, int year, AssessmentStatus status, TeamGrade teamGrade,
        LocalDate circulatedOn, LocalDate followUpOn, LocalDate completedOn, String completionReport,
        List<MemberOption> members, List<TalkRow> talks, List<ItemRow> items, Summary summary, List<RuleRow> rules,
        LocalDate today) {

    /** A member of the assessment, to choose whom a talk or an item concerns. */
    public record MemberOption(long cadreId, String name, String teamRole, Grade grade) {
    }

    /** Why a talk is held: the rule, the reason in the user's language, the source text. */
    public record ReasonRow(String rule, String text, String source) {
    }

    public record TalkRow(long id, Long cadreId, String talkedTo, boolean teamPrincipal, Talker talker, TalkKind kind,
            TalkStatus status, String talkerName, LocalDate scheduledOn, String scheduledPlace, LocalDate heldOn,
            String place, String summary, String cancelReason, List<ReasonRow> reasons, boolean late) {
    }

    public record NoteRow(LocalDate notedOn, String note, String notedBy) {
    }

    /** {@code subject}: the cadre's name, or the unit's for the leadership team ({@code cadreId} null). */
    public record ItemRow(long id, Long cadreId, String subject, RectificationOrigin origin, Long talkId, String content,
            String responsible, LocalDate raisedOn, LocalDate deadline, RectificationStatus status, LocalDate closedOn,
            String result, List<NoteRow> notes, boolean overdue, long daysOverdue, boolean closedLate) {
    }

    /** A talk rule the assessment's rulebook applies, with its source. */
    public record RuleRow(String rule, String source) {
    }

    /**
     * The counts: talks pending are neither recorded nor cancelled; late ones are scheduled for a day
     * already past; items overdue are open past their deadline; closed late, closed after it.
     */
    public record Summary(int talks, int talksRecorded, int talksCancelled, int talksPending, int talksLate, int items,
            int itemsClosed, int itemsOpen, int itemsOverdue, int itemsClosedLate) {

        /** Nothing left to do: the year may be completed (once following up). */
        public boolean allDone() {
            return talksPending == 0 && itemsOpen == 0;
        }
    }

    public boolean talksProposed() {
        return status == AssessmentStatus.FOLLOW_UP || status == AssessmentStatus.COMPLETED;
    }

    public boolean completable() {
        return status == AssessmentStatus.FOLLOW_UP && summary.allDone();
    }

    /** Not yet circulated: no talk can be proposed. */
    public boolean beforeCirculation() {
        return status.ordinal() < AssessmentStatus.CIRCULATED.ordinal();
    }

    /** The talk of this assessment with {@code talkId}, or null. */
    public TalkRow talkOf(Long talkId) {
        return talks.stream().filter(t -> talkId != null && t.id() == talkId).findFirst().orElse(null);
    }

    /** Whom an item raised from the talk concerns: the cadre talked to, or null (the team) for a team's talk. */
    public Long subjectOfTalk(Long talkId) {
        TalkRow t = talkOf(talkId);
        return t == null || t.teamPrincipal() ? null : t.cadreId();
    }

    /** The talks recorded, which a rectification item may come from. */
    public List<TalkRow> recordedTalks() {
        return talks.stream().filter(t -> t.status() == TalkStatus.RECORDED).toList();
    }
}
