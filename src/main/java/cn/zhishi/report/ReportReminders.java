package cn.zhishi.report;

import cn.zhishi.cadre.CadreLookup;
import cn.zhishi.notification.NotificationKind;
import cn.zhishi.notification.Notifications;
import cn.zhishi.org.Jurisdiction;
import cn.zhishi.org.OrgDirectory;
import cn.zhishi.org.UnitSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders into the notification centre. At the moment of the change: a returned report (to its author), a
 * submitted report (to the unit's reviewers). Daily, idempotently: the month's report due within three days or
 * overdue (to the cadre), reports waiting in the unit's queue (to its reviewers), posting windows closing within
 * two days (to the reviewers and the author).
 */
@Component
public class ReportReminders {

    private static final Logger log = LoggerFactory.getLogger(ReportReminders.class);
    static final int DUE_SOON_DAYS = 3;
    static final int CLOSING_DAYS = 2;
    static final String REVIEWER = "UNIT_REVIEWER";

    private final Notifications notifications;
    private final ReportService service;
    private final CadreLookup cadres;
    private final OrgDirectory org;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final MonthlySummary summaries;

    ReportReminders(Notifications notifications, ReportService service, CadreLookup cadres, OrgDirectory org,
            JdbcTemplate jdbc, Clock clock, MonthlySummary summaries) {
        this.summaries = summaries;
        this.notifications = notifications;
        this.service = service;
        this.cadres = cadres;
        this.org = org;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static String link(long reportId) {
        return "/reports/" + reportId;
    }

    static void returned(Notifications notifications, MonthlyReport r) {
        notifications.userOfCadre(r.getCadreId()).ifPresent(u -> notifications.notify(u,
                NotificationKind.REPORT_RETURNED, link(r.getId()), "returned:" + r.getId() + ":" + r.getVersion(),
                r.getYear(), r.getMonth(), r.getReturnReason() == null ? "" : r.getReturnReason()));
    }

    static void waiting(Notifications notifications, MonthlyReport r, String cadreName) {
        for (String u : notifications.usersWithRoleOver(REVIEWER, r.getUnitId())) {
            notifications.notify(u, NotificationKind.REVIEW_WAITING, link(r.getId()),
                    "waiting:" + r.getId() + ":" + r.getStatus(), cadreName, r.getYear(), r.getMonth());
        }
    }

    @Scheduled(cron = "${zhishi.reports.reminder-cron:0 0 8 * * *}", zone = "Asia/Shanghai")
    void daily() {
        List<Long> all = org.tree(new Jurisdiction(List.of("/"))).stream().map(UnitSummary::id).toList();
        int n = sweep(LocalDate.now(clock), all);
        n += summaries.announceClosedMonth(LocalDate.now(clock), all);
        log.info("Daily reminders: {} new notifications", n);
    }

    /** Creates the day's reminders for the units given; returns how many notifications are new. */
    @Transactional
    public int sweep(LocalDate today, Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return 0;
        }
        int n = 0;
        List<CadreLookup.CadreRef> active = cadres.activeIn(unitIds);
        YearMonth current = YearMonth.from(today);
        LocalDate due = service.dueDate(current);
        if (!today.isAfter(due) && !today.isBefore(due.minusDays(DUE_SOON_DAYS))) {
            Set<Long> delivered = delivered(current);
            for (CadreLookup.CadreRef c : active) {
                if (!delivered.contains(c.id())) {
                    n += tell(c.id(), NotificationKind.REPORT_DUE_SOON, "due:" + current, current, due);
                }
            }
        }
        YearMonth past = today.isAfter(due) ? current : current.minusMonths(1);
        Set<Long> deliveredPast = delivered(past);
        for (CadreLookup.CadreRef c : active) {
            if (!deliveredPast.contains(c.id()) && !excused(c.id(), past)) {
                n += tell(c.id(), NotificationKind.REPORT_OVERDUE, "overdue:" + past, past, service.dueDate(past));
            }
        }
        String in = String.join(",", unitIds.stream().map(String::valueOf).toList());
        for (var row : jdbc.queryForList("""
                select r.id, r.unit_id, r.status, r.report_year, r.report_month, c.name from monthly_report r
                  join cadre c on c.id = r.cadre_id
                 where r.status in ('SUBMITTED','REVIEWED','SIGNED') and r.unit_id in (""" + in + ")")) {
            long id = ((Number) row.get("id")).longValue();
            for (String u : notifications.usersWithRoleOver(REVIEWER, ((Number) row.get("unit_id")).longValue())) {
                n += notifications.notify(u, NotificationKind.REVIEW_WAITING, link(id), "waiting:" + id + ":" + row.get("status"),
                        row.get("name"), row.get("report_year"), row.get("report_month")) ? 1 : 0;
            }
        }
        for (var row : jdbc.queryForList("""
                select r.id, r.unit_id, r.cadre_id, r.posted_until, r.report_year, r.report_month, c.name from monthly_report r
                  join cadre c on c.id = r.cadre_id
                 where r.status = 'POSTED' and r.posted_until >= ? and r.posted_until <= ? and r.unit_id in (""" + in + ")",
                today, today.plusDays(CLOSING_DAYS))) {
            long id = ((Number) row.get("id")).longValue();
            Set<String> who = new HashSet<>(notifications.usersWithRoleOver(REVIEWER, ((Number) row.get("unit_id")).longValue()));
            notifications.userOfCadre(((Number) row.get("cadre_id")).longValue()).ifPresent(who::add);
            for (String u : who) {
                n += notifications.notify(u, NotificationKind.POSTING_CLOSING, link(id), "closing:" + id, row.get("name"),
                        row.get("report_year"), row.get("report_month"), String.valueOf(row.get("posted_until"))) ? 1 : 0;
            }
        }
        return n;
    }

    private int tell(long cadreId, NotificationKind kind, String dedup, YearMonth month, LocalDate due) {
        return notifications.userOfCadre(cadreId).map(u -> notifications.notify(u, kind, "/reports/mine", dedup,
                month.getYear(), month.getMonthValue(), due.toString()) ? 1 : 0).orElse(0);
    }

    private Set<Long> delivered(YearMonth m) {
        return new HashSet<>(jdbc.queryForList("""
                select cadre_id from monthly_report where report_year = ? and report_month = ?
                   and status not in ('DRAFT','RETURNED')""", Long.class, m.getYear(), m.getMonthValue()));
    }

    private boolean excused(long cadreId, YearMonth m) {
        Integer n = jdbc.queryForObject("select count(*) from report_excuse where cadre_id = ? and report_year = ? and report_month = ?",
                Integer.class, cadreId, m.getYear(), m.getMonthValue());
        return n != null && n > 0;
    }
}
