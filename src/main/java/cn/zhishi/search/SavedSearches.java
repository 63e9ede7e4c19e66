package cn.zhishi.search;

import cn.zhishi.audit.AuditEvent;
import cn.zhishi.audit.AuditTrail;
import cn.zhishi.shared.Problems;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 保存的搜索: a user's named searches (the page's query string); each user sees and removes only their own. */
@Service
@Transactional
public class SavedSearches {

    public record Saved(long id, String name, String query) {
    }

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    SavedSearches(JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Saved> of(String username) {
        return jdbc.query("select id, name, query from saved_search where username = ? order by name",
                (rs, i) -> new Saved(rs.getLong(1), rs.getString(2), rs.getString(3)), username);
    }

    /** Saves (or replaces) the search under its name. */
    public void save(String username, String name, SearchForm form) {
        String n = SearchForm.blankToNull(name);
        Problems p = new Problems();
        if (n == null) {
            p.add("name", "search.saved.nameRequired");
        } else if (n.length() > 100) {
            p.add("name", "search.saved.nameTooLong");
        }
        p.throwIfAny();
        String query = form.toQueryString();
        jdbc.update("delete from saved_search where username = ? and name = ?", username, n);
        jdbc.update("insert into saved_search (username, name, query, created_at) values (?, ?, ?, ?)", username, n,
                query, Timestamp.from(clock.instant()));
        audit.record(AuditEvent.created("search.save", "SavedSearch", username, n, Map.of("query", query)));
    }

    public void remove(String username, long id) {
        List<Saved> mine = jdbc.query("select id, name, query from saved_search where id = ? and username = ?",
                (rs, i) -> new Saved(rs.getLong(1), rs.getString(2), rs.getString(3)), id, username);
        if (!mine.isEmpty()) {
            jdbc.update("delete from saved_search where id = ?", id);
            audit.record(AuditEvent.removed("search.remove", "SavedSearch", username, mine.get(0).name(),
                    Map.of("query", mine.get(0).query())));
        }
    }
}
