package cn.zhishi.report;

import cn.zhishi.audit.AuditEvent;
import cn.zhishi.audit.AuditTrail;
import cn.zhishi.notification.Notifications;
import cn.zhishi.cadre.CadreLookup;
import cn.zhishi.calendar.WorkCalendar;
import cn.zhishi.calendar.WorkingDays;
import cn.zhishi.org.Jurisdiction;
import cn.zhishi.org.Jurisdictions;
import cn.zhishi.org.OrgDirectory;
import cn.zhishi.org.UnitSummary;
import cn.zhishi.security.CurrentUser;
import cn.zhishi.security.Role;
import cn.zhishi.security.ZhishiPrincipal;
import cn.zhishi.shared.DomainRuleException;
import cn.zhishi.shared.NotFoundException;
import cn.zhishi.shared.Problems;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every write to a monthly report: one method per transition, each checking role (here) and
 * jurisdiction (404 outside it), delegating the state rule to {@link MonthlyReport}, and appending
 * the audit record in the same transaction.
 */
@Service
@Transactional
public class ReportService {

    public static final String ENTITY = "MonthlyReport";

    private final ReportRepository reports;
    private final ComplaintRepository complaints;
    private final CadreLookup cadres;
    private final OrgDirectory org;
    private final Jurisdictions jurisdictions;
    private final CurrentUser currentUser;
    private final WorkCalendar calendar;
    private final ReportSettings settings;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReportService(ReportRepository reports, ComplaintRepository complaints, CadreLookup cadres, OrgDirectory org,
            Jurisdictions jurisdictions, CurrentUser currentUser, WorkCalendar calendar, ReportSettings settings,
            AuditTrail audit, JdbcTemplate jdbc, Clock clock, Notifications notifications) {
        this.notifications = notifications;
        this.reports = reports;
        this.complaints = complaints;
        this.cadres = cadres;
        this.org = org;
        this.jurisdictions = jurisdictions;
        this.currentUser = currentUser;
        this.calendar = calendar;
        this.settings = settings;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The due date of a month: the configured day (or the month's last), moved to the next working day. */
    public LocalDate dueDate(YearMonth month) {
        LocalDate d = month.atDay(Math.min(settings.dueDay(), month.lengthOfMonth()));
        return calendar.workingDays().onOrAfter(d);
    }

    /** The signed-in cadre's report for the month, created (with the month's goals as plan items) if absent. */
    @PreAuthorize("hasRole('CADRE')")
    public long openMonth(YearMonth month) {
        ZhishiPrincipal me = currentUser.get();
        if (me.cadreId() == null) {
            throw new DomainRuleException("report.refused.noCadre");
        }
        var existing = reports.findByCadreIdAndYearAndMonth(me.cadreId(), month.getYear(), month.getMonthValue());
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        var cadre = cadres.find(me.cadreId()).orElseThrow(() -> new NotFoundException("cadre", me.cadreId()));
        MonthlyReport r = new MonthlyReport(cadre.id(), cadre.unitId(), month, dueDate(month), now());
        List<ItemDraft> goals = jdbc.query("select title from annual_goal where cadre_id = ? and goal_year = ? and "
                + "month_from <= ? and month_to >= ? order by id", (rs, i) -> new ItemDraft(ItemKind.PLANNED,
                rs.getString(1), null, Completion.IN_PROGRESS, null), cadre.id(), month.getYear(),
                month.getMonthValue(), month.getMonthValue());
        r.addPlanItems(Actor.of(me), goals, now());
        reports.saveAndFlush(r);
        audit.record(AuditEvent.created("report.open", ENTITY, r.getId(), cadre.name() + " " + month, r.snapshot()));
        return r.getId();
    }

    /** An annual goal, split over months {@code from}..{@code to}: it becomes a plan item of each. */
    @PreAuthorize("hasRole('CADRE')")
    public void addGoal(int year, String title, Integer from, Integer to) {
        ZhishiPrincipal me = currentUser.get();
        if (me.cadreId() == null) {
            throw new DomainRuleException("report.refused.noCadre");
        }
        Problems p = new Problems().require(title, "title").require(from, "monthFrom").require(to, "monthTo");
        if (title != null && title.length() > 500) {
            p.add("title", "validation.tooLong", 500);
        }
        if (from != null && to != null && (from < 1 || to > 12 || from > to)) {
            p.add("monthTo", "report.validation.monthRange");
        }
        p.throwIfAny();
        jdbc.update("insert into annual_goal (cadre_id, goal_year, title, month_from, month_to, created_at) values (?,?,?,?,?,?)",
                me.cadreId(), year, title.strip(), from, to, now());
        audit.record(AuditEvent.created("report.goal.add", "Cadre", me.cadreId(), title.strip(),
                Map.of("year", year, "from", from, "to", to)));
    }

    @PreAuthorize("hasRole('CADRE')")
    public void saveDraft(long id, Grade selfGrade, String selfAppraisal, List<ItemDraft> items) {
        MonthlyReport r = own(id);
        Map<String, Object> before = r.snapshot();
        r.saveDraft(actor(), selfGrade, selfAppraisal, items, now());
        reports.saveAndFlush(r);
        audit.record(AuditEvent.changed("report.draft", ENTITY, id, "draft saved", before, r.snapshot()));
    }

    /** Copies last month's unfinished items into this month's report (one click). Returns how many. */
    @PreAuthorize("hasRole('CADRE')")
    public int copyUnfinished(long id) {
        MonthlyReport r = own(id);
        YearMonth previous = r.yearMonth().minusMonths(1);
        List<ItemDraft> carried = new ArrayList<>();
        reports.findByCadreIdAndYearAndMonth(r.getCadreId(), previous.getYear(), previous.getMonthValue())
                .ifPresent(p -> p.getItems().stream().filter(i -> i.getCompletion() != Completion.DONE)
                        .forEach(i -> carried.add(new ItemDraft(ItemKind.CARRIED, i.getTitle(), null,
                                Completion.IN_PROGRESS, null))));
        int before = r.getItems().size();
        r.addPlanItems(actor(), carried, now());
        reports.saveAndFlush(r);
        int added = r.getItems().size() - before;
        audit.record(AuditEvent.changed("report.carryOver", ENTITY, id, added + " items carried over",
                null, Map.of("added", added)));
        return added;
    }

    @PreAuthorize("hasRole('CADRE')")
    public void submit(long id) {
        MonthlyReport r = own(id);
        Map<String, Object> before = r.snapshot();
        r.submit(actor(), now());
        save(r);
        audit.record(AuditEvent.changed("report.submit", ENTITY, id, "submitted", before, r.snapshot()));
        ReportReminders.waiting(notifications, r, cadres.find(r.getCadreId()).map(CadreLookup.CadreRef::name).orElse(""));
    }

    @PreAuthorize("hasRole('UNIT_REVIEWER')")
    public void returnForRevision(long id, int expectedVersion, String reason, boolean emptyOrUnrealistic) {
        MonthlyReport r = inJurisdiction(id, expectedVersion);
        Map<String, Object> before = r.snapshot();
        r.returnForRevision(actor(), reason, emptyOrUnrealistic, now());
        save(r);
        audit.record(AuditEvent.changed("report.return", ENTITY, id, reason, before, r.snapshot()));
        ReportReminders.returned(notifications, r);
    }

    @PreAuthorize("hasRole('UNIT_REVIEWER')")
    public void review(long id, int expectedVersion, boolean truthful, Grade grade, String comment) {
        MonthlyReport r = inJurisdiction(id, expectedVersion);
        Map<String, Object> before = r.snapshot();
        r.review(actor(), truthful, grade, comment, now());
        save(r);
        audit.record(AuditEvent.changed("report.review", ENTITY, id, String.valueOf(grade), before, r.snapshot()));
    }

    @PreAuthorize("hasRole('UNIT_REVIEWER')")
    public void sign(long id, int expectedVersion) {
        MonthlyReport r = inJurisdiction(id, expectedVersion);
        Map<String, Object> before = r.snapshot();
        r.sign(actor(), now());
        save(r);
        audit.record(AuditEvent.changed("report.sign", ENTITY, id, "signed", before, r.snapshot()));
    }

    /** Posts on the public board for the configured number of working days, from today. */
    @PreAuthorize("hasRole('UNIT_REVIEWER')")
    public WorkingDays.Window post(long id, int expectedVersion) {
        MonthlyReport r = inJurisdiction(id, expectedVersion);
        Map<String, Object> before = r.snapshot();
        WorkingDays.Window w = calendar.workingDays().window(today(), settings.postingWorkingDays());
        r.post(actor(), w, now());
        save(r);
        audit.record(AuditEvent.changed("report.post", ENTITY, id, w.from() + "–" + w.until(), before, r.snapshot()));
        return w;
    }

    /** Archives one posted report whose window has closed (the assessment office, or the daily job). */
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','UNIT_REVIEWER')")
    public void archive(long id) {
        MonthlyReport r = inJurisdiction(id, null);
        archive(r, today());
    }

    /** Archives every posted report whose window closed before {@code today}; the ones still blocked stay. */
    public int archiveDue(LocalDate today) {
        int n = 0;
        for (MonthlyReport r : reports.findByStatusOrderByUnitIdAscIdAsc(ReportStatus.POSTED)) {
            if (today.isAfter(r.getPostedUntil()) && !hasOpenComplaints(r.getId())
                    && (!r.isCorrectionRequired() || r.getCorrection() != null)) {
                archive(r, today);
                n++;
            }
        }
        return n;
    }

    private void archive(MonthlyReport r, LocalDate today) {
        Map<String, Object> before = r.snapshot();
        r.archive(today, hasOpenComplaints(r.getId()), now());
        save(r);
        audit.record(AuditEvent.changed("report.archive", ENTITY, r.getId(), "archived", before, r.snapshot()));
    }

    /** The cadre's correction after a founded complaint. */
    @PreAuthorize("hasRole('CADRE')")
    public void correct(long id, String text) {
        MonthlyReport r = own(id);
        Map<String, Object> before = r.snapshot();
        r.correct(actor(), text, now());
        save(r);
        audit.record(AuditEvent.changed("report.correct", ENTITY, id, "corrected", before, r.snapshot()));
    }

    /** An accepted reason for a month without a report (the missing-report rule then skips it). */
    @PreAuthorize("hasRole('UNIT_REVIEWER')")
    public void excuse(long cadreId, YearMonth month, String reason) {
        var c = cadres.find(cadreId).orElseThrow(() -> new NotFoundException("cadre", cadreId));
        requireCovered(c.unitId());
        new Problems().require(reason, "reason").throwIfAny();
        jdbc.update("delete from report_excuse where cadre_id = ? and report_year = ? and report_month = ?", cadreId,
                month.getYear(), month.getMonthValue());
        jdbc.update("insert into report_excuse (cadre_id, report_year, report_month, reason, accepted_by, created_at) values (?,?,?,?,?,?)",
                cadreId, month.getYear(), month.getMonthValue(), reason.strip(), currentUser.get().username(), now());
        audit.record(AuditEvent.created("report.excuse", "Cadre", cadreId, month + " " + reason.strip(),
                Map.of("month", month.toString(), "reason", reason.strip())));
    }

    // --- complaints' effect on the report (called by ComplaintService) ---

    void markFounded(long reportId) {
        MonthlyReport r = reports.findById(reportId).orElseThrow(() -> new NotFoundException("report", reportId));
        Map<String, Object> before = r.snapshot();
        r.markFounded(now());
        save(r);
        audit.record(AuditEvent.changed("report.markFounded", ENTITY, reportId, "correction required", before,
                r.snapshot()));
    }

    boolean hasOpenComplaints(long reportId) {
        return complaints.existsByReportIdAndStatusIn(reportId,
                EnumSet.of(ComplaintStatus.RECEIVED, ComplaintStatus.ASSIGNED, ComplaintStatus.INVESTIGATING));
    }

    // --- helpers ---

    private void save(MonthlyReport r) {
        try {
            reports.saveAndFlush(r);
        } catch (OptimisticLockingFailureException e) {
            throw new DomainRuleException("report.refused.concurrentChange");
        }
    }

    private MonthlyReport own(long id) {
        ZhishiPrincipal me = currentUser.get();
        MonthlyReport r = reports.findById(id).orElseThrow(() -> new NotFoundException("report", id));
        if (me.cadreId() == null || me.cadreId() != r.getCadreId()) {
            throw new NotFoundException("report", id);
        }
        return r;
    }

    private MonthlyReport inJurisdiction(long id, Integer expectedVersion) {
        MonthlyReport r = reports.findById(id).orElseThrow(() -> new NotFoundException("report", id));
        requireCovered(r.getUnitId());
        if (expectedVersion != null && expectedVersion != r.getVersion()) {
            throw new DomainRuleException("report.refused.concurrentChange");
        }
        return r;
    }

    private void requireCovered(long unitId) {
        Jurisdiction j = jurisdictions.current();
        UnitSummary u = org.unitsById(List.of(unitId)).get(unitId);
        if (u == null || !j.covers(u.path())) {
            throw new NotFoundException("unit", unitId);
        }
    }

    private Actor actor() {
        return currentUser.find().map(Actor::of).orElse(Actor.system());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    static boolean isOffice(ZhishiPrincipal p) {
        return p.has(Role.ORG_ADMIN) || p.has(Role.ASSESSOR) || p.has(Role.LEADER);
    }
}
