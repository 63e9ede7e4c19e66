package cn.zhishi.report;

/** RECEIVED → ASSIGNED → INVESTIGATING (with the discipline office) → FOUNDED or UNFOUNDED. */
public enum ComplaintStatus {
    RECEIVED, ASSIGNED, INVESTIGATING, FOUNDED, UNFOUNDED;

    public boolean open() {
        return this != FOUNDED && this != UNFOUNDED;
    }
}
