package cn.zhishi.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Reads the audit record (auditors only; see the controller's access rule). */
@Repository
class AuditRecords {

    private static final RowMapper<StoredAuditRecord> ROW = (rs, i) -> new StoredAuditRecord(
            rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("actor"),
            rs.getString("source_address"), rs.getString("channel"), rs.getString("action"),
            rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("summary"),
            rs.getString("before_state"), rs.getString("after_state"), rs.getString("prev_hash"),
            rs.getString("record_hash"));

    private final JdbcTemplate jdbc;

    AuditRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<StoredAuditRecord> fromSeq(long seq, int limit) {
        return jdbc.query("select * from audit_record where seq >= ? order by seq limit ?", ROW, seq, limit);
    }

    StoredAuditRecord bySeq(long seq) {
        List<StoredAuditRecord> found = jdbc.query("select * from audit_record where seq = ?", ROW, seq);
        return found.isEmpty() ? null : found.get(0);
    }

    AuditPage search(AuditQuery q, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1=1");
        List<Object> args = new ArrayList<>();
        if (q.actor() != null && !q.actor().isBlank()) {
            where.append(" and actor = ?");
            args.add(q.actor().trim());
        }
        if (q.entityType() != null && !q.entityType().isBlank()) {
            where.append(" and entity_type = ?");
            args.add(q.entityType().trim());
        }
        if (q.entityId() != null && !q.entityId().isBlank()) {
            where.append(" and entity_id = ?");
            args.add(q.entityId().trim());
        }
        if (q.action() != null && !q.action().isBlank()) {
            where.append(" and action = ?");
            args.add(q.action().trim());
        }
        if (q.from() != null) {
            where.append(" and occurred_at >= ?");
            args.add(q.from().atStartOfDay().atOffset(java.time.ZoneOffset.ofHours(8)));
        }
        if (q.to() != null) {
            where.append(" and occurred_at < ?");
            args.add(q.to().plusDays(1).atStartOfDay().atOffset(java.time.ZoneOffset.ofHours(8)));
        }
        long total = jdbc.queryForObject("select count(*) from audit_record" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<StoredAuditRecord> rows = jdbc.query(
                "select * from audit_record" + where + " order by seq desc limit ? offset ?", ROW, pageArgs.toArray());
        return new AuditPage(rows, total, page, size);
    }

    List<String> distinctEntityTypes() {
        return jdbc.queryForList("select distinct entity_type from audit_record order by entity_type", String.class);
    }
}
