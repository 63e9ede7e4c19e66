package cn.zhishi.audit;

import java.time.OffsetDateTime;

/** An audit record as stored (and as shown to auditors). */
public record StoredAuditRecord(long seq, OffsetDateTime occurredAt, String actor, String sourceAddress,
        String channel, String action, String entityType, String entityId, String summary,
        String beforeState, String afterState, String prevHash, String recordHash) {
}
