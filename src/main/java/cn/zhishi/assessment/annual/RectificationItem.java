package cn.zhishi.assessment.annual;

import cn.zhishi.shared.DomainRuleException;
import cn.zhishi.shared.Problems;
import java.time.LocalDate;

/**
 * 整改事项: one item a team or a cadre must put right after the year's result ([003] 六项程序之六
 * "市委组织部督促各单位落实整改措施，及时将整改情况向市委报告"): what, who answers for it, by when; progress is
 * noted while it is open, and it is closed (销号) with the result and its evidence. An open item past its
 * deadline is overdue; an item closed after its deadline stays marked as closed late.
 */
public final class RectificationItem {

    static final int CONTENT_MAX = 1000;
    static final int RESPONSIBLE_MAX = 100;
    static final int RESULT_MAX = 2000;
    static final int NOTE_MAX = 1000;

    private final long id;
    private final long assessmentId;
    private final LocalDate raisedOn;
    private final LocalDate deadline;
    private RectificationStatus status;
    private LocalDate closedOn;
    private String result;

    public RectificationItem(long id, long assessmentId, LocalDate raisedOn, LocalDate deadline,
            RectificationStatus status, LocalDate closedOn, String result) {
        this.id = id;
        this.assessmentId = assessmentId;
        this.raisedOn = raisedOn;
        this.deadline = deadline;
        this.status = status;
        this.closedOn = closedOn;
        this.result = result;
    }

    /** Checks a new item's input into {@code p}: origin, content, responsible person, a deadline not before the day it is raised. */
    public static void checkNew(Problems p, RectificationOrigin origin, String content, String responsible,
            LocalDate deadline, LocalDate raisedOn) {
        p.require(origin, "origin").require(content, "content").require(responsible, "responsible")
                .require(deadline, "deadline");
        Talk.tooLong(p, content, CONTENT_MAX, "content");
        Talk.tooLong(p, responsible, RESPONSIBLE_MAX, "responsible");
        if (deadline != null && deadline.isBefore(raisedOn)) {
            p.add("deadline", "annual.item.deadlinePast", raisedOn);
        }
    }

    /** 整改进展: a dated note, only while open; the day not in the future nor before the item was raised. */
    public void noteProgress(LocalDate on, String note, LocalDate today) {
        requireOpen();
        Problems p = new Problems().require(on, "notedOn").require(note, "note");
        Talk.tooLong(p, note, NOTE_MAX, "note");
        checkDay(p, on, "notedOn", today);
        p.throwIfAny();
    }

    /** 销号: closed on (not in the future, not before it was raised) with the result and its evidence. */
    public void close(LocalDate on, String result, LocalDate today) {
        requireOpen();
        Problems p = new Problems().require(on, "closedOn").require(result, "result");
        Talk.tooLong(p, result, RESULT_MAX, "result");
        checkDay(p, on, "closedOn", today);
        p.throwIfAny();
        this.closedOn = on;
        this.result = result.trim();
        status = RectificationStatus.CLOSED;
    }

    private void checkDay(Problems p, LocalDate on, String field, LocalDate today) {
        if (on != null && on.isAfter(today)) {
            p.add(field, "annual.date.future");
        }
        if (on != null && on.isBefore(raisedOn)) {
            p.add(field, "annual.item.beforeRaised", raisedOn);
        }
    }

    private void requireOpen() {
        if (status != RectificationStatus.OPEN) {
            throw new DomainRuleException("annual.item.refused.closed", closedOn);
        }
    }

    /** Open and past its deadline. */
    public boolean overdue(LocalDate today) {
        return status == RectificationStatus.OPEN && deadline.isBefore(today);
    }

    /** Closed after its deadline. */
    public boolean closedLate() {
        return status == RectificationStatus.CLOSED && closedOn.isAfter(deadline);
    }

    public long id() {
        return id;
    }

    public long assessmentId() {
        return assessmentId;
    }

    public LocalDate raisedOn() {
        return raisedOn;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public RectificationStatus status() {
        return status;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public String result() {
        return result;
    }
}
