package cn.zhishi.assessment.annual;

/**
 * A talk's life: PROPOSED (the rules call for it) → SCHEDULED (talker, date and place set; may be
 * rescheduled) → RECORDED (held: date, place, summary). PROPOSED or SCHEDULED → CANCELLED with a reason.
 * RECORDED and CANCELLED are final.
 */
public enum TalkStatus {
    PROPOSED, SCHEDULED, RECORDED, CANCELLED;

    /** Recorded or cancelled: nothing left to do. */
    public boolean done() {
        return this == RECORDED || this == CANCELLED;
    }
}
