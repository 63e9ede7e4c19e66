package cn.zhishi.assessment.annual;

import cn.zhishi.shared.DomainRuleException;
import java.time.LocalDate;

/**
 * One unit's annual assessment for a year: the procedure's state and what each step recorded. Each
 * step is a method that checks the current state and throws {@link DomainRuleException} when the
 * step is not allowed now; the constraint check itself is done by the caller (it needs the members'
 * grades) and its result is passed in, so a step with violations is refused here.
 */
public final class AnnualAssessment {

    private final long id;
    private final long unitId;
    private final int year;
    private AssessmentStatus status;
    private String meeting;
    private LocalDate decidedOn;
    private DecisionOutcome outcome;
    private LocalDate fedBackOn;
    private LocalDate circulatedOn;
    private LocalDate followUpOn;
    private LocalDate completedOn;
    private String completionReport;

    public AnnualAssessment(long id, long unitId, int year, AssessmentStatus status, String meeting, LocalDate decidedOn,
            DecisionOutcome outcome, LocalDate fedBackOn, LocalDate circulatedOn) {
        this(id, unitId, year, status, meeting, decidedOn, outcome, fedBackOn, circulatedOn, null, null, null);
    }

    public AnnualAssessment(long id, long unitId, int year, AssessmentStatus status, String meeting, LocalDate decidedOn,
            DecisionOutcome outcome, LocalDate fedBackOn, LocalDate circulatedOn, LocalDate followUpOn,
            LocalDate completedOn, String completionReport) {
        this.id = id;
        this.unitId = unitId;
        this.year = year;
        this.status = status;
        this.meeting = meeting;
        this.decidedOn = decidedOn;
        this.outcome = outcome;
        this.fedBackOn = fedBackOn;
        this.circulatedOn = circulatedOn;
        this.followUpOn = followUpOn;
        this.completedOn = completedOn;
        this.completionReport = completionReport;
    }

    /** Grades, scores and the team grade may change only while drafting. */
    public void requireEditable() {
        require(AssessmentStatus.DRAFT, "annual.refused.notDraft");
    }

    /** 考核办提出等次建议. */
    public void propose(java.util.List<Violation> violations, String rendered) {
        require(AssessmentStatus.DRAFT, "annual.refused.notDraft");
        refuseIfAny(violations, rendered);
        status = AssessmentStatus.PROPOSED;
    }

    /** 组织部审核. */
    public void review(java.util.List<Violation> violations, String rendered) {
        require(AssessmentStatus.PROPOSED, "annual.refused.notProposed");
        refuseIfAny(violations, rendered);
        status = AssessmentStatus.REVIEWED;
    }

    /** 常委会研究审议: approved → decided; returned → back to draft for changes. */
    public void decide(String meeting, LocalDate on, DecisionOutcome outcome, java.util.List<Violation> violations,
            String rendered) {
        require(AssessmentStatus.REVIEWED, "annual.refused.notReviewed");
        if (outcome == DecisionOutcome.APPROVED) {
            refuseIfAny(violations, rendered);
        }
        this.meeting = meeting;
        this.decidedOn = on;
        this.outcome = outcome;
        status = outcome == DecisionOutcome.APPROVED ? AssessmentStatus.DECIDED : AssessmentStatus.DRAFT;
    }

    /** 向班子正职书面反馈. */
    public void feedBack(LocalDate on) {
        require(AssessmentStatus.DECIDED, "annual.refused.notDecided");
        if (on.isBefore(decidedOn)) {
            throw new DomainRuleException("annual.refused.beforeDecision", decidedOn);
        }
        fedBackOn = on;
        status = AssessmentStatus.FED_BACK;
    }

    /** 通报年度考核结果. */
    public void circulate(LocalDate on) {
        require(AssessmentStatus.FED_BACK, "annual.refused.notFedBack");
        if (on.isBefore(fedBackOn)) {
            throw new DomainRuleException("annual.refused.beforeFeedback", fedBackOn);
        }
        circulatedOn = on;
        status = AssessmentStatus.CIRCULATED;
    }

    /**
     * 分级谈话 ([003] 六项程序之五): the talks the approved grades require are proposed once the results are
     * circulated; the year then follows up its talks and rectification items.
     */
    public void startFollowUp(LocalDate on) {
        require(AssessmentStatus.CIRCULATED, "annual.refused.notCirculated");
        if (on.isBefore(circulatedOn)) {
            throw new DomainRuleException("annual.refused.beforeCirculation", circulatedOn);
        }
        followUpOn = on;
        status = AssessmentStatus.FOLLOW_UP;
    }

    /** Talks may be scheduled, recorded, cancelled or added only while following up. */
    public void requireFollowUp() {
        require(AssessmentStatus.FOLLOW_UP, "annual.refused.notFollowUp");
    }

    /** Rectification items may be raised, noted and closed from the written feedback on until completion. */
    public void requireRectifiable() {
        if (!status.rectifiable()) {
            throw new DomainRuleException("annual.refused.notRectifiable", status.name());
        }
    }

    /**
     * 整改情况向党委报告 ([003] 六项程序之六), which completes the year: refused while a talk is neither recorded
     * nor cancelled or a rectification item is open (the caller counts them, as it checks the constraints
     * for {@link #propose}).
     */
    public void complete(LocalDate on, String report, int pendingTalks, int openItems) {
        require(AssessmentStatus.FOLLOW_UP, "annual.refused.notFollowUp");
        if (pendingTalks > 0 || openItems > 0) {
            throw new DomainRuleException("annual.refused.followUpOpen", pendingTalks, openItems);
        }
        if (on.isBefore(followUpOn)) {
            throw new DomainRuleException("annual.refused.beforeFollowUp", followUpOn);
        }
        completedOn = on;
        completionReport = report;
        status = AssessmentStatus.COMPLETED;
    }

    private void require(AssessmentStatus expected, String code) {
        if (status != expected) {
            throw new DomainRuleException(code, status.name());
        }
    }

    private static void refuseIfAny(java.util.List<Violation> violations, String rendered) {
        if (!violations.isEmpty()) {
            throw new ConstraintsViolated(violations, rendered);
        }
    }

    public long id() {
        return id;
    }

    public long unitId() {
        return unitId;
    }

    public int year() {
        return year;
    }

    public AssessmentStatus status() {
        return status;
    }

    public String meeting() {
        return meeting;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public DecisionOutcome outcome() {
        return outcome;
    }

    public LocalDate fedBackOn() {
        return fedBackOn;
    }

    public LocalDate circulatedOn() {
        return circulatedOn;
    }

    public LocalDate followUpOn() {
        return followUpOn;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public String completionReport() {
        return completionReport;
    }
}
