package cn.zhishi.report;

import cn.zhishi.cadre.CadreLookup;
import cn.zhishi.org.Jurisdiction;
import cn.zhishi.org.Jurisdictions;
import cn.zhishi.org.OrgDirectory;
import cn.zhishi.org.UnitSummary;
import cn.zhishi.security.CurrentUser;
import cn.zhishi.security.ZhishiPrincipal;
import cn.zhishi.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of monthly reports: own, the unit's queue, the office's archive, the public board, month overviews. */
@Service
@Transactional(readOnly = true)
public class ReportQueries {

    private final ReportRepository reports;
    private final ComplaintRepository complaints;
    private final CadreLookup cadres;
    private final OrgDirectory org;
    private final Jurisdictions jurisdictions;
    private final CurrentUser currentUser;
    private final ReportService service;
    private final Clock clock;

    ReportQueries(ReportRepository reports, ComplaintRepository complaints, CadreLookup cadres, OrgDirectory org,
            Jurisdictions jurisdictions, CurrentUser currentUser, ReportService service, Clock clock) {
        this.reports = reports;
        this.complaints = complaints;
        this.cadres = cadres;
        this.org = org;
        this.jurisdictions = jurisdictions;
        this.currentUser = currentUser;
        this.service = service;
        this.clock = clock;
    }

    public List<ReportView> mine() {
        ZhishiPrincipal me = currentUser.get();
        if (me.cadreId() == null) {
            return List.of();
        }
        return views(reports.findByCadreIdOrderByYearDescMonthDesc(me.cadreId()));
    }

    /** One report for its author or anyone whose jurisdiction covers its unit; else not found. */
    public ReportView view(long id) {
        MonthlyReport r = reports.findById(id).orElseThrow(() -> new NotFoundException("report", id));
        ZhishiPrincipal me = currentUser.get();
        boolean own = me.cadreId() != null && me.cadreId() == r.getCadreId();
        if (!own) {
            UnitSummary u = org.unitsById(List.of(r.getUnitId())).get(r.getUnitId());
            if (u == null || !jurisdictions.of(me).covers(u.path())) {
                throw new NotFoundException("report", id);
            }
        }
        return views(List.of(r)).get(0);
    }

    /** A report on the board today (from posting to the window's last day), for anyone (the public board). */
    public ReportView posted(long id) {
        MonthlyReport r = reports.findById(id).orElseThrow(() -> new NotFoundException("report", id));
        LocalDate today = LocalDate.now(clock);
        if (r.getStatus() != ReportStatus.POSTED || today.isAfter(r.getPostedUntil())) {
            throw new NotFoundException("report", id);
        }
        return views(List.of(r)).get(0);
    }

    /** Reports waiting for the unit: submitted (review), reviewed (sign), signed (post). */
    public List<ReportView> queue() {
        return inJurisdiction(EnumSet.of(ReportStatus.SUBMITTED, ReportStatus.REVIEWED, ReportStatus.SIGNED));
    }

    /** What the assessment office sees: posted and archived reports of every unit in its jurisdiction. */
    public List<ReportView> postedAndArchived() {
        return inJurisdiction(EnumSet.of(ReportStatus.POSTED, ReportStatus.ARCHIVED));
    }

    public List<ReportView> inJurisdiction(Collection<ReportStatus> statuses) {
        List<Long> unitIds = org.tree(jurisdictions.current()).stream().map(UnitSummary::id).toList();
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return views(reports.findByUnitIdInAndStatusInOrderByYearDescMonthDescIdAsc(unitIds, statuses));
    }

    /** Everything on the public board today, by unit. {@code area} limits to a jurisdiction (supervisors). */
    public Map<String, List<ReportView>> board(Jurisdiction area) {
        LocalDate today = LocalDate.now(clock);
        List<MonthlyReport> on = reports.findByStatusOrderByUnitIdAscIdAsc(ReportStatus.POSTED).stream()
                .filter(r -> !today.isAfter(r.getPostedUntil())).toList();
        Map<String, List<ReportView>> byUnit = new LinkedHashMap<>();
        Map<Long, UnitSummary> units = org.unitsById(on.stream().map(MonthlyReport::getUnitId).distinct().toList());
        for (ReportView v : views(on)) {
            UnitSummary u = units.get(v.report().getUnitId());
            if (area == null || area.covers(u.path())) {
                byUnit.computeIfAbsent(v.unitName(), k -> new ArrayList<>()).add(v);
            }
        }
        return byUnit;
    }

    /** One line per serving cadre of the unit for the month: report status, or missing / late. */
    public List<MonthLine> month(long unitId, YearMonth month) {
        UnitSummary u = org.unit(unitId, jurisdictions.current());
        LocalDate today = LocalDate.now(clock);
        LocalDate due = service.dueDate(month);
        Map<Long, MonthlyReport> byCadre = reports.findByUnitIdInAndYearAndMonth(List.of(u.id()), month.getYear(),
                month.getMonthValue()).stream().collect(Collectors.toMap(MonthlyReport::getCadreId, Function.identity()));
        List<MonthLine> lines = new ArrayList<>();
        for (CadreLookup.CadreRef c : cadres.activeIn(List.of(u.id()))) {
            MonthlyReport r = byCadre.get(c.id());
            boolean delivered = r != null && r.getStatus().delivered();
            boolean missing = !delivered && today.isAfter(due);
            boolean late = delivered ? r.isLate() : missing;
            lines.add(new MonthLine(c.id(), c.name(), r == null ? null : r.getId(), r == null ? null : r.getStatus(),
                    due, late, missing));
        }
        return lines;
    }

    public record MonthLine(long cadreId, String cadreName, Long reportId, ReportStatus status, LocalDate due,
            boolean late, boolean missing) {
    }

    /**
     * Possible double claims for a report under review: each item against the same month's items of
     * the unit's other cadres and the same cadre's two previous months.
     */
    public List<DoubleClaims.Warning> doubleClaims(long reportId) {
        ReportView v = view(reportId);
        MonthlyReport r = v.report();
        List<MonthlyReport> others = new ArrayList<>(reports.findByUnitIdInAndYearAndMonth(List.of(r.getUnitId()),
                r.getYear(), r.getMonth()));
        for (int back = 1; back <= 2; back++) {
            YearMonth m = r.yearMonth().minusMonths(back);
            reports.findByCadreIdAndYearAndMonth(r.getCadreId(), m.getYear(), m.getMonthValue()).ifPresent(others::add);
        }
        Map<Long, String> names = cadres.byIds(others.stream().map(MonthlyReport::getCadreId).distinct().toList())
                .values().stream().collect(Collectors.toMap(CadreLookup.CadreRef::id, CadreLookup.CadreRef::name));
        return DoubleClaims.find(claims(List.of(r), names), claims(others, names));
    }

    private static List<DoubleClaims.Claim> claims(List<MonthlyReport> rs, Map<Long, String> names) {
        List<DoubleClaims.Claim> out = new ArrayList<>();
        for (MonthlyReport r : rs) {
            for (ReportItem i : r.getItems()) {
                String text = i.getDone() == null ? i.getTitle() : i.getTitle() + " " + i.getDone();
                out.add(new DoubleClaims.Claim(r.getId(), r.getCadreId(), names.getOrDefault(r.getCadreId(), ""),
                        r.yearMonth().toString(), text));
            }
        }
        return out;
    }

    public List<Complaint> complaintsAbout(long reportId) {
        view(reportId);
        return complaints.findByReportIdIn(List.of(reportId));
    }

    public List<ReportView> views(List<MonthlyReport> rs) {
        Map<Long, CadreLookup.CadreRef> cs = cadres.byIds(rs.stream().map(MonthlyReport::getCadreId).distinct().toList());
        Map<Long, UnitSummary> us = org.unitsById(rs.stream().map(MonthlyReport::getUnitId).distinct().toList());
        return rs.stream().map(r -> new ReportView(r, r.getItems(),
                cs.containsKey(r.getCadreId()) ? cs.get(r.getCadreId()).name() : "",
                us.containsKey(r.getUnitId()) ? us.get(r.getUnitId()).name() : "")).toList();
    }
}
