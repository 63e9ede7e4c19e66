package cn.zhishi.report;

import cn.zhishi.cadre.CadreLookup;
import cn.zhishi.org.Jurisdiction;
import cn.zhishi.org.OrgDirectory;
import cn.zhishi.org.UnitSummary;
import cn.zhishi.report.TwoConsecutiveMissingReportsMeansIncompetent.MonthOutcome;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns months into their recorded consequences: archives reports whose posting window closed and
 * applies {@link TwoConsecutiveMissingReportsMeansIncompetent} once a month's due date has passed.
 * Runs daily; tests call {@link #runFor(LocalDate, Collection)} with a date.
 */
@Service
public class ReportConsequences {

    private static final Logger log = LoggerFactory.getLogger(ReportConsequences.class);

    private final ReportRepository reports;
    private final ReportService service;
    private final GradeConstraints constraints;
    private final CadreLookup cadres;
    private final OrgDirectory org;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TwoConsecutiveMissingReportsMeansIncompetent rule = new TwoConsecutiveMissingReportsMeansIncompetent();

    ReportConsequences(ReportRepository reports, ReportService service, GradeConstraints constraints,
            CadreLookup cadres, OrgDirectory org, JdbcTemplate jdbc, Clock clock) {
        this.reports = reports;
        this.service = service;
        this.constraints = constraints;
        this.cadres = cadres;
        this.org = org;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${zhishi.reports.daily-cron:0 30 1 * * *}", zone = "Asia/Shanghai")
    void daily() {
        LocalDate today = LocalDate.now(clock);
        List<Long> all = org.tree(new Jurisdiction(List.of("/"))).stream().map(UnitSummary::id).toList();
        int archived = service.archiveDue(today);
        int findings = runFor(today, all);
        log.info("Daily report run: {} archived, {} new grade constraints", archived, findings);
    }

    /**
     * For the latest month whose due date is before {@code today}, and the one before it: every serving
     * cadre of the units with two consecutive counted months gets the constraint. Returns how many were new.
     */
    @Transactional
    public int runFor(LocalDate today, Collection<Long> unitIds) {
        YearMonth current = YearMonth.from(today);
        while (!today.isAfter(service.dueDate(current))) {
            current = current.minusMonths(1);
        }
        YearMonth previous = current.minusMonths(1);
        int n = 0;
        for (CadreLookup.CadreRef c : cadres.activeIn(unitIds)) {
            var finding = rule.apply(current, outcome(c.id(), previous), outcome(c.id(), current));
            if (finding.isPresent() && constraints.record(c.id(), finding.get().year(),
                    GradeConstraintKind.MUST_BE_INCOMPETENT, TwoConsecutiveMissingReportsMeansIncompetent.RULE,
                    TwoConsecutiveMissingReportsMeansIncompetent.SOURCE, finding.get().evidence())) {
                n++;
            }
        }
        return n;
    }

    MonthOutcome outcome(long cadreId, YearMonth month) {
        Integer excused = jdbc.queryForObject("select count(*) from report_excuse where cadre_id = ? and report_year = ? and report_month = ?",
                Integer.class, cadreId, month.getYear(), month.getMonthValue());
        if (excused != null && excused > 0) {
            return MonthOutcome.EXCUSED;
        }
        var r = reports.findByCadreIdAndYearAndMonth(cadreId, month.getYear(), month.getMonthValue());
        if (r.isEmpty()) {
            return MonthOutcome.MISSING;
        }
        if (r.get().getStatus().delivered()) {
            return MonthOutcome.DELIVERED;
        }
        return r.get().isReturnedAsEmpty() ? MonthOutcome.RETURNED_AS_EMPTY : MonthOutcome.MISSING;
    }

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    static class Scheduling {
    }
}
