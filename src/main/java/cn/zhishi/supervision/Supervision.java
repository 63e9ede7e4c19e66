package cn.zhishi.supervision;

import cn.zhishi.audit.AuditEvent;
import cn.zhishi.audit.AuditTrail;
import cn.zhishi.cadre.CadreLookup;
import cn.zhishi.org.Jurisdictions;
import cn.zhishi.org.OrgDirectory;
import cn.zhishi.org.UnitSummary;
import cn.zhishi.report.GradeConstraintKind;
import cn.zhishi.report.GradeConstraints;
import cn.zhishi.security.CurrentUser;
import cn.zhishi.shared.NotFoundException;
import cn.zhishi.shared.Problems;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Supervised tasks and the cards their deadlines produce. */
@Service
@Transactional
public class Supervision {

    private final TaskRepository tasks;
    private final CadreLookup cadres;
    private final OrgDirectory org;
    private final Jurisdictions jurisdictions;
    private final CurrentUser currentUser;
    private final GradeConstraints constraints;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecondYellowCardIsRed escalation = new SecondYellowCardIsRed();

    Supervision(TaskRepository tasks, CadreLookup cadres, OrgDirectory org, Jurisdictions jurisdictions,
            CurrentUser currentUser, GradeConstraints constraints, AuditTrail audit, JdbcTemplate jdbc, Clock clock) {
        this.tasks = tasks;
        this.cadres = cadres;
        this.org = org;
        this.jurisdictions = jurisdictions;
        this.currentUser = currentUser;
        this.constraints = constraints;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('ORG_ADMIN','UNIT_REVIEWER')")
    public long assign(Long ownerCadreId, String title, LocalDate deadline) {
        new Problems().require(ownerCadreId, "ownerCadreId").require(title, "title").require(deadline, "deadline").throwIfAny();
        var owner = cadres.find(ownerCadreId).orElseThrow(() -> new NotFoundException("cadre", ownerCadreId));
        UnitSummary u = org.unit(owner.unitId(), jurisdictions.current());
        SupervisedTask t = new SupervisedTask(u.id(), owner.id(), title.strip(), deadline, currentUser.get().username(),
                OffsetDateTime.now(clock));
        tasks.saveAndFlush(t);
        audit.record(AuditEvent.created("task.assign", "SupervisedTask", t.getId(), t.getTitle(),
                Map.of("owner", owner.id(), "deadline", deadline.toString())));
        return t.getId();
    }

    @PreAuthorize("hasAnyRole('ORG_ADMIN','UNIT_REVIEWER')")
    public void complete(long taskId, LocalDate on) {
        SupervisedTask t = tasks.findById(taskId).orElseThrow(() -> new NotFoundException("task", taskId));
        org.unit(t.getUnitId(), jurisdictions.current());
        t.complete(on);
        tasks.saveAndFlush(t);
        audit.record(AuditEvent.changed("task.complete", "SupervisedTask", taskId, t.getTitle(), null,
                Map.of("completedOn", on.toString())));
    }

    @Scheduled(cron = "${zhishi.supervision.daily-cron:0 0 2 * * *}", zone = "Asia/Shanghai")
    void daily() {
        cardOverdue(LocalDate.now(clock));
    }

    /** Gives a yellow card for every task overdue on {@code today} not yet carded, escalating to red. Returns cards issued. */
    public int cardOverdue(LocalDate today) {
        int n = 0;
        for (SupervisedTask t : tasks.findByCompletedOnIsNullAndCardedFalse()) {
            if (!t.overdueOn(today)) {
                continue;
            }
            t.markCarded();
            tasks.saveAndFlush(t);
            int year = today.getYear();
            issue(t.getOwnerCadreId(), year, CardColour.YELLOW, "逾期未完成督办事项：" + t.getTitle() + "（时限 "
                    + t.getDeadline() + "）", t.getId(), today);
            n++;
            int yellows = count(t.getOwnerCadreId(), year, CardColour.YELLOW);
            boolean red = count(t.getOwnerCadreId(), year, CardColour.RED) > 0;
            if (escalation.redCardDue(yellows, red)) {
                issue(t.getOwnerCadreId(), year, CardColour.RED, "本年度第" + yellows + "次黄牌提醒 · " + SecondYellowCardIsRed.SOURCE,
                        t.getId(), today);
                constraints.record(t.getOwnerCadreId(), year, GradeConstraintKind.NOT_EXCELLENT, RedCardBarsExcellent.RULE,
                        RedCardBarsExcellent.SOURCE, "红牌警告 " + today + "：" + t.getTitle());
                n++;
            }
        }
        return n;
    }

    private void issue(long cadreId, int year, CardColour colour, String reason, long taskId, LocalDate on) {
        jdbc.update("insert into warning_card (cadre_id, card_year, colour, reason, task_id, issued_on, created_at) "
                + "values (?,?,?,?,?,?,?)", cadreId, year, colour.name(), reason, taskId, on, OffsetDateTime.now(clock));
        audit.record(AuditEvent.created("card." + colour.name().toLowerCase(), "Cadre", cadreId, reason,
                Map.of("year", year, "colour", colour.name(), "taskId", taskId)));
    }

    private int count(long cadreId, int year, CardColour colour) {
        Integer n = jdbc.queryForObject("select count(*) from warning_card where cadre_id = ? and card_year = ? and colour = ?",
                Integer.class, cadreId, year, colour.name());
        return n == null ? 0 : n;
    }

    @Transactional(readOnly = true)
    public List<Card> cardsOf(long cadreId) {
        return jdbc.query("select colour, reason, issued_on from warning_card where cadre_id = ? order by issued_on desc, id desc",
                (rs, i) -> new Card(CardColour.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getObject(3, LocalDate.class)), cadreId);
    }

    /** Cards of the cadres of these units, newest first (unit overview). */
    @Transactional(readOnly = true)
    public List<UnitCard> cardsIn(List<Long> unitIds) {
        var cs = cadres.activeIn(unitIds);
        if (cs.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = new java.util.HashMap<>();
        cs.forEach(c -> names.put(c.id(), c.name()));
        String in = String.join(",", names.keySet().stream().map(String::valueOf).toList());
        return jdbc.query("select cadre_id, colour, reason, issued_on from warning_card where cadre_id in (" + in
                        + ") order by issued_on desc, id desc",
                (rs, i) -> new UnitCard(rs.getLong(1), names.get(rs.getLong(1)), CardColour.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getObject(4, LocalDate.class)))
                .stream().filter(c -> c.cadreName() != null).toList();
    }

    /** Tasks in the current user's jurisdiction. */
    @Transactional(readOnly = true)
    public List<TaskRow> tasksInJurisdiction() {
        List<Long> units = org.tree(jurisdictions.current()).stream().map(UnitSummary::id).toList();
        return rows(units.isEmpty() ? List.of() : tasks.findByUnitIdInOrderByDeadlineAsc(units));
    }

    /** Open tasks for the public board. */
    @Transactional(readOnly = true)
    public List<TaskRow> openTasks() {
        return rows(tasks.findByCompletedOnIsNullOrderByDeadlineAsc());
    }

    private List<TaskRow> rows(List<SupervisedTask> ts) {
        var names = cadres.byIds(ts.stream().map(SupervisedTask::getOwnerCadreId).distinct().toList());
        var units = org.unitsById(ts.stream().map(SupervisedTask::getUnitId).distinct().toList());
        LocalDate today = LocalDate.now(clock);
        return ts.stream().map(t -> new TaskRow(t.getId(), units.get(t.getUnitId()).name(),
                names.containsKey(t.getOwnerCadreId()) ? names.get(t.getOwnerCadreId()).name() : "", t.getTitle(),
                t.getDeadline(), t.getCompletedOn(), t.overdueOn(today))).toList();
    }

    public enum CardColour { YELLOW, RED }

    public record Card(CardColour colour, String reason, LocalDate issuedOn) {
    }

    public record UnitCard(long cadreId, String cadreName, CardColour colour, String reason, LocalDate issuedOn) {
    }

    public record TaskRow(long id, String unitName, String ownerName, String title, LocalDate deadline,
            LocalDate completedOn, boolean overdue) {
    }
}
