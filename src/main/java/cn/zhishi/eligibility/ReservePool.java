package cn.zhishi.eligibility;

import cn.zhishi.audit.AuditEvent;
import cn.zhishi.audit.AuditTrail;
import cn.zhishi.cadre.CadreService;
import cn.zhishi.eligibility.ReserveMember.Source;
import cn.zhishi.eligibility.ReserveMember.Stage;
import cn.zhishi.eligibility.policy.PostLevels;
import cn.zhishi.eligibility.policy.RuleResult;
import cn.zhishi.eligibility.policy.Verdict;
import cn.zhishi.org.Jurisdiction;
import cn.zhishi.org.Jurisdictions;
import cn.zhishi.security.CurrentUser;
import cn.zhishi.shared.DomainRuleException;
import cn.zhishi.shared.InvalidInputException;
import cn.zhishi.shared.NotFoundException;
import cn.zhishi.shared.Problems;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reserve pool (后备干部库): entries from screening (verdict re-checked), annual or frontline results,
 * or nomination, each with its source; the {@link ReserveMember} pipeline with a history row (reason,
 * actor) per step; and the yearly review that re-runs every active member's verdict for the level they
 * are held in reserve for and flags those who became ineligible, with the reasons. Writes are audited.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')")
public class ReservePool {

    static final String ENTITY = "ReserveMember";
    static final List<String> LEVELS = List.of("SECTION_DEPUTY", "SECTION_CHIEF", "DIVISION_DEPUTY", "DIVISION_CHIEF",
            "BUREAU_DEPUTY", "BUREAU_CHIEF");

    private final JdbcTemplate jdbc;
    private final Eligibility eligibility;
    private final EligibilityRecords records;
    private final CadreService cadres;
    private final Jurisdictions jurisdictions;
    private final ReasonTexts texts;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ReservePool(JdbcTemplate jdbc, Eligibility eligibility, EligibilityRecords records, CadreService cadres,
            Jurisdictions jurisdictions, ReasonTexts texts, AuditTrail audit, CurrentUser currentUser, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.eligibility = eligibility;
        this.records = records;
        this.cadres = cadres;
        this.jurisdictions = jurisdictions;
        this.texts = texts;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A member as listed. */
    public record Member(long id, long cadreId, String name, String unitName, String targetLevel, Source source,
            String sourceNote, Stage stage, LocalDate enteredOn, boolean flagged, String flagReasons,
            LocalDate reviewedOn) {

        public boolean active() {
            return new ReserveMember(stage).active();
        }
    }

    /** One step of a member's path. */
    public record Event(String action, Stage from, Stage to, String reason, String actor, OffsetDateTime at) {
    }

    /** Filters of the pool page; null means any. */
    public record Filter(Stage stage, Source source, Boolean flagged, String name) {
    }

    /** What a yearly review found. */
    public record Review(LocalDate asOf, int reviewed, List<Long> flagged, List<Long> cleared) {
    }

    private static final String SELECT = "select m.*, c.name, u.name as unit_name, u.path from reserve_member m "
            + "join cadre c on c.id = m.cadre_id join org_unit u on u.id = c.unit_id ";

    private static Member member(java.sql.ResultSet rs) throws java.sql.SQLException {
        java.sql.Date reviewed = rs.getDate("reviewed_on");
        return new Member(rs.getLong("id"), rs.getLong("cadre_id"), rs.getString("name"), rs.getString("unit_name"),
                rs.getString("target_level"), Source.valueOf(rs.getString("source")), rs.getString("source_note"),
                Stage.valueOf(rs.getString("stage")), rs.getDate("entered_on").toLocalDate(), rs.getBoolean("flagged"),
                rs.getString("flag_reasons"), reviewed == null ? null : reviewed.toLocalDate());
    }

    public List<Member> list(Filter f) {
        Jurisdiction j = jurisdictions.current();
        StringBuilder sql = new StringBuilder(SELECT).append("where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (f.stage() != null) {
            sql.append(" and m.stage = ?");
            args.add(f.stage().name());
        }
        if (f.source() != null) {
            sql.append(" and m.source = ?");
            args.add(f.source().name());
        }
        if (f.flagged() != null) {
            sql.append(" and m.flagged = ?");
            args.add(f.flagged());
        }
        if (f.name() != null && !f.name().isBlank()) {
            sql.append(" and c.name like ?");
            args.add("%" + f.name().trim() + "%");
        }
        sql.append(" order by m.entered_on desc, m.id desc");
        List<Member> out = new ArrayList<>();
        jdbc.query(sql.toString(), rs -> {
            if (j.covers(rs.getString("path"))) {
                out.add(member(rs));
            }
        }, args.toArray());
        return out;
    }

    public Member get(long id) {
        Jurisdiction j = jurisdictions.current();
        return jdbc.query(SELECT + "where m.id = ?", (rs, i) -> j.covers(rs.getString("path")) ? member(rs) : null, id)
                .stream().filter(java.util.Objects::nonNull).findFirst()
                .orElseThrow(() -> new NotFoundException("reserve member", id));
    }

    public List<Event> history(long id) {
        get(id);
        return jdbc.query("select * from reserve_event where member_id = ? order by happened_at, id", (rs, i) -> {
            String from = rs.getString("from_stage");
            return new Event(rs.getString("action"), from == null ? null : Stage.valueOf(from),
                    Stage.valueOf(rs.getString("to_stage")), rs.getString("reason"), rs.getString("actor"),
                    rs.getObject("happened_at", OffsetDateTime.class));
        }, id);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private void event(long id, String action, Stage from, Stage to, String reason) {
        jdbc.update("insert into reserve_event (member_id, action, from_stage, to_stage, reason, actor, happened_at) "
                + "values (?,?,?,?,?,?,?)", id, action, from == null ? null : from.name(), to.name(), reason,
                currentUser.get().username(), now());
    }

    private static <E extends Enum<E>> E parse(String value, Function<String, E> valueOf, String field, Problems p) {
        if (value == null || value.isBlank()) {
            p.add(field, "validation.required");
            return null;
        }
        try {
            return valueOf.apply(value.trim());
        } catch (IllegalArgumentException e) {
            p.add(field, "validation.dictionary", value);
            return null;
        }
    }

    /** Enters a cadre of the caller's jurisdiction; from screening the verdict for the level must be eligible today. */
    @Transactional(noRollbackFor = InvalidInputException.class)
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public long enter(ReserveForm f) {
        Problems p = new Problems().require(f.getSourceNote(), "sourceNote");
        Source source = parse(f.getSource(), Source::valueOf, "source", p);
        if (f.getTargetLevel() == null || !LEVELS.contains(f.getTargetLevel())) {
            p.add("targetLevel", "validation.dictionary", f.getTargetLevel());
        }
        if (f.getSourceNote() != null && f.getSourceNote().trim().length() > 500) {
            p.add("sourceNote", "validation.tooLong", 500);
        }
        Long cadreId = f.getCadreId();
        if (cadreId == null) {
            if (f.getIdNumber() == null || f.getIdNumber().isBlank()) {
                p.add("idNumber", "validation.required");
            } else {
                cadreId = cadres.findByIdNumber(f.getIdNumber().trim().toUpperCase()).orElse(null);
                if (cadreId == null) {
                    p.add("idNumber", "kinship.relative.unknown");
                }
            }
        }
        p.throwIfAny();
        long id0 = cadreId;
        String name;
        try {
            name = records.name(id0, jurisdictions.current());
        } catch (NotFoundException e) {
            throw InvalidInputException.of(f.getCadreId() == null ? "idNumber" : "cadreId", "kinship.relative.unknown");
        }
        Integer active = jdbc.queryForObject("select count(*) from reserve_member where cadre_id = ? and stage in "
                + "('RESERVE','CANDIDATE')", Integer.class, id0);
        if (active != null && active > 0) {
            throw new DomainRuleException("reserve.refused.alreadyMember", name);
        }
        LocalDate today = LocalDate.now(clock);
        if (source == Source.SCREENING && !eligibility.verdict(id0, null, f.getTargetLevel(), today).eligible()) {
            throw new DomainRuleException("reserve.refused.ineligible", name);
        }
        String note = f.getSourceNote().trim();
        jdbc.update("insert into reserve_member (cadre_id, target_level, source, source_note, stage, entered_on) "
                + "values (?,?,?,?,?,?)", id0, f.getTargetLevel(), source.name(), note, Stage.RESERVE.name(), today);
        Long id = jdbc.queryForObject("select max(id) from reserve_member where cadre_id = ?", Long.class, id0);
        event(id, "ENTER", null, Stage.RESERVE, note);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("cadreId", id0);
        after.put("targetLevel", f.getTargetLevel());
        after.put("source", source.name());
        after.put("sourceNote", note);
        after.put("stage", Stage.RESERVE.name());
        audit.record(AuditEvent.created("reserve.enter", ENTITY, id, name, after));
        events.publishEvent(new ReserveMembershipChanged(id0));
        return id;
    }

    @Transactional(noRollbackFor = InvalidInputException.class)
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public void inspect(long id, String reason) {
        move(id, "INSPECT", reason, ReserveMember::inspect);
    }

    @Transactional(noRollbackFor = InvalidInputException.class)
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public void appoint(long id, String reason) {
        move(id, "APPOINT", reason, ReserveMember::appoint);
    }

    @Transactional(noRollbackFor = InvalidInputException.class)
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public void returnToReserve(long id, String reason) {
        move(id, "RETURN", reason, ReserveMember::returnToReserve);
    }

    @Transactional(noRollbackFor = InvalidInputException.class)
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public void revoke(long id, String reason) {
        move(id, "REVOKE", reason, ReserveMember::revoke);
    }

    private void move(long id, String action, String reason, Function<ReserveMember, Stage> transition) {
        Problems p = new Problems().require(reason, "reason");
        if (reason != null && reason.trim().length() > 1000) {
            p.add("reason", "validation.tooLong", 1000);
        }
        p.throwIfAny();
        Member m = get(id);
        ReserveMember machine = new ReserveMember(m.stage());
        Stage from = transition.apply(machine);
        jdbc.update("update reserve_member set stage = ? where id = ?", machine.stage().name(), id);
        event(id, action, from, machine.stage(), reason.trim());
        audit.record(AuditEvent.changed("reserve." + action.toLowerCase(java.util.Locale.ROOT), ENTITY, id, m.name(),
                Map.of("stage", from.name()), Map.of("stage", machine.stage().name(), "reason", reason.trim())));
        events.publishEvent(new ReserveMembershipChanged(m.cadreId()));
    }

    /**
     * The yearly review: re-runs every active member's verdict for their target level on {@code asOf}
     * (today when null); flags the ineligible with the failing rules and reasons, clears the others.
     */
    @Transactional
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public Review review(LocalDate asOf) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        List<Long> flagged = new ArrayList<>();
        List<Long> cleared = new ArrayList<>();
        int reviewed = 0;
        for (Member m : list(new Filter(null, null, null, null))) {
            if (!m.active()) {
                continue;
            }
            reviewed++;
            Verdict v = eligibility.verdict(m.cadreId(), null, m.targetLevel(), day);
            if (v.eligible()) {
                jdbc.update("update reserve_member set flagged = false, flag_reasons = null, reviewed_on = ? where id = ?",
                        day, m.id());
                if (m.flagged()) {
                    cleared.add(m.id());
                    event(m.id(), "REVIEW_CLEAR", m.stage(), m.stage(), "eligible on " + day);
                }
            } else {
                List<String> lines = new ArrayList<>();
                for (RuleResult r : v.failures()) {
                    lines.add(texts.rule(r.rule()) + ": " + texts.all(r));
                }
                String reasons = String.join("\n", lines);
                if (reasons.length() > 2000) {
                    reasons = reasons.substring(0, 1999) + "…";
                }
                jdbc.update("update reserve_member set flagged = true, flag_reasons = ?, reviewed_on = ? where id = ?",
                        reasons, day, m.id());
                flagged.add(m.id());
                event(m.id(), "REVIEW_FLAG", m.stage(), m.stage(), reasons.length() > 1000 ? reasons.substring(0, 999) + "…"
                        : reasons);
            }
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("asOf", day);
        after.put("reviewed", reviewed);
        after.put("flagged", flagged);
        after.put("cleared", cleared);
        audit.record(AuditEvent.created("reserve.review", ENTITY, null, "yearly review " + day, after));
        return new Review(day, reviewed, flagged, cleared);
    }

    public List<String> levels() {
        return LEVELS;
    }

    static boolean isLevel(String level) {
        return PostLevels.rank(level) >= 0;
    }
}
