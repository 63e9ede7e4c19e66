package cn.zhishi.eligibility;

import cn.zhishi.audit.AuditEvent;
import cn.zhishi.audit.AuditTrail;
import cn.zhishi.cadre.CadreService;
import cn.zhishi.eligibility.kinship.KinshipPaths;
import cn.zhishi.eligibility.policy.CandidateFacts;
import cn.zhishi.org.Jurisdiction;
import cn.zhishi.org.Jurisdictions;
import cn.zhishi.security.CurrentUser;
import cn.zhishi.shared.InvalidInputException;
import cn.zhishi.shared.NotFoundException;
import cn.zhishi.shared.Problems;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facts eligibility owns — negative-list hits and explicit kinship links — written by organisation
 * admins within their jurisdiction, each write on the audit record; and the read views the profile shows.
 */
@Service
@Transactional(readOnly = true)
public class EligibilityRecords {

    static final String ENTITY = "Cadre";

    private final JdbcTemplate jdbc;
    private final Jurisdictions jurisdictions;
    private final CadreService cadres;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final EligibilityData data;
    private final Clock clock;

    EligibilityRecords(JdbcTemplate jdbc, Jurisdictions jurisdictions, CadreService cadres, 
            AuditTrail audit, CurrentUser currentUser, EligibilityData data, Clock clock) {
        this.jdbc = jdbc;
        this.jurisdictions = jurisdictions;
        this.cadres = cadres;
        this.audit = audit;
        this.currentUser = currentUser;
        this.data = data;
        this.clock = clock;
    }

    /** A negative situation of the configured list. */
    public record Situation(String code, String area, String labelZh, String labelEn) {

        public String label(java.util.Locale l) {
            return l != null && "en".equals(l.getLanguage()) ? labelEn : labelZh;
        }
    }

    /** A recorded hit. */
    public record Hit(long id, String situationCode, String situation, String area, String evidence, String source,
            LocalDate foundOn, String recordedBy, LocalDate withdrawnOn, String withdrawnReason) {
    }

    /** An explicit link between two cadres, as recorded. */
    public record Link(long id, long cadreId, String cadreName, long relativeId, String relativeName, String relation,
            String recordedBy) {
    }

    public List<Situation> situations() {
        return jdbc.query("select * from negative_situation where active order by sort_order", (rs, i) -> new Situation(
                rs.getString("code"), rs.getString("area"), rs.getString("label_zh"), rs.getString("label_en")));
    }

    public List<Hit> hitsOf(long cadreId) {
        name(cadreId, jurisdictions.current());
        return jdbc.query("select h.*, s.label_zh, s.area from negative_list_hit h join negative_situation s "
                + "on s.code = h.situation_code where h.cadre_id = ? order by h.found_on desc, h.id desc", (rs, i) -> {
                    java.sql.Date w = rs.getDate("withdrawn_on");
                    return new Hit(rs.getLong("id"), rs.getString("situation_code"), rs.getString("label_zh"),
                            rs.getString("area"), rs.getString("evidence"), rs.getString("source"),
                            rs.getDate("found_on").toLocalDate(), rs.getString("recorded_by"),
                            w == null ? null : w.toLocalDate(), rs.getString("withdrawn_reason"));
                }, cadreId);
    }

    public List<Link> linksOf(long cadreId) {
        name(cadreId, jurisdictions.current());
        return jdbc.query("select l.id, l.cadre_id, a.name, l.relative_cadre_id, b.name, l.relation, l.recorded_by "
                + "from kinship_link l join cadre a on a.id = l.cadre_id join cadre b on b.id = l.relative_cadre_id "
                + "where l.cadre_id = ? or l.relative_cadre_id = ? order by l.id", (rs, i) -> new Link(rs.getLong(1),
                rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7)),
                cadreId, cadreId);
    }

    /** Influence periods (sanctions and annual-grade windows) running on {@code day}, each with its last day. */
    public List<CandidateFacts.Period> activePeriods(long cadreId, LocalDate day) {
        name(cadreId, jurisdictions.current());
        CandidateFacts c = data.facts(EligibilityData.Scope.ids(List.of(cadreId)), day).get(cadreId);
        return c == null ? List.of() : c.periods().stream()
                .sorted(java.util.Comparator.comparing((CandidateFacts.Period p) -> p.period().end()).reversed()).toList();
    }

    @Transactional(noRollbackFor = InvalidInputException.class)
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public long recordNegativeHit(long cadreId, NegativeHitForm f) {
        Problems p = new Problems().require(f.getSituationCode(), "situationCode").require(f.getEvidence(), "evidence")
                .require(f.getSource(), "source").require(f.getFoundOn(), "foundOn");
        if (f.getSituationCode() != null && situations().stream().noneMatch(s -> s.code().equals(f.getSituationCode()))) {
            p.add("situationCode", "validation.dictionary", f.getSituationCode());
        }
        if (f.getFoundOn() != null && f.getFoundOn().isAfter(LocalDate.now(clock))) {
            p.add("foundOn", "validation.future");
        }
        if (f.getEvidence() != null && f.getEvidence().length() > 500) {
            p.add("evidence", "validation.tooLong", 500);
        }
        if (f.getSource() != null && f.getSource().length() > 200) {
            p.add("source", "validation.tooLong", 200);
        }
        p.throwIfAny();
        String name = name(cadreId, jurisdictions.current());
        String user = currentUser.get().username();
        jdbc.update("insert into negative_list_hit (cadre_id, situation_code, evidence, source, found_on, recorded_by, "
                + "recorded_at) values (?,?,?,?,?,?,?)", cadreId, f.getSituationCode(), f.getEvidence().trim(),
                f.getSource().trim(), f.getFoundOn(), user, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        Long id = jdbc.queryForObject("select max(id) from negative_list_hit where cadre_id = ?", Long.class, cadreId);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("hitId", id);
        after.put("situation", f.getSituationCode());
        after.put("evidence", f.getEvidence().trim());
        after.put("source", f.getSource().trim());
        after.put("foundOn", f.getFoundOn());
        audit.record(AuditEvent.created("eligibility.negative.record", ENTITY, cadreId, name, after));
        return id;
    }

    /** A jurisdiction root unit and the profile that applies to it (chosen, inherited or the default). */
    public record ProfileChoice(long unitId, String unitName, String path, String profileCode, boolean chosenHere,
            String chosenBy, java.time.OffsetDateTime chosenAt) {
    }

    /** The caller's jurisdiction roots with the profile that applies to each. */
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR','LEADER')")
    public List<ProfileChoice> profileChoices() {
        List<ProfileChoice> out = new java.util.ArrayList<>();
        for (String path : jurisdictions.current().paths()) {
            jdbc.query("select u.id, u.name, u.path, c.profile_code, c.chosen_by, c.chosen_at from org_unit u "
                    + "left join eligibility_profile_choice c on c.unit_id = u.id where u.path = ?", rs -> {
                        String chosen = rs.getString(4);
                        out.add(new ProfileChoice(rs.getLong(1), rs.getString(2), rs.getString(3),
                                chosen != null ? chosen : data.profileCodeFor(rs.getString(3)), chosen != null,
                                rs.getString(5), rs.getObject(6, java.time.OffsetDateTime.class)));
                    }, path);
        }
        return out;
    }

    /** Chooses the policy profile for a unit of the caller's jurisdiction (and the units under it). */
    @Transactional(noRollbackFor = InvalidInputException.class)
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public void chooseProfile(long unitId, String profileCode) {
        Problems p = new Problems();
        if (profileCode == null || !data.profiles().containsKey(profileCode)) {
            p.add("profileCode", "eligibility.profile.unknown");
        }
        p.throwIfAny();
        List<String> paths = jdbc.queryForList("select path from org_unit where id = ?", String.class, unitId);
        if (paths.isEmpty() || !jurisdictions.current().covers(paths.get(0))) {
            throw new NotFoundException("unit", unitId);
        }
        String before = jdbc.query("select profile_code from eligibility_profile_choice where unit_id = ?",
                rs -> rs.next() ? rs.getString(1) : null, unitId);
        jdbc.update("delete from eligibility_profile_choice where unit_id = ?", unitId);
        jdbc.update("insert into eligibility_profile_choice (unit_id, profile_code, chosen_by, chosen_at) values (?, ?, ?, ?)",
                unitId, profileCode, currentUser.get().username(), OffsetDateTime.now(clock));
        Map<String, Object> was = new java.util.HashMap<>();
        was.put("profile", before == null ? "default" : before);
        audit.record(AuditEvent.changed("eligibility.profile.choose", "OrgUnit", unitId, paths.get(0), was,
                Map.of("profile", profileCode)));
    }

    @Transactional(noRollbackFor = InvalidInputException.class)
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public void withdrawNegativeHit(long cadreId, long hitId, String reason) {
        new Problems().require(reason, "reason").throwIfAny();
        String name = name(cadreId, jurisdictions.current());
        int n = jdbc.update("update negative_list_hit set withdrawn_on = ?, withdrawn_reason = ? where id = ? and cadre_id = ? "
                + "and withdrawn_on is null", LocalDate.now(clock), reason.trim(), hitId, cadreId);
        if (n == 0) {
            throw new NotFoundException("negative-list hit", hitId);
        }
        audit.record(AuditEvent.changed("eligibility.negative.withdraw", ENTITY, cadreId, name,
                Map.of("hitId", hitId, "withdrawn", false), Map.of("hitId", hitId, "withdrawn", true, "reason", reason.trim())));
    }

    @Transactional(noRollbackFor = InvalidInputException.class)
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public long link(long cadreId, KinshipLinkForm f) {
        Problems p = new Problems().require(f.getRelation(), "relation");
        Jurisdiction j = jurisdictions.current();
        Long relativeId = f.getRelativeCadreId();
        if (relativeId == null) {
            p.require(f.getRelativeIdNumber(), "relativeIdNumber");
            if (f.getRelativeIdNumber() != null && !f.getRelativeIdNumber().isBlank()) {
                relativeId = cadres.findByIdNumber(f.getRelativeIdNumber().trim().toUpperCase()).orElse(null);
                if (relativeId == null) {
                    p.add("relativeIdNumber", "kinship.relative.unknown");
                }
            }
        }
        if (f.getRelation() != null && KinshipPaths.steps(f.getRelation()).isEmpty()
                && !"FORMER_SPOUSE".equals(f.getRelation())) {
            p.add("relation", "validation.dictionary", f.getRelation());
        }
        if (relativeId != null && relativeId == cadreId) {
            p.add("relativeIdNumber", "kinship.relative.self");
        }
        p.throwIfAny();
        String name = name(cadreId, j);
        String relativeName;
        try {
            relativeName = name(relativeId, j);
        } catch (NotFoundException e) {
            throw InvalidInputException.of("relativeIdNumber", "kinship.relative.unknown");
        }
        jdbc.update("insert into kinship_link (cadre_id, relative_cadre_id, relation, note, recorded_by, recorded_at) "
                + "values (?,?,?,?,?,?)", cadreId, relativeId, f.getRelation(),
                f.getNote() == null || f.getNote().isBlank() ? null : f.getNote().trim(), currentUser.get().username(),
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        Long id = jdbc.queryForObject("select max(id) from kinship_link where cadre_id = ?", Long.class, cadreId);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("linkId", id);
        after.put("relativeCadreId", relativeId);
        after.put("relative", relativeName);
        after.put("relation", f.getRelation());
        audit.record(AuditEvent.created("eligibility.kinship.link", ENTITY, cadreId, name + " — " + relativeName, after));
        return id;
    }

    /** The cadre's name if visible in {@code j}; 404 otherwise. */
    String name(long cadreId, Jurisdiction j) {
        return jdbc.query("select c.name, u.path from cadre c join org_unit u on u.id = c.unit_id where c.id = ?",
                (rs, i) -> j.covers(rs.getString(2)) ? rs.getString(1) : null, cadreId).stream()
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow(() -> new NotFoundException("cadre", cadreId));
    }

}
