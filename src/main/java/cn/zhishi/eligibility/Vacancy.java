package cn.zhishi.eligibility;

import cn.zhishi.shared.DomainRuleException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A vacancy and its candidate list as a small state machine ([004]): OPEN → SUBMITTED → CLOSED, and
 * OPEN or SUBMITTED → WITHDRAWN. Candidates are added only while OPEN and only when their verdict is
 * eligible; submitting needs {@link #MINIMUM_CANDIDATES} eligible candidates unless an exception
 * reason is given. Pure: the service loads, calls one named method, and stores.
 */
public final class Vacancy {

    /** [004]: at least three candidates per vacancy. */
    public static final int MINIMUM_CANDIDATES = 3;

    public enum Status { OPEN, SUBMITTED, CLOSED, WITHDRAWN }

    private Status status;
    private final List<Long> candidates;
    private String exceptionReason;
    private String closingReason;

    public Vacancy(Status status, List<Long> candidates, String exceptionReason, String closingReason) {
        this.status = status;
        this.candidates = new ArrayList<>(candidates);
        this.exceptionReason = exceptionReason;
        this.closingReason = closingReason;
    }

    public static Vacancy open() {
        return new Vacancy(Status.OPEN, List.of(), null, null);
    }

    public Status status() { return status; }
    public List<Long> candidates() { return Collections.unmodifiableList(candidates); }
    public String exceptionReason() { return exceptionReason; }
    public String closingReason() { return closingReason; }

    /** Adds a candidate whose verdict was just re-checked; only eligible cadres, once each, while OPEN. */
    public void addCandidate(long cadreId, boolean eligibleNow) {
        requireStatus("vacancy.refused.notOpen", Status.OPEN);
        if (!eligibleNow) {
            throw new DomainRuleException("vacancy.refused.ineligible");
        }
        if (candidates.contains(cadreId)) {
            throw new DomainRuleException("vacancy.refused.duplicate");
        }
        candidates.add(cadreId);
    }

    public void removeCandidate(long cadreId) {
        requireStatus("vacancy.refused.notOpen", Status.OPEN);
        if (!candidates.remove(Long.valueOf(cadreId))) {
            throw new DomainRuleException("vacancy.refused.notCandidate");
        }
    }

    /** A recommendation is recorded while OPEN and only for a cadre on the list. */
    public void recommend(long cadreId) {
        requireStatus("vacancy.refused.notOpen", Status.OPEN);
        if (!candidates.contains(cadreId)) {
            throw new DomainRuleException("vacancy.refused.notCandidate");
        }
    }

    /**
     * Sends the list forward. {@code eligibleNow} is how many candidates are eligible on the day of
     * submission; below the minimum a non-blank {@code exception} reason is required and recorded.
     */
    public void submit(int eligibleNow, String exception) {
        requireStatus("vacancy.refused.notOpen", Status.OPEN);
        boolean hasException = exception != null && !exception.isBlank();
        if (eligibleNow < MINIMUM_CANDIDATES && !hasException) {
            throw new DomainRuleException("vacancy.refused.tooFew", eligibleNow, MINIMUM_CANDIDATES);
        }
        if (eligibleNow == 0) {
            throw new DomainRuleException("vacancy.refused.empty");
        }
        exceptionReason = eligibleNow < MINIMUM_CANDIDATES ? exception.trim() : null;
        status = Status.SUBMITTED;
    }

    public void close(String reason) {
        requireStatus("vacancy.refused.notSubmitted", Status.SUBMITTED);
        closingReason = reason;
        status = Status.CLOSED;
    }

    public void withdraw(String reason) {
        requireStatus("vacancy.refused.finished", Status.OPEN, Status.SUBMITTED);
        closingReason = reason;
        status = Status.WITHDRAWN;
    }

    private void requireStatus(String code, Status... allowed) {
        for (Status s : allowed) {
            if (s == status) {
                return;
            }
        }
        throw new DomainRuleException(code, status.name());
    }
}
