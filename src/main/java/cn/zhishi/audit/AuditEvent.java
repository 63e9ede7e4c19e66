package cn.zhishi.audit;

import java.util.Map;

/**
 * One write to put on record.
 *
 * @param action   domain verb, e.g. {@code cadre.register}, {@code tenure.end}
 * @param before   state before the write (null for creations); sensitive values already masked
 * @param after    state after the write (null for removals)
 */
public record AuditEvent(String action, String entityType, Object entityId, String summary,
        Map<String, ?> before, Map<String, ?> after) {

    public static AuditEvent created(String action, String entityType, Object id, String summary, Map<String, ?> after) {
        return new AuditEvent(action, entityType, id, summary, null, after);
    }

    public static AuditEvent changed(String action, String entityType, Object id, String summary,
            Map<String, ?> before, Map<String, ?> after) {
        return new AuditEvent(action, entityType, id, summary, before, after);
    }

    public static AuditEvent removed(String action, String entityType, Object id, String summary, Map<String, ?> before) {
        return new AuditEvent(action, entityType, id, summary, before, null);
    }
}
