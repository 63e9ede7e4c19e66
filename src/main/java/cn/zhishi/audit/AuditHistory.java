package cn.zhishi.audit;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change history of one record (e.g. a cadre's file) for the people who keep that record.
 * Unlike the auditor's view it shows one entity only, to callers that already checked access to it.
 */
@Service
public class AuditHistory {

    private final JdbcTemplate jdbc;

    AuditHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Change> of(String entityType, Object entityId, int limit) {
        return jdbc.query("""
                select occurred_at, actor, channel, action, summary, before_state, after_state
                from audit_record where entity_type = ? and entity_id = ? order by seq desc limit ?""",
                (rs, i) -> new Change(rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("actor"),
                        rs.getString("channel"), rs.getString("action"), rs.getString("summary"),
                        rs.getString("before_state"), rs.getString("after_state")),
                entityType, entityId.toString(), limit);
    }

    /** One change: when, who, through which channel, what, and the state before and after (JSON). */
    public record Change(OffsetDateTime occurredAt, String actor, String channel, String action, String summary,
            String before, String after) {

        /** The time in China Standard Time, as people read it. */
        public java.time.LocalDateTime localTime() {
            return occurredAt.atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai")).toLocalDateTime();
        }
    }
}
