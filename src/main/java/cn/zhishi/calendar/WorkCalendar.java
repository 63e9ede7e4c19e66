package cn.zhishi.calendar;

import cn.zhishi.audit.AuditEvent;
import cn.zhishi.audit.AuditTrail;
import cn.zhishi.shared.Problems;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The official working-day calendar, cached in memory and reloaded after every edit. */
@Service
public class WorkCalendar {

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final AtomicReference<WorkingDays> cache = new AtomicReference<>();

    WorkCalendar(JdbcTemplate jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public WorkingDays workingDays() {
        WorkingDays w = cache.get();
        if (w == null) {
            Map<LocalDate, Boolean> m = new HashMap<>();
            jdbc.query("select cal_day, working from work_calendar_day",
                    rs -> { m.put(rs.getObject(1, LocalDate.class), rs.getBoolean(2)); });
            w = new WorkingDays(m);
            cache.set(w);
        }
        return w;
    }

    @Transactional(readOnly = true)
    public List<CalendarDay> year(int year) {
        return jdbc.query("select cal_day, working, name, source from work_calendar_day where cal_day between ? and ? order by cal_day",
                (rs, i) -> new CalendarDay(rs.getObject(1, LocalDate.class), rs.getBoolean(2), rs.getString(3),
                        rs.getString(4)), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @Transactional(readOnly = true)
    public List<Integer> years() {
        return jdbc.queryForList("select distinct extract(year from cal_day) from work_calendar_day order by 1", Number.class)
                .stream().map(Number::intValue).toList();
    }

    /** Adds or replaces one exception day (a new year's notice, a correction). */
    @Transactional
    @PreAuthorize("hasAnyRole('ORG_ADMIN','SYSTEM_ADMIN')")
    public void put(CalendarDay day) {
        new Problems().require(day.day(), "day").require(day.name(), "name").require(day.source(), "source").throwIfAny();
        int removed = jdbc.update("delete from work_calendar_day where cal_day = ?", day.day());
        jdbc.update("insert into work_calendar_day (cal_day, working, name, source) values (?,?,?,?)", day.day(),
                day.working(), day.name().strip(), day.source().strip());
        audit.record(AuditEvent.changed("calendar.put", "WorkCalendar", day.day().toString(), day.name(),
                removed > 0 ? Map.of("day", day.day().toString()) : null,
                Map.of("day", day.day().toString(), "working", day.working(), "name", day.name(), "source", day.source())));
        cache.set(null);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ORG_ADMIN','SYSTEM_ADMIN')")
    public void remove(LocalDate day) {
        if (jdbc.update("delete from work_calendar_day where cal_day = ?", day) > 0) {
            audit.record(AuditEvent.removed("calendar.remove", "WorkCalendar", day.toString(), day.toString(),
                    Map.of("day", day.toString())));
        }
        cache.set(null);
    }
}
