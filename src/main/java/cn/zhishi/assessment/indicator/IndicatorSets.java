package cn.zhishi.assessment.indicator;

import cn.zhishi.audit.AuditEvent;
import cn.zhishi.audit.AuditTrail;
import cn.zhishi.cadre.CadreFilter;
import cn.zhishi.cadre.CadreQueries;
import cn.zhishi.org.UnitClass;
import cn.zhishi.org.UnitDomain;
import cn.zhishi.security.CurrentUser;
import cn.zhishi.shared.NotFoundException;
import cn.zhishi.shared.Problems;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicator sets ("4+N"): read every version, create a set or a new version of one, and assign a set
 * to every cadre a list filter matches in one audited action.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorSets {

    /** Most cadres one assignment may touch (a county has a few thousand). */
    public static final int MAX_ASSIGN = 20_000;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final CadreQueries cadres;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    IndicatorSets(JdbcTemplate jdbc, CadreQueries cadres, CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.cadres = cadres;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every version of every set (a few dozen rows: two statements). */
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    public IndicatorCatalogue catalogue() {
        return load();
    }

    /** One exact version (404 when unknown). */
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    public IndicatorSet find(long id) {
        return load().pinned(id).orElseThrow(() -> new NotFoundException("indicatorSet", id));
    }

    /**
     * One exact version for a module that pinned it (a campaign, a ballot page without an account): no
     * role check, since set definitions are not confidential. 404 when unknown.
     */
    public IndicatorSet pinned(long id) {
        return load().pinned(id).orElseThrow(() -> new NotFoundException("indicatorSet", id));
    }

    /** The number of cadres assigned to each set version. */
    @PreAuthorize("hasAnyRole('ORG_ADMIN','ASSESSOR')")
    public Map<Long, Integer> assignmentCounts() {
        Map<Long, Integer> out = new HashMap<>();
        jdbc.query("select indicator_set_id, count(*) from indicator_assignment group by indicator_set_id",
                rs -> {
                    out.put(rs.getLong(1), rs.getInt(2));
                });
        return out;
    }

    /** The set version a cadre is assessed with, if any (no jurisdiction check: callers filter). */
    public Optional<IndicatorSet> assignedTo(long cadreId) {
        List<Long> ids = jdbc.queryForList("select indicator_set_id from indicator_assignment where cadre_id = ?",
                Long.class, cadreId);
        return ids.isEmpty() ? Optional.empty() : load().pinned(ids.get(0));
    }

    /**
     * Creates the set, or — when its code exists — the next version of it; versions already used stay
     * as they are. Returns the new id.
     */
    @Transactional
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public long create(IndicatorSetCommand c) {
        Problems p = new Problems().require(c.code(), "code").require(c.name(), "name").require(c.basis(), "basis");
        if (c.code() != null && !c.code().isBlank() && !CODE.matcher(c.code().trim()).matches()) {
            p.add("code", "indicator.code.format");
        }
        if (c.name() != null && c.name().trim().length() > 100) {
            p.add("name", "validation.tooLong", 100);
        }
        if (c.basis() != null && c.basis().trim().length() > 300) {
            p.add("basis", "validation.tooLong", 300);
        }
        if (c.scale() == null || !c.scale().isValid()) {
            p.add("scale", "indicator.scale.invalid");
        }
        List<IndicatorSetCommand.Line> lines = c.indicators() == null ? List.of() : c.indicators();
        if (lines.isEmpty()) {
            p.add("indicators", "indicator.indicators.none");
        } else if (lines.size() > 30) {
            p.add("indicators", "indicator.indicators.tooMany", 30);
        }
        for (int i = 0; i < lines.size(); i++) {
            IndicatorSetCommand.Line l = lines.get(i);
            if (l == null || l.name() == null || l.name().isBlank() || l.name().trim().length() > 100 || l.kind() == null
                    || l.weight() == null || l.weight().signum() <= 0 || l.weight().scale() > 2
                    || l.weight().compareTo(java.math.BigDecimal.valueOf(10_000)) >= 0) {
                p.add("indicators", "indicator.indicators.line", i + 1);
            }
        }
        p.throwIfAny();
        String code = c.code().trim();
        int version = load().nextVersion(code);
        String user = currentUser.get().username();
        RatingScale s = c.scale();
        jdbc.update("insert into indicator_set (code, version, name, unit_domain, unit_class, role_scope, score_good, "
                + "score_fairly_good, score_average, score_poor, basis, created_by, created_at) "
                + "values (?,?,?,?,?,?,?,?,?,?,?,?,?)", code, version, c.name().trim(), name(c.domain()),
                name(c.unitClass()), name(c.role()), s.good(), s.fairlyGood(), s.average(), s.poor(), c.basis().trim(),
                user, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        long id = jdbc.queryForObject("select id from indicator_set where code = ? and version = ?", Long.class, code,
                version);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            IndicatorSetCommand.Line l = lines.get(i);
            rows.add(new Object[] {id, i + 1, l.name().trim(), l.kind().name(), l.weight()});
        }
        jdbc.batchUpdate("insert into indicator (set_id, position, name, kind, weight) values (?,?,?,?,?)", rows);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("code", code);
        after.put("version", version);
        after.put("name", c.name().trim());
        after.put("domain", name(c.domain()));
        after.put("unitClass", name(c.unitClass()));
        after.put("role", name(c.role()));
        after.put("scale", s.good() + "/" + s.fairlyGood() + "/" + s.average() + "/" + s.poor());
        after.put("indicators", lines.stream().map(l -> l.name().trim() + "(" + l.kind() + "," + l.weight() + ")").toList());
        audit.record(AuditEvent.created("assessment.indicatorSet.create", "IndicatorSet", id, code + " v" + version, after));
        return id;
    }

    /**
     * Assigns to every active cadre the filter matches within the current user's jurisdiction (all pages,
     * at most {@link #MAX_ASSIGN}) either the given set version, or — when {@code setId} is null — the set
     * the catalogue selects for each cadre's unit domain, class and current team role. One audit record.
     */
    @Transactional
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public AssignmentResult assign(CadreFilter filter, Long setId) {
        IndicatorCatalogue catalogue = load();
        IndicatorSet chosen = setId == null ? null
                : catalogue.pinned(setId).orElseThrow(() -> new NotFoundException("indicatorSet", setId));
        List<Long> ids = new ArrayList<>();
        int matched = cadres.forEach(filter, MAX_ASSIGN + 1, row -> ids.add(row.id()));
        if (matched > MAX_ASSIGN) {
            new Problems().add("filter", "indicator.assign.tooMany", MAX_ASSIGN).throwIfAny();
        }
        Map<Long, Long> setOf = new LinkedHashMap<>();
        int withoutSet = 0;
        if (chosen != null) {
            ids.forEach(id -> setOf.put(id, chosen.id()));
        } else {
            for (CadreContext cc : contexts(ids)) {
                Optional<IndicatorSet> s = catalogue.select(cc.domain(), cc.unitClass(), cc.role());
                if (s.isPresent()) {
                    setOf.put(cc.cadreId(), s.get().id());
                } else {
                    withoutSet++;
                }
            }
        }
        String user = currentUser.get().username();
        Timestamp now = Timestamp.from(clock.instant());
        List<Long> keys = new ArrayList<>(setOf.keySet());
        for (int from = 0; from < keys.size(); from += 1000) {
            named.update("delete from indicator_assignment where cadre_id in (:ids)",
                    Map.of("ids", keys.subList(from, Math.min(keys.size(), from + 1000))));
        }
        List<Object[]> rows = new ArrayList<>();
        setOf.forEach((cadre, set) -> rows.add(new Object[] {cadre, set, user, now}));
        jdbc.batchUpdate("insert into indicator_assignment (cadre_id, indicator_set_id, assigned_by, assigned_at) "
                + "values (?,?,?,?)", rows);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("set", chosen == null ? "AUTO" : chosen.code() + " v" + chosen.version());
        after.put("filter", describe(filter));
        after.put("assigned", setOf.size());
        after.put("withoutSet", withoutSet);
        Map<Long, List<Long>> bySet = new LinkedHashMap<>();
        setOf.forEach((cadre, set) -> bySet.computeIfAbsent(set, k -> new ArrayList<>()).add(cadre));
        after.put("cadresBySet", bySet);
        audit.record(AuditEvent.created("assessment.indicatorSet.assign", "IndicatorSet", chosen == null ? null : chosen.id(),
                (chosen == null ? "AUTO" : chosen.code() + " v" + chosen.version()) + " → " + setOf.size(), after));
        return new AssignmentResult(setOf.size(), withoutSet);
    }

    private record CadreContext(long cadreId, UnitDomain domain, UnitClass unitClass, RoleScope role) {
    }

    private List<CadreContext> contexts(List<Long> ids) {
        List<CadreContext> out = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (int from = 0; from < ids.size(); from += 1000) {
            named.query("""
                    select c.id, u.domain, u.unit_class,
                      (select p.team_role from tenure t join post p on p.id = t.post_id where t.cadre_id = c.id
                        and t.start_date <= :today and (t.end_date is null or t.end_date >= :today)
                        and p.team_role is not null order by t.start_date desc, t.id desc limit 1) as team_role
                    from cadre c join org_unit u on u.id = c.unit_id where c.id in (:ids) order by c.id""",
                    Map.of("today", today, "ids", ids.subList(from, Math.min(ids.size(), from + 1000))), rs -> {
                        String d = rs.getString(2);
                        String k = rs.getString(3);
                        String r = rs.getString(4);
                        out.add(new CadreContext(rs.getLong(1), d == null ? null : UnitDomain.valueOf(d),
                                k == null ? null : UnitClass.valueOf(k), r == null ? RoleScope.STAFF : RoleScope.valueOf(r)));
                    });
        }
        return out;
    }

    private static Map<String, Object> describe(CadreFilter f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("q", f.getQ());
        m.put("unitId", f.getUnitId());
        m.put("gender", name(f.getGender()));
        m.put("cadreType", name(f.getCadreType()));
        m.put("postLevel", f.getPostLevel());
        m.put("teamRole", name(f.getTeamRole()));
        m.put("ageMin", f.getAgeMin());
        m.put("ageMax", f.getAgeMax());
        m.values().removeIf(v -> v == null || "".equals(v));
        return m;
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private IndicatorCatalogue load() {
        Map<Long, List<Indicator>> lines = new HashMap<>();
        jdbc.query("select set_id, position, name, kind, weight from indicator order by set_id, position", rs -> {
            lines.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Indicator(rs.getInt(2), rs.getString(3),
                    IndicatorKind.valueOf(rs.getString(4)), rs.getBigDecimal(5)));
        });
        List<IndicatorSet> sets = jdbc.query("select * from indicator_set order by code, version", (rs, i) -> {
            String d = rs.getString("unit_domain");
            String k = rs.getString("unit_class");
            String r = rs.getString("role_scope");
            long id = rs.getLong("id");
            return new IndicatorSet(id, rs.getString("code"), rs.getInt("version"), rs.getString("name"),
                    d == null ? null : UnitDomain.valueOf(d), k == null ? null : UnitClass.valueOf(k),
                    r == null ? null : RoleScope.valueOf(r),
                    new RatingScale(rs.getBigDecimal("score_good"), rs.getBigDecimal("score_fairly_good"),
                            rs.getBigDecimal("score_average"), rs.getBigDecimal("score_poor")),
                    rs.getString("basis"), lines.getOrDefault(id, List.of()));
        });
        return new IndicatorCatalogue(sets);
    }
}
