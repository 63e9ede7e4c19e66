package cn.zhishi.eligibility;

import cn.zhishi.shared.DomainRuleException;

/**
 * A member's path through the reserve pool (后备干部库) as a state machine: 后备 RESERVE → 考察对象
 * CANDIDATE → 已任用 APPOINTED, or back to RESERVE; RESERVE or CANDIDATE → 已撤销 REVOKED. Pure; each
 * named transition returns the stage it left so the service can write the history row.
 */
public final class ReserveMember {

    public enum Stage { RESERVE, CANDIDATE, APPOINTED, REVOKED }

    /** How a member entered the pool. */
    public enum Source { SCREENING, ANNUAL_RESULT, NOMINATION, FRONTLINE }

    private Stage stage;

    public ReserveMember(Stage stage) {
        this.stage = stage;
    }

    public Stage stage() { return stage; }

    /** 后备 → 考察对象. */
    public Stage inspect() {
        return move(Stage.CANDIDATE, Stage.RESERVE);
    }

    /** 考察对象 → 已任用. */
    public Stage appoint() {
        return move(Stage.APPOINTED, Stage.CANDIDATE);
    }

    /** 考察对象 → 后备 (inspection did not lead to an appointment this time). */
    public Stage returnToReserve() {
        return move(Stage.RESERVE, Stage.CANDIDATE);
    }

    /** 后备 or 考察对象 → 已撤销. */
    public Stage revoke() {
        return move(Stage.REVOKED, Stage.RESERVE, Stage.CANDIDATE);
    }

    public boolean active() {
        return stage == Stage.RESERVE || stage == Stage.CANDIDATE;
    }

    private Stage move(Stage to, Stage... from) {
        for (Stage s : from) {
            if (s == stage) {
                Stage was = stage;
                stage = to;
                return was;
            }
        }
        throw new DomainRuleException("reserve.refused.transition", stage.name(), to.name());
    }
}
