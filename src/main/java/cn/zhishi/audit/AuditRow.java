package cn.zhishi.audit;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** One audit record as the auditor's pages show it: local time and the before/after comparison. */
record AuditRow(StoredAuditRecord record, LocalDateTime localTime, List<AuditDiff.Change> changes, long changedCount) {

    static AuditRow of(StoredAuditRecord r, ZoneId zone, JsonMapper json) {
        List<AuditDiff.Change> changes = AuditDiff.of(json, r.beforeState(), r.afterState());
        return new AuditRow(r, r.occurredAt().atZoneSameInstant(zone).toLocalDateTime(), changes,
                AuditDiff.changedCount(changes));
    }
}
