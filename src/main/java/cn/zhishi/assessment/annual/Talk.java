package cn.zhishi.assessment.annual;

import cn.zhishi.shared.DomainRuleException;
import cn.zhishi.shared.Problems;
import java.time.LocalDate;

/**
 * One talk of the year's 分级谈话 ([003] 六项程序之五): who talks ({@link Talker} and, once scheduled, a
 * name), to whom ({@code talkedTo}, the cadre or the team), why (the reasons, kept by {@link FollowUps}),
 * then scheduled and recorded. Each step checks the current state and the input and changes nothing when
 * it refuses: a wrong state throws {@link DomainRuleException}, bad input
 * {@link cn.zhishi.shared.InvalidInputException} listing every field.
 */
public final class Talk {

    static final int NAME_MAX = 100;
    static final int PLACE_MAX = 200;
    static final int SUMMARY_MAX = 4000;
    static final int REASON_MAX = 500;

    private final long id;
    private final long assessmentId;
    private final Long cadreId;
    private final String talkedTo;
    private final boolean teamPrincipal;
    private final Talker talker;
    private final TalkKind kind;
    private TalkStatus status;
    private String talkerName;
    private LocalDate scheduledOn;
    private String scheduledPlace;
    private LocalDate heldOn;
    private String place;
    private String summary;
    private String cancelReason;

    public Talk(long id, long assessmentId, Long cadreId, String talkedTo, boolean teamPrincipal, Talker talker,
            TalkKind kind, TalkStatus status, String talkerName, LocalDate scheduledOn, String scheduledPlace,
            LocalDate heldOn, String place, String summary, String cancelReason) {
        this.id = id;
        this.assessmentId = assessmentId;
        this.cadreId = cadreId;
        this.talkedTo = talkedTo;
        this.teamPrincipal = teamPrincipal;
        this.talker = talker;
        this.kind = kind;
        this.status = status;
        this.talkerName = talkerName;
        this.scheduledOn = scheduledOn;
        this.scheduledPlace = scheduledPlace;
        this.heldOn = heldOn;
        this.place = place;
        this.summary = summary;
        this.cancelReason = cancelReason;
    }

    /**
     * 安排谈话 (or 改期, when already scheduled): the talker's name, the day and, optionally, the place.
     * The day may not fall before {@code circulatedOn}: the talks follow the circulation of the results.
     */
    public void schedule(String talkerName, LocalDate on, String place, LocalDate circulatedOn) {
        if (status != TalkStatus.PROPOSED && status != TalkStatus.SCHEDULED) {
            throw new DomainRuleException("annual.talk.refused.notSchedulable", status.name());
        }
        Problems p = new Problems().require(talkerName, "talkerName").require(on, "scheduledOn");
        tooLong(p, talkerName, NAME_MAX, "talkerName");
        tooLong(p, place, PLACE_MAX, "scheduledPlace");
        if (on != null && circulatedOn != null && on.isBefore(circulatedOn)) {
            p.add("scheduledOn", "annual.talk.beforeCirculation", circulatedOn);
        }
        p.throwIfAny();
        this.talkerName = talkerName.trim();
        this.scheduledOn = on;
        this.scheduledPlace = blankToNull(place);
        status = TalkStatus.SCHEDULED;
    }

    /** 记录谈话: held on (not in the future, not before the circulation), where, and what was said. */
    public void record(LocalDate heldOn, String place, String summary, LocalDate circulatedOn, LocalDate today) {
        if (status != TalkStatus.SCHEDULED) {
            throw new DomainRuleException(status == TalkStatus.PROPOSED ? "annual.talk.refused.notScheduled"
                    : "annual.talk.refused.final", status.name());
        }
        Problems p = new Problems().require(heldOn, "heldOn").require(place, "place").require(summary, "summary");
        tooLong(p, place, PLACE_MAX, "place");
        tooLong(p, summary, SUMMARY_MAX, "summary");
        if (heldOn != null && heldOn.isAfter(today)) {
            p.add("heldOn", "annual.date.future");
        }
        if (heldOn != null && circulatedOn != null && heldOn.isBefore(circulatedOn)) {
            p.add("heldOn", "annual.talk.beforeCirculation", circulatedOn);
        }
        p.throwIfAny();
        this.heldOn = heldOn;
        this.place = place.trim();
        this.summary = summary.trim();
        status = TalkStatus.RECORDED;
    }

    /** 取消 (e.g. the cadre left the post, or the talk was merged into another): a reason is required. */
    public void cancel(String reason) {
        if (status.done()) {
            throw new DomainRuleException("annual.talk.refused.final", status.name());
        }
        Problems p = new Problems().require(reason, "cancelReason");
        tooLong(p, reason, REASON_MAX, "cancelReason");
        p.throwIfAny();
        this.cancelReason = reason.trim();
        status = TalkStatus.CANCELLED;
    }

    /** Scheduled and the day has passed without a record. */
    public boolean late(LocalDate today) {
        return status == TalkStatus.SCHEDULED && scheduledOn != null && scheduledOn.isBefore(today);
    }

    static void tooLong(Problems p, String value, int max, String field) {
        if (value != null && value.trim().length() > max) {
            p.add(field, "validation.tooLong", max);
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public long id() {
        return id;
    }

    public long assessmentId() {
        return assessmentId;
    }

    public Long cadreId() {
        return cadreId;
    }

    public String talkedTo() {
        return talkedTo;
    }

    public boolean teamPrincipal() {
        return teamPrincipal;
    }

    public Talker talker() {
        return talker;
    }

    public TalkKind kind() {
        return kind;
    }

    public TalkStatus status() {
        return status;
    }

    public String talkerName() {
        return talkerName;
    }

    public LocalDate scheduledOn() {
        return scheduledOn;
    }

    public String scheduledPlace() {
        return scheduledPlace;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String place() {
        return place;
    }

    public String summary() {
        return summary;
    }

    public String cancelReason() {
        return cancelReason;
    }
}
