package cn.zhishi.audit;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * One audit record as the auditor's pages show it: local time, the before/after comparison, and
 * whether the record still matches its own hash (a quick look; only the chain verification also
 * catches removed or replaced records).
 */
record AuditRow(StoredAuditRecord record, LocalDateTime localTime, Kind kind, List<AuditDiff.Change> changes,
        long changedCount, boolean hashMatches) {

    /** Creations and removals have one side only: there is nothing to compare, only content to show. */
    enum Kind { CREATED, CHANGED, REMOVED }

    static AuditRow of(StoredAuditRecord r, ZoneId zone, JsonMapper json) {
        List<AuditDiff.Change> changes = AuditDiff.of(json, r.beforeState(), r.afterState());
        Kind kind = r.beforeState() == null && r.afterState() != null ? Kind.CREATED
                : r.afterState() == null && r.beforeState() != null ? Kind.REMOVED : Kind.CHANGED;
        return new AuditRow(r, r.occurredAt().atZoneSameInstant(zone).toLocalDateTime(), kind, changes,
                AuditDiff.changedCount(changes), AuditRecordHash.of(r).equals(r.recordHash()));
    }
}
