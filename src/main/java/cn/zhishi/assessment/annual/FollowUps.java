package cn.zhishi.assessment.annual;

import cn.zhishi.assessment.Grade;
import cn.zhishi.assessment.annual.AnnualAssessments.Loaded;
import cn.zhishi.assessment.annual.AnnualAssessments.MemberData;
import cn.zhishi.assessment.review.CampaignKind;
import cn.zhishi.assessment.review.CampaignRow;
import cn.zhishi.assessment.review.CampaignStatus;
import cn.zhishi.assessment.review.ReviewCampaigns;
import cn.zhishi.assessment.review.ReviewResults;
import cn.zhishi.audit.AuditEvent;
import cn.zhishi.audit.AuditTrail;
import cn.zhishi.org.Jurisdiction;
import cn.zhishi.org.Jurisdictions;
import cn.zhishi.security.CurrentUser;
import cn.zhishi.shared.DomainRuleException;
import cn.zhishi.shared.NotFoundException;
import cn.zhishi.shared.Problems;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 谈话与整改: what follows the circulation of a unit's year ([003] 六项程序之五、六). The talks the approved
 * grades call for are proposed by {@link TalksByLevel} (the assessment moves to FOLLOW_UP), then each is
 * scheduled, recorded or cancelled ({@link Talk}); rectification items are raised from the written feedback
 * on, noted and closed ({@link RectificationItem}); the year is completed when the rectification is reported
 * and nothing is left open. Every write checks role ({@code @PreAuthorize}), jurisdiction (404 outside it)
 * and the assessment's state, changes nothing when refused, and appends to the audit record under a named
 * action ({@code assessment.annual.talk.*}, {@code assessment.annual.rectification.*}).
 */
@Service
@Transactional(readOnly = true)
public class FollowUps {

    static final String TALK = "AnnualTalk";
    static final String ITEM = "AnnualRectification";
    static final int REPORT_MAX = 200;

    /** The talk rules, in the order the page explains them. */
    static final List<String> TALK_RULES = List.of(TalksByLevel.POOR_TEAM, TalksByLevel.INCOMPETENT,
            TalksByLevel.AVERAGE_TEAM, TalksByLevel.BASIC, TalksByLevel.INCOMPETENT_MEMBER, TalksByLevel.CAUTION,
            TalksByLevel.DEMOCRATIC);

    private final JdbcTemplate jdbc;
    private final AssessmentStore store;
    private final Jurisdictions jurisdictions;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final ReviewCampaigns reviews;
    private final MessageSource messages;
    private final Clock clock;

    FollowUps(JdbcTemplate jdbc, AssessmentStore store, Jurisdictions jurisdictions, CurrentUser currentUser,
            AuditTrail audit, ReviewCampaigns reviews, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.jurisdictions = jurisdictions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.reviews = reviews;
        this.messages = messages;
        this.clock = clock;
    }

    /** 安排谈话 (or 改期): the talker's name, the day, the place (optional). */
    public record Schedule(String talkerName, LocalDate scheduledOn, String place) {
    }

    /** 谈话记录: held on, where, what was said (problems pointed out, requirements). */
    public record Held(LocalDate heldOn, String place, String summary) {
    }

    /** A talk added by hand (约谈提醒): to a member ({@code cadreId}) or the team (null), with the reason. */
    public record NewTalk(Long cadreId, Talker talker, TalkKind kind, String reason) {
    }

    /** A rectification item for a member ({@code cadreId}) or the team (null); {@code talkId} when it comes from a talk. */
    public record NewItem(Long cadreId, RectificationOrigin origin, Long talkId, String content, String responsible,
            LocalDate deadline) {
    }

    /** A line of the year's report: one assessment with its follow-up counts. */
    public record YearRow(long id, long unitId, String unitName, AssessmentStatus status, TeamGrade teamGrade,
            FollowUp.Summary summary, LocalDate completedOn) {
    }

    // ---------------------------------------------------------------- reads

    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')")
    public FollowUp followUp(long id) {
        return view(store.load(id, jurisdictions.current()));
    }

    /** The counts alone (the board's summary). */
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')")
    public FollowUp.Summary summary(long id) {
        store.load(id, jurisdictions.current());
        return summaries(List.of(id)).getOrDefault(id, empty());
    }

    /** Every assessment of {@code year} in the jurisdiction with its talks and items counted, by unit name. */
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')")
    public List<YearRow> year(int year) {
        Jurisdiction j = jurisdictions.current();
        List<Object[]> rows = new ArrayList<>();
        jdbc.query("select a.id, a.unit_id, u.name, a.status, a.team_grade, a.completed_on, u.path from annual_assessment a "
                + "join org_unit u on u.id = a.unit_id where a.assessed_year = ? order by u.name, a.id", rs -> {
                    if (j.covers(rs.getString(7))) {
                        rows.add(new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), AssessmentStore.day(rs.getDate(6))});
                    }
                }, year);
        Map<Long, FollowUp.Summary> counts = summaries(rows.stream().map(r -> (Long) r[0]).toList());
        return rows.stream().map(r -> new YearRow((Long) r[0], (Long) r[1], (String) r[2],
                AssessmentStatus.valueOf((String) r[3]), r[4] == null ? null : TeamGrade.valueOf((String) r[4]),
                counts.getOrDefault((Long) r[0], empty()), (LocalDate) r[5])).toList();
    }

    // ---------------------------------------------------------------- talks

    /**
     * 分级谈话: proposes the talks {@link TalksByLevel} reads from the approved team grade, the members' grades,
     * the recorded 诫勉 consequences and the year's closed democratic evaluations; the assessment moves from
     * CIRCULATED to FOLLOW_UP (step {@code assessment.annual.talks.propose}), each talk is on the record.
     */
    @Transactional
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public List<Long> proposeTalks(long id) {
        Loaded l = store.load(id, jurisdictions.current());
        LocalDate today = LocalDate.now(clock);
        store.step(l, "assessment.annual.talks.propose", () -> l.state().startFollowUp(today));
        List<TalksByLevel.Proposed> proposed = TalksByLevel.propose(facts(l), l.book());
        List<Long> ids = new ArrayList<>();
        for (TalksByLevel.Proposed p : proposed) {
            long talkId = insertTalk(l.id(), p.cadreId(), p.talkedTo(), p.teamPrincipal(), p.talker(), p.kind(),
                    p.reasons());
            ids.add(talkId);
            audit.record(AuditEvent.created("assessment.annual.talk.propose", TALK, talkId,
                    p.talkedTo() + " " + l.year(), talkAudit(p.talkedTo(), p.talker(), p.kind(), p.reasons())));
        }
        return ids;
    }

    /** 约谈提醒 added by hand ([003] 对考核结果靠后或发现有苗头性问题的，及时进行约谈提醒): the reason is required. */
    @Transactional
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public long addTalk(long id, NewTalk t) {
        Loaded l = store.load(id, jurisdictions.current());
        l.state().requireFollowUp();
        Problems p = new Problems().require(t.talker(), "talker").require(t.kind(), "kind").require(t.reason(), "reason");
        Talk.tooLong(p, t.reason(), Talk.REASON_MAX, "reason");
        if (t.cadreId() != null && !l.members().containsKey(t.cadreId())) {
            p.add("cadreId", "annual.talk.notMember");
        }
        p.throwIfAny();
        MemberData principal = l.members().values().stream().filter(m -> "PRINCIPAL".equals(m.teamRole())).findFirst()
                .orElse(null);
        Long cadreId = t.cadreId() != null ? t.cadreId() : principal == null ? null : principal.cadreId();
        String talkedTo = cadreId == null ? l.unitName() : l.member(cadreId).name();
        List<TalksByLevel.Reason> reasons = List.of(new TalksByLevel.Reason(TalksByLevel.REMINDER, t.reason().trim(),
                TalksByLevel.SRC_REMINDER));
        long talkId = insertTalk(l.id(), cadreId, talkedTo, t.cadreId() == null, t.talker(), t.kind(), reasons);
        audit.record(AuditEvent.created("assessment.annual.talk.add", TALK, talkId, talkedTo + " " + l.year(),
                talkAudit(talkedTo, t.talker(), t.kind(), reasons)));
        return talkId;
    }

    /** 安排谈话 / 改期. */
    @Transactional
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    public void schedule(long id, long talkId, Schedule s) {
        Loaded l = store.load(id, jurisdictions.current());
        l.state().requireFollowUp();
        TalkData d = talk(l.id(), talkId);
        Talk t = d.talk();
        Map<String, Object> before = scheduleValues(t);
        t.schedule(s.talkerName(), s.scheduledOn(), s.place(), l.state().circulatedOn());
        saveTalk(d);
        audit.record(AuditEvent.changed("assessment.annual.talk.schedule", TALK, talkId, t.talkedTo() + " " + l.year(),
                before, scheduleValues(t)));
    }

    /** 记录谈话. */
    @Transactional
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    public void record(long id, long talkId, Held h) {
        Loaded l = store.load(id, jurisdictions.current());
        l.state().requireFollowUp();
        TalkData d = talk(l.id(), talkId);
        Talk t = d.talk();
        t.record(h.heldOn(), h.place(), h.summary(), l.state().circulatedOn(), LocalDate.now(clock));
        saveTalk(d);
        audit.record(AuditEvent.changed("assessment.annual.talk.record", TALK, talkId, t.talkedTo() + " " + l.year(),
                mapOf("status", TalkStatus.SCHEDULED.name()), mapOf("status", t.status().name(), "talkerName",
                        t.talkerName(), "heldOn", t.heldOn(), "place", t.place(), "summary", t.summary())));
    }

    /** 取消谈话, with the reason. */
    @Transactional
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public void cancel(long id, long talkId, String reason) {
        Loaded l = store.load(id, jurisdictions.current());
        l.state().requireFollowUp();
        TalkData d = talk(l.id(), talkId);
        Talk t = d.talk();
        TalkStatus before = t.status();
        t.cancel(reason);
        saveTalk(d);
        audit.record(AuditEvent.changed("assessment.annual.talk.cancel", TALK, talkId, t.talkedTo() + " " + l.year(),
                mapOf("status", before.name()), mapOf("status", t.status().name(), "reason", t.cancelReason())));
    }

    // ---------------------------------------------------------------- rectification

    /** 提出整改事项: from the written feedback on, until the year is completed. */
    @Transactional
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    public long raise(long id, NewItem item) {
        Loaded l = store.load(id, jurisdictions.current());
        l.state().requireRectifiable();
        LocalDate today = LocalDate.now(clock);
        Problems p = new Problems();
        if (item.cadreId() != null && !l.members().containsKey(item.cadreId())) {
            p.add("cadreId", "annual.talk.notMember");
        }
        if (item.origin() == RectificationOrigin.TALK && item.talkId() == null) {
            p.add("talkId", "annual.item.talkRequired");
        }
        if (item.talkId() != null) {
            List<String> status = jdbc.queryForList("select status from annual_talk where id = ? and assessment_id = ?",
                    String.class, item.talkId(), l.id());
            if (status.isEmpty() || !TalkStatus.RECORDED.name().equals(status.get(0))) {
                p.add("talkId", "annual.item.talkNotRecorded");
            }
        }
        RectificationItem.checkNew(p, item.origin(), item.content(), item.responsible(), item.deadline(), today);
        p.throwIfAny();
        String user = currentUser.get().username();
        long itemId = insert("insert into annual_rectification (assessment_id, cadre_id, talk_id, origin, content, "
                + "responsible, raised_on, deadline, status, created_by, created_at) values (?,?,?,?,?,?,?,?,?,?,?)",
                l.id(), item.cadreId(), item.talkId(), item.origin().name(), item.content().trim(), item.responsible().trim(), today,
                item.deadline(), RectificationStatus.OPEN.name(), user, OffsetDateTime.now(clock));
        String subject = item.cadreId() == null ? l.unitName() : l.member(item.cadreId()).name();
        audit.record(AuditEvent.created("assessment.annual.rectification.raise", ITEM, itemId, subject + " " + l.year(),
                mapOf("assessmentId", l.id(), "subject", subject, "origin", item.origin().name(), "talkId",
                        item.talkId(), "content", item.content().trim(), "responsible", item.responsible().trim(),
                        "deadline", item.deadline())));
        return itemId;
    }

    /** 整改进展: a dated note on an open item. */
    @Transactional
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    public void noteProgress(long id, long itemId, LocalDate on, String note) {
        Loaded l = store.load(id, jurisdictions.current());
        l.state().requireRectifiable();
        ItemData d = item(l.id(), itemId);
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        d.item().noteProgress(day, note, LocalDate.now(clock));
        jdbc.update("insert into annual_rectification_note (item_id, noted_on, note, noted_by, noted_at) values (?,?,?,?,?)",
                itemId, day, note.trim(), currentUser.get().username(), OffsetDateTime.now(clock));
        audit.record(AuditEvent.created("assessment.annual.rectification.progress", ITEM, itemId,
                d.subject() + " " + l.year(), mapOf("notedOn", day, "note", note.trim())));
    }

    /** 销号: the item is closed with its result and evidence. */
    @Transactional
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public void close(long id, long itemId, LocalDate on, String result) {
        Loaded l = store.load(id, jurisdictions.current());
        l.state().requireRectifiable();
        ItemData d = item(l.id(), itemId);
        RectificationItem i = d.item();
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        i.close(day, result, LocalDate.now(clock));
        int n = jdbc.update("update annual_rectification set status = ?, closed_on = ?, result = ?, closed_by = ?, "
                + "version = version + 1 where id = ? and version = ?", i.status().name(), i.closedOn(), i.result(),
                currentUser.get().username(), itemId, d.version());
        if (n != 1) {
            throw new DomainRuleException("annual.refused.concurrentChange");
        }
        audit.record(AuditEvent.changed("assessment.annual.rectification.close", ITEM, itemId, d.subject() + " " + l.year(),
                mapOf("status", RectificationStatus.OPEN.name()), mapOf("status", i.status().name(), "closedOn",
                        i.closedOn(), "result", i.result(), "closedLate", i.closedLate())));
    }

    // ---------------------------------------------------------------- completion

    /**
     * 整改情况报告: the organisation department reports the rectification to the Party committee ([003]
     * 六项程序之六) and the year is completed (step {@code assessment.annual.complete}). Refused while a talk
     * is neither recorded nor cancelled or an item is open; {@code report} is the report's reference (文号).
     */
    @Transactional
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public void complete(long id, LocalDate reportedOn, String report) {
        Loaded l = store.load(id, jurisdictions.current());
        l.state().requireFollowUp();
        LocalDate today = LocalDate.now(clock);
        Problems p = new Problems().require(reportedOn, "reportedOn").require(report, "report");
        Talk.tooLong(p, report, REPORT_MAX, "report");
        if (reportedOn != null && reportedOn.isAfter(today)) {
            p.add("reportedOn", "annual.date.future");
        }
        p.throwIfAny();
        FollowUp.Summary s = summaries(List.of(l.id())).getOrDefault(l.id(), empty());
        store.step(l, "assessment.annual.complete",
                () -> l.state().complete(reportedOn, report.trim(), s.talksPending(), s.itemsOpen()));
    }

    // ---------------------------------------------------------------- internals

    private TalksByLevel.Facts facts(Loaded l) {
        List<TalksByLevel.Member> members = l.members().values().stream()
                .map(m -> new TalksByLevel.Member(m.cadreId(), m.name(), "PRINCIPAL".equals(m.teamRole()), m.grade()))
                .toList();
        List<TalksByLevel.Caution> cautions = jdbc.query("select cadre_id, rule from annual_consequence "
                + "where assessment_id = ? and kind = ? and cadre_id is not null order by id",
                (rs, i) -> new TalksByLevel.Caution(rs.getLong(1), rs.getString(2)), l.id(),
                ConsequenceKind.CAUTION.name());
        return new TalksByLevel.Facts(l.unitName(), l.teamGrade(), members, cautions, flagged(l));
    }

    /**
     * The members flagged in the year's closed democratic evaluations (年度民主测评, closed in the assessed year —
     * the campaigns the composite reads): 基本称职 and 不称职 at or above the campaign's flag line in some group.
     */
    private Set<Long> flagged(Loaded l) {
        Set<Long> out = new HashSet<>();
        if (!l.book().applies(TalksByLevel.DEMOCRATIC)) {
            return out;
        }
        for (CampaignRow c : reviews.list()) {
            if (c.kind() == CampaignKind.ANNUAL && c.status() == CampaignStatus.CLOSED && c.closesOn().getYear() == l.year()) {
                for (ReviewResults.TargetResult r : reviews.results(c.id())) {
                    if (r.flagged() && l.members().containsKey(r.cadreId())) {
                        out.add(r.cadreId());
                    }
                }
            }
        }
        return out;
    }

    private long insertTalk(long assessmentId, Long cadreId, String talkedTo, boolean teamPrincipal, Talker talker,
            TalkKind kind, List<TalksByLevel.Reason> reasons) {
        long talkId = insert("insert into annual_talk (assessment_id, cadre_id, talked_to, team_principal, talker, kind, "
                + "status, created_by, created_at) values (?,?,?,?,?,?,?,?,?)", assessmentId, cadreId, talkedTo,
                teamPrincipal, talker.name(), kind.name(), TalkStatus.PROPOSED.name(), currentUser.get().username(),
                OffsetDateTime.now(clock));
        int seq = 0;
        for (TalksByLevel.Reason r : reasons) {
            jdbc.update("insert into annual_talk_reason (talk_id, seq, rule, detail, source) values (?,?,?,?,?)", talkId,
                    seq++, r.rule(), r.detail(), r.source());
        }
        return talkId;
    }

    private Map<String, Object> talkAudit(String talkedTo, Talker talker, TalkKind kind, List<TalksByLevel.Reason> reasons) {
        return mapOf("talkedTo", talkedTo, "talker", talker.name(), "kind", kind.name(), "status",
                TalkStatus.PROPOSED.name(), "reasons", reasons.stream()
                        .map(r -> r.rule() + (r.detail() == null ? "" : "(" + r.detail() + ")")).toList());
    }

    private static Map<String, Object> scheduleValues(Talk t) {
        return mapOf("status", t.status().name(), "talkerName", t.talkerName(), "scheduledOn", t.scheduledOn(),
                "scheduledPlace", t.scheduledPlace());
    }

    record TalkData(Talk talk, int version) {
    }

    record ItemData(RectificationItem item, int version, String subject) {
    }

    private TalkData talk(long assessmentId, long talkId) {
        return jdbc.query("select * from annual_talk where id = ? and assessment_id = ?", (rs, i) -> new TalkData(
                new Talk(rs.getLong("id"), rs.getLong("assessment_id"), (Long) rs.getObject("cadre_id", Long.class),
                        rs.getString("talked_to"), rs.getBoolean("team_principal"), Talker.valueOf(rs.getString("talker")),
                        TalkKind.valueOf(rs.getString("kind")), TalkStatus.valueOf(rs.getString("status")),
                        rs.getString("talker_name"), AssessmentStore.day(rs.getDate("scheduled_on")),
                        rs.getString("scheduled_place"), AssessmentStore.day(rs.getDate("held_on")), rs.getString("place"),
                        rs.getString("summary"), rs.getString("cancel_reason")), rs.getInt("version")),
                talkId, assessmentId).stream().findFirst().orElseThrow(() -> new NotFoundException("annualTalk", talkId));
    }

    private void saveTalk(TalkData d) {
        Talk t = d.talk();
        int n = jdbc.update("update annual_talk set status = ?, talker_name = ?, scheduled_on = ?, scheduled_place = ?, "
                + "held_on = ?, place = ?, summary = ?, cancel_reason = ?, version = version + 1 where id = ? and version = ?",
                t.status().name(), t.talkerName(), t.scheduledOn(), t.scheduledPlace(), t.heldOn(), t.place(), t.summary(),
                t.cancelReason(), t.id(), d.version());
        if (n != 1) {
            throw new DomainRuleException("annual.refused.concurrentChange");
        }
    }

    private ItemData item(long assessmentId, long itemId) {
        return jdbc.query("select r.*, c.name as cadre_name, u.name as unit_name from annual_rectification r "
                + "join annual_assessment a on a.id = r.assessment_id join org_unit u on u.id = a.unit_id "
                + "left join cadre c on c.id = r.cadre_id where r.id = ? and r.assessment_id = ?", (rs, i) -> new ItemData(
                        new RectificationItem(rs.getLong("id"), rs.getLong("assessment_id"),
                                AssessmentStore.day(rs.getDate("raised_on")), AssessmentStore.day(rs.getDate("deadline")),
                                RectificationStatus.valueOf(rs.getString("status")),
                                AssessmentStore.day(rs.getDate("closed_on")), rs.getString("result")),
                        rs.getInt("version"), rs.getString("cadre_name") == null ? rs.getString("unit_name")
                                : rs.getString("cadre_name")),
                itemId, assessmentId).stream().findFirst().orElseThrow(() -> new NotFoundException("rectification", itemId));
    }

    private FollowUp view(Loaded l) {
        LocalDate today = LocalDate.now(clock);
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, List<FollowUp.ReasonRow>> reasons = new HashMap<>();
        jdbc.query("select r.talk_id, r.rule, r.detail, r.source from annual_talk_reason r join annual_talk t on "
                + "t.id = r.talk_id where t.assessment_id = ? order by r.talk_id, r.seq", rs -> {
                    reasons.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new FollowUp.ReasonRow(
                            rs.getString(2), reasonText(rs.getString(2), rs.getString(3), locale), rs.getString(4)));
                }, l.id());
        List<FollowUp.TalkRow> talks = new ArrayList<>();
        jdbc.query("select * from annual_talk where assessment_id = ? order by id", rs -> {
            long tid = rs.getLong("id");
            TalkStatus status = TalkStatus.valueOf(rs.getString("status"));
            LocalDate scheduled = AssessmentStore.day(rs.getDate("scheduled_on"));
            talks.add(new FollowUp.TalkRow(tid, (Long) rs.getObject("cadre_id", Long.class), rs.getString("talked_to"),
                    rs.getBoolean("team_principal"), Talker.valueOf(rs.getString("talker")),
                    TalkKind.valueOf(rs.getString("kind")), status, rs.getString("talker_name"), scheduled,
                    rs.getString("scheduled_place"), AssessmentStore.day(rs.getDate("held_on")), rs.getString("place"),
                    rs.getString("summary"), rs.getString("cancel_reason"), reasons.getOrDefault(tid, List.of()),
                    status == TalkStatus.SCHEDULED && scheduled != null && scheduled.isBefore(today)));
        }, l.id());
        Map<Long, List<FollowUp.NoteRow>> notes = new HashMap<>();
        jdbc.query("select n.item_id, n.noted_on, n.note, n.noted_by from annual_rectification_note n join "
                + "annual_rectification r on r.id = n.item_id where r.assessment_id = ? order by n.noted_on, n.id", rs -> {
                    notes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new FollowUp.NoteRow(
                            rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4)));
                }, l.id());
        List<FollowUp.ItemRow> items = new ArrayList<>();
        jdbc.query("select r.*, c.name as cadre_name from annual_rectification r left join cadre c on c.id = r.cadre_id "
                + "where r.assessment_id = ? order by r.deadline, r.id", rs -> {
                    long iid = rs.getLong("id");
                    RectificationItem i = new RectificationItem(iid, l.id(), AssessmentStore.day(rs.getDate("raised_on")),
                            AssessmentStore.day(rs.getDate("deadline")), RectificationStatus.valueOf(rs.getString("status")),
                            AssessmentStore.day(rs.getDate("closed_on")), rs.getString("result"));
                    Long cadre = (Long) rs.getObject("cadre_id", Long.class);
                    items.add(new FollowUp.ItemRow(iid, cadre, cadre == null ? l.unitName() : rs.getString("cadre_name"),
                            RectificationOrigin.valueOf(rs.getString("origin")), (Long) rs.getObject("talk_id", Long.class),
                            rs.getString("content"), rs.getString("responsible"), i.raisedOn(), i.deadline(), i.status(),
                            i.closedOn(), i.result(), notes.getOrDefault(iid, List.of()), i.overdue(today),
                            i.overdue(today) ? ChronoUnit.DAYS.between(i.deadline(), today) : 0, i.closedLate()));
                }, l.id());
        List<FollowUp.MemberOption> members = l.members().values().stream()
                .map(m -> new FollowUp.MemberOption(m.cadreId(), m.name(), m.teamRole(), m.grade())).toList();
        List<FollowUp.RuleRow> rules = TALK_RULES.stream().filter(r -> l.book().applies(r))
                .map(r -> new FollowUp.RuleRow(r, l.book().sourceOf(r))).toList();
        AnnualAssessment s = l.state();
        return new FollowUp(l.id(), l.unitId(), l.unitName(), l.year(), s.status(), l.teamGrade(), s.circulatedOn(),
                s.followUpOn(), s.completedOn(), s.completionReport(), members, talks, items, count(talks, items), rules,
                today);
    }

    private static FollowUp.Summary count(List<FollowUp.TalkRow> talks, List<FollowUp.ItemRow> items) {
        int recorded = (int) talks.stream().filter(t -> t.status() == TalkStatus.RECORDED).count();
        int cancelled = (int) talks.stream().filter(t -> t.status() == TalkStatus.CANCELLED).count();
        int late = (int) talks.stream().filter(FollowUp.TalkRow::late).count();
        int closed = (int) items.stream().filter(i -> i.status() == RectificationStatus.CLOSED).count();
        int overdue = (int) items.stream().filter(FollowUp.ItemRow::overdue).count();
        int closedLate = (int) items.stream().filter(FollowUp.ItemRow::closedLate).count();
        return new FollowUp.Summary(talks.size(), recorded, cancelled, talks.size() - recorded - cancelled, late,
                items.size(), closed, items.size() - closed, overdue, closedLate);
    }

    private static FollowUp.Summary empty() {
        return new FollowUp.Summary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** The counts of several assessments in four grouped queries. */
    private Map<Long, FollowUp.Summary> summaries(List<Long> ids) {
        Map<Long, int[]> c = new HashMap<>();
        if (ids.isEmpty()) {
            return Map.of();
        }
        LocalDate today = LocalDate.now(clock);
        org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate named =
                new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(jdbc);
        Map<String, Object> args = Map.of("ids", ids, "today", today);
        named.query("select assessment_id, status, count(*), sum(case when status = 'SCHEDULED' and scheduled_on < :today "
                + "then 1 else 0 end) from annual_talk where assessment_id in (:ids) group by assessment_id, status", args,
                rs -> {
                    int[] v = c.computeIfAbsent(rs.getLong(1), k -> new int[10]);
                    int n = rs.getInt(3);
                    v[0] += n;
                    switch (TalkStatus.valueOf(rs.getString(2))) {
                        case RECORDED -> v[1] += n;
                        case CANCELLED -> v[2] += n;
                        default -> v[3] += n;
                    }
                    v[4] += rs.getInt(4);
                });
        named.query("select assessment_id, status, count(*), sum(case when status = 'OPEN' and deadline < :today then 1 "
                + "else 0 end), sum(case when status = 'CLOSED' and closed_on > deadline then 1 else 0 end) "
                + "from annual_rectification where assessment_id in (:ids) group by assessment_id, status", args, rs -> {
                    int[] v = c.computeIfAbsent(rs.getLong(1), k -> new int[10]);
                    int n = rs.getInt(3);
                    v[5] += n;
                    if (RectificationStatus.valueOf(rs.getString(2)) == RectificationStatus.CLOSED) {
                        v[6] += n;
                    } else {
                        v[7] += n;
                    }
                    v[8] += rs.getInt(4);
                    v[9] += rs.getInt(5);
                });
        Map<Long, FollowUp.Summary> out = new HashMap<>();
        c.forEach((id, v) -> out.put(id, new FollowUp.Summary(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9])));
        return out;
    }

    /** A reason in the user's language: the rule's message with what it read. */
    String reasonText(String rule, String detail, Locale locale) {
        return reasonText(messages, rule, detail, locale);
    }

    static String reasonText(MessageSource messages, String rule, String detail, Locale locale) {
        Object arg = detail;
        if (TalksByLevel.CAUTION.equals(rule) && detail != null) {
            arg = messages.getMessage("annual.talk.caution." + detail, null, detail, locale);
        }
        return messages.getMessage("annual.talk.reason." + rule, new Object[] {arg}, rule, locale);
    }

    private long insert(String sql, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement(sql, new String[] {"id"});
            new ArgumentPreparedStatementSetter(args).setValues(ps);
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    private static Map<String, Object> mapOf(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
