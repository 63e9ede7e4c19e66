package cn.zhishi.notification;

import cn.zhishi.audit.AuditEvent;
import cn.zhishi.audit.AuditTrail;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Creates, lists and marks notifications; finds the users who must act (by cadre, or by role over a unit). */
@Service
public class Notifications {

    static final String SEP = "\u001f";

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final NotificationMailer mailer;
    private final Clock clock;

    Notifications(JdbcTemplate jdbc, AuditTrail audit, NotificationMailer mailer, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.mailer = mailer;
        this.clock = clock;
    }

    public record Notice(long id, NotificationKind kind, String messageKey, List<String> args, String link,
            OffsetDateTime createdAt, OffsetDateTime readAt) {

        public boolean isUnread() {
            return readAt == null;
        }

        public Object[] arguments() {
            return args.toArray();
        }
    }

    /**
     * Tells {@code username} about something once: a second call with the same {@code dedupKey} does nothing.
     * Runs in the caller's transaction (so the notice exists exactly when the change it reports does).
     * Returns whether a notice was created.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean notify(String username, NotificationKind kind, String link, String dedupKey, Object... args) {
        if (username == null || username.isBlank() || jdbc.queryForObject(
                "select count(*) from app_user where username = ?", Integer.class, username) == 0) {
            return false;
        }
        // as text, so the in-app notice and the mail read alike (no "2,026" from number formatting)
        List<String> texts = Arrays.stream(args).map(String::valueOf).toList();
        String joined = String.join(SEP, texts);
        String key = dedupKey.length() > 200 ? dedupKey.substring(0, 200) : dedupKey;
        int n = jdbc.update("""
                insert into notification (recipient, kind, message_key, args, link, dedup_key, created_at)
                select ?, ?, ?, ?, ?, ?, ?
                 where not exists (select 1 from notification where recipient = ? and dedup_key = ?)""",
                username, kind.name(), "notification." + kind.name(), joined, link, key, OffsetDateTime.now(clock),
                username, key);
        if (n == 0) {
            return false;
        }
        audit.record(AuditEvent.created("notification.create", "Notification", username + ":" + key,
                kind.name() + " → " + username, Map.of("recipient", username, "kind", kind.name(), "link",
                        link == null ? "" : link)));
        mailer.sendAfterCommit(username, "notification." + kind.name(), texts.toArray(), link);
        return true;
    }

    /** The account of a cadre, if the cadre has one. */
    @Transactional(readOnly = true)
    public Optional<String> userOfCadre(long cadreId) {
        return jdbc.queryForList("select username from app_user where cadre_id = ? and enabled = true order by id",
                String.class, cadreId).stream().findFirst();
    }

    /** Enabled users holding {@code role} whose jurisdiction covers the unit {@code unitId}. */
    @Transactional(readOnly = true)
    public List<String> usersWithRoleOver(String role, long unitId) {
        return jdbc.queryForList("""
                select distinct u.username from app_user u
                  join app_user_role r on r.user_id = u.id
                  join app_user_jurisdiction j on j.user_id = u.id
                  join org_unit o on o.id = j.unit_id
                  join org_unit t on t.id = ?
                 where u.enabled = true and r.role = ? and t.path like o.path || '%'
                 order by u.username""", String.class, unitId, role);
    }

    @Transactional(readOnly = true)
    public int unreadCount(String username) {
        Integer n = jdbc.queryForObject("select count(*) from notification where recipient = ? and read_at is null",
                Integer.class, username);
        return n == null ? 0 : n;
    }

    @Transactional(readOnly = true)
    public List<Notice> latest(String username, int limit) {
        return jdbc.query("""
                select id, kind, message_key, args, link, created_at, read_at from notification
                 where recipient = ? order by created_at desc, id desc""", (rs, i) -> new Notice(rs.getLong(1),
                NotificationKind.valueOf(rs.getString(2)), rs.getString(3),
                rs.getString(4) == null || rs.getString(4).isEmpty() ? List.of() : List.of(rs.getString(4).split(SEP, -1)),
                rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getObject(7, OffsetDateTime.class)),
                username).stream().limit(limit).toList();
    }

    /** Marks one of the user's notices read and returns its link (empty when it is not theirs). */
    @Transactional
    public Optional<String> open(String username, long id) {
        List<String> links = jdbc.queryForList("select coalesce(link, '') from notification where id = ? and recipient = ?",
                String.class, id, username);
        if (links.isEmpty()) {
            return Optional.empty();
        }
        int n = jdbc.update("update notification set read_at = ? where id = ? and read_at is null", OffsetDateTime.now(clock), id);
        if (n > 0) {
            audit.record(AuditEvent.changed("notification.read", "Notification", id, username, null, Map.of("read", true)));
        }
        return Optional.of(links.get(0));
    }

    @Transactional
    public int markAllRead(String username) {
        int n = jdbc.update("update notification set read_at = ? where recipient = ? and read_at is null",
                OffsetDateTime.now(clock), username);
        if (n > 0) {
            audit.record(AuditEvent.changed("notification.read-all", "Notification", username, username + ": " + n + " read", null,
                    Map.of("count", n)));
        }
        return n;
    }
}
