package cn.zhishi.report;

/**
 * Where a monthly report stands. DRAFT and RETURNED are editable by the cadre; SUBMITTED waits for
 * the unit; REVIEWED waits for the principal's signature; SIGNED waits for posting; POSTED is on the
 * public board for the posting window; ARCHIVED is in the performance database (实绩信息库).
 */
public enum ReportStatus {
    DRAFT, SUBMITTED, RETURNED, REVIEWED, SIGNED, POSTED, ARCHIVED;

    public boolean editableByCadre() {
        return this == DRAFT || this == RETURNED;
    }

    /** Handed in (it counts as delivered for the missing-report rule). */
    public boolean delivered() {
        return this != DRAFT && this != RETURNED;
    }
}
