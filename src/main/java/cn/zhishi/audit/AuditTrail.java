package cn.zhishi.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends to the audit record. Called inside the writing transaction, so a write and its record
 * commit or roll back together. Appends are serialised by locking the chain head row.
 */
@Service
public class AuditTrail {

    /**
     * Request attribute: when present, the record of this request carries no source address (an
     * anonymous complaint must not be linkable to where it came from). Set it with {@link #withoutSourceAddress()}.
     */
    public static final String NO_SOURCE_ADDRESS = AuditTrail.class.getName() + ".noSourceAddress";

    /** Leaves the source address off every record written for the current request. */
    public static void withoutSourceAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a) {
            a.getRequest().setAttribute(NO_SOURCE_ADDRESS, Boolean.TRUE);
        }
    }

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditTrail(JdbcTemplate jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEvent event) {
        HttpServletRequest request = currentRequest();
        Map<String, Object> head = jdbc.queryForMap(
                "select last_seq, last_hash from audit_chain_head where id = 1 for update");
        long seq = ((Number) head.get("last_seq")).longValue() + 1;
        String prevHash = (String) head.get("last_hash");
        StoredAuditRecord unsigned = new StoredAuditRecord(seq,
                AuditRecordHash.normalise(OffsetDateTime.now(clock)), actor(request), address(request),
                AuditChannel.of(request).name(), event.action(), event.entityType(),
                event.entityId() == null ? null : event.entityId().toString(), truncate(event.summary(), 300),
                toJson(event.before()), toJson(event.after()), prevHash, null);
        String hash = AuditRecordHash.of(unsigned);
        jdbc.update("""
                insert into audit_record (seq, occurred_at, actor, source_address, channel, action, entity_type,
                    entity_id, summary, before_state, after_state, prev_hash, record_hash)
                values (?,?,?,?,?,?,?,?,?,?,?,?,?)""",
                seq, unsigned.occurredAt(), unsigned.actor(), unsigned.sourceAddress(), unsigned.channel(),
                unsigned.action(), unsigned.entityType(), unsigned.entityId(), unsigned.summary(),
                unsigned.beforeState(), unsigned.afterState(), prevHash, hash);
        jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", seq, hash);
    }

    private String toJson(Map<String, ?> state) {
        return state == null ? null : json.writeValueAsString(new TreeMap<>(state));
    }

    /** The signed-in user; "anonymous" for a request without one (e.g. a failed sign-in); "system" outside requests. */
    private static String actor(HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated()
                && !(auth instanceof org.springframework.security.authentication.AnonymousAuthenticationToken)) {
            return auth.getName();
        }
        return request == null ? "system" : "anonymous";
    }

    private static String address(HttpServletRequest request) {
        return request == null || request.getAttribute(NO_SOURCE_ADDRESS) != null ? null : request.getRemoteAddr();
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a ? a.getRequest() : null;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
