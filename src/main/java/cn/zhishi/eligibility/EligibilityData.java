package cn.zhishi.eligibility;

import cn.zhishi.assessment.AnnualGrades;
import cn.zhishi.assessment.Grade;
import cn.zhishi.assessment.GradeConsequence;
import cn.zhishi.cadre.InfluencePeriod;
import cn.zhishi.eligibility.kinship.KinshipGraph;
import cn.zhishi.eligibility.policy.CandidateFacts;
import cn.zhishi.eligibility.policy.PolicyProfile;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Loads the facts the rules read, for one cadre or a whole subtree, in a fixed number of set-based
 * queries (one per kind of fact), never one per cadre. Also the policy profiles and kinship edges.
 */
@Component
class EligibilityData {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final AnnualGrades grades;

    EligibilityData(JdbcTemplate jdbc, AnnualGrades grades) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.grades = grades;
    }

    /** Which cadres: by ids, or every active cadre in a unit subtree. */
    record Scope(String sql, Map<String, Object> params, int knownSize) {

        static Scope ids(Collection<Long> ids) {
            return new Scope("c.id in (:ids)", Map.of("ids", List.copyOf(ids)), ids.size());
        }

        /** Every active cadre under the path; how many is counted when the facts are loaded. */
        static Scope subtree(String pathPrefix) {
            return new Scope("u.path like :prefix and c.status = 'ACTIVE'", Map.of("prefix", pathPrefix + "%"), -1);
        }
    }

    Map<String, PolicyProfile> profiles() {
        Map<String, PolicyProfile> out = new LinkedHashMap<>();
        jdbc.query("select * from eligibility_profile order by is_default desc, code", rs -> {
            Object staff = rs.getObject("years_staff_to_leadership");
            out.put(rs.getString("code"), new PolicyProfile(rs.getString("code"), rs.getInt("version"),
                    rs.getString("label_zh"), rs.getString("label_en"), rs.getInt("years_deputy_to_principal"),
                    rs.getInt("years_principal_to_higher_deputy"), staff == null ? null : ((Number) staff).intValue(),
                    rs.getInt("years_of_work_for_division"), rs.getInt("grade_years"),
                    PolicyProfile.GradeCondition.valueOf(rs.getString("grade_condition")),
                    PolicyProfile.NakedOfficialScope.valueOf(rs.getString("naked_official_scope")),
                    rs.getString("min_education_level"), rs.getString("basis")));
        });
        return out;
    }

    String defaultProfileCode() {
        return jdbc.queryForObject("select code from eligibility_profile where is_default order by code limit 1", String.class);
    }

    /** The profile chosen for the nearest unit on {@code unitPath} (itself or an ancestor), or the default. */
    String profileCodeFor(String unitPath) {
        List<Map.Entry<String, String>> choices = jdbc.query("select u.path, c.profile_code from eligibility_profile_choice c "
                + "join org_unit u on u.id = c.unit_id", (rs, i) -> Map.entry(rs.getString(1), rs.getString(2)));
        return choices.stream().filter(e -> unitPath != null && unitPath.startsWith(e.getKey()))
                .max(java.util.Comparator.comparingInt(e -> e.getKey().length())).map(Map.Entry::getValue)
                .orElseGet(this::defaultProfileCode);
    }

    /**
     * From this many cadres in scope on, the fact queries read whole tables without joining {@code cadre}
     * and {@code org_unit} (rows outside the scope are dropped in memory) and run side by side: at city
     * scale that is several times faster than the joined form and does not depend on table statistics.
     */
    int bulkFrom = 5_000;

    private final java.util.concurrent.ExecutorService loaders = java.util.concurrent.Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "eligibility-facts");
        t.setDaemon(true);
        return t;
    });

    @jakarta.annotation.PreDestroy
    void stop() {
        loaders.shutdownNow();
    }

    /** Every fact the rules read, for the cadres in scope. */
    Map<Long, CandidateFacts> facts(Scope scope, LocalDate asOf) {
        return withRecords(careers(scope, asOf), asOf);
    }

    /**
     * Names, units, birth and work dates, and tenures (with the posts' levels) of the cadres in scope:
     * enough to tell each one's level on {@code asOf}. The other facts are left empty.
     */
    Map<Long, CandidateFacts> careers(Scope scope, LocalDate asOf) {
        String from = " from cadre c join org_unit u on u.id = c.unit_id where " + scope.sql();
        Map<String, Object> p = new HashMap<>(scope.params());
        p.put("asOf", Date.valueOf(asOf));
        int inScope = scope.knownSize() >= 0 ? scope.knownSize()
                : named.queryForObject("select count(*)" + from, p, Integer.class);
        if (inScope == 0) {
            return Map.of();
        }
        boolean bulk = inScope >= bulkFrom;
        java.util.concurrent.Callable<Map<Long, CandidateFacts>> baseQ = () -> {
            Map<Long, CandidateFacts> base = new LinkedHashMap<>(inScope * 2);
            if (bulk) {
                // unit names from one small map: no join, and one String per unit instead of one per cadre
                Map<Long, String> unitNames = new HashMap<>();
                jdbc.query("select id, name from org_unit", rs -> {
                    unitNames.put(rs.getLong(1), rs.getString(2));
                });
                named.query("select c.id, c.name, c.unit_id, c.birth_date, c.work_start_date" + from, p, rs -> {
                    long unit = rs.getLong(3);
                    base.put(rs.getLong(1), career(rs.getLong(1), rs.getString(2), unit, unitNames.get(unit), date(rs, 4),
                            date(rs, 5)));
                });
                return base;
            }
            named.query("select c.id, c.name, c.unit_id, u.name as unit_name, c.birth_date, c.work_start_date" + from, p, rs -> {
                base.put(rs.getLong(1), career(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), date(rs, 5),
                        date(rs, 6)));
            });
            return base;
        };
        java.util.concurrent.Callable<Map<Long, List<CandidateFacts.HeldPost>>> postsQ = () -> {
            Map<Long, List<CandidateFacts.HeldPost>> posts = new HashMap<>();
            if (bulk) {
                // the whole table without joins (rows of cadres out of scope are never looked up): at city
                // scale several times faster than the joined form, and independent of table statistics
                Map<Long, String[]> postInfo = new HashMap<>();
                jdbc.query("select id, title, post_level from post", rs -> {
                    postInfo.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
                });
                named.query("select t.cadre_id, t.post_id, t.start_date, t.end_date from tenure t where t.start_date <= :asOf",
                        p, rs -> {
                            String[] post = postInfo.get(rs.getLong(2));
                            posts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>(2)).add(new CandidateFacts.HeldPost(
                                    rs.getLong(2), post[0], post[1], date(rs, 3), date(rs, 4)));
                        });
                return posts;
            }
            named.query("select t.cadre_id, t.post_id, pt.title, pt.post_level, t.start_date, t.end_date from tenure t "
                    + "join post pt on pt.id = t.post_id join cadre c on c.id = t.cadre_id join org_unit u on u.id = c.unit_id "
                    + "where " + scope.sql() + " and t.start_date <= :asOf", p, rs -> {
                        posts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new CandidateFacts.HeldPost(
                                rs.getLong(2), rs.getString(3), rs.getString(4), date(rs, 5), date(rs, 6)));
                    });
            return posts;
        };
        var baseF = run(bulk, baseQ);
        var postsF = run(bulk, postsQ);
        Map<Long, CandidateFacts> base = join(baseF);
        Map<Long, List<CandidateFacts.HeldPost>> posts = join(postsF);
        base.replaceAll((id, c) -> {
            List<CandidateFacts.HeldPost> held = posts.get(id);
            return held == null ? c : new CandidateFacts(c.cadreId(), c.name(), c.unitId(), c.unitName(), c.birthDate(),
                    c.workStartDate(), null, held, Map.of(), List.of(), List.of(), List.of(), List.of());
        });
        return base;
    }

    private static CandidateFacts career(long id, String name, long unitId, String unitName, LocalDate birth, LocalDate work) {
        return new CandidateFacts(id, name, unitId, unitName, birth, work, null, List.of(), Map.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    /**
     * The given careers completed with education, annual grades (and the windows they open), influence
     * periods (sanctions, and the no-promotion windows approved annual results recorded), negative-list
     * hits and the family records the 裸官 rule reads, in one query per kind.
     */
    Map<Long, CandidateFacts> withRecords(Map<Long, CandidateFacts> careers, LocalDate asOf) {
        if (careers.isEmpty()) {
            return Map.of();
        }
        boolean bulk = careers.size() >= bulkFrom;
        Map<String, Object> p = new HashMap<>();
        p.put("asOf", Date.valueOf(asOf));
        p.put("ids", List.copyOf(careers.keySet()));
        // a few hundred thousand grade rows at city scale: read only the years a verdict can look at
        p.put("fromYear", firstGradeYearRead(asOf));
        // in bulk mode whole tables, rows of other cadres never looked up; otherwise by id
        java.util.function.Function<String, String> scoped = alias -> bulk ? " where 1 = 1"
                : " where " + alias + ".cadre_id in (:ids)";

        java.util.concurrent.Callable<Map<Long, String>> educationQ = () -> {
            Map<Long, String> education = new HashMap<>();
            named.query("select e.cadre_id, min(e.education_level) from cadre_education e" + scoped.apply("e")
                    + " group by e.cadre_id", p, rs -> {
                        education.put(rs.getLong(1), rs.getString(2));
                    });
            return education;
        };
        java.util.concurrent.Callable<Map<Long, Map<Integer, Grade>>> gradesQ = () -> {
            Map<Long, Map<Integer, Grade>> gradeMap = new HashMap<>();
            named.query("select g.cadre_id, g.grade_year, g.grade from annual_grade g" + scoped.apply("g")
                    + " and g.grade_year >= :fromYear", p, rs -> {
                        gradeMap.computeIfAbsent(rs.getLong(1), k -> new HashMap<>(8)).put(rs.getInt(2),
                                GRADES.get(rs.getString(3)));
                    });
            return gradeMap;
        };
        java.util.concurrent.Callable<Map<Long, List<CandidateFacts.Period>>> sanctionsQ = () -> {
            Map<Long, List<CandidateFacts.Period>> periods = new HashMap<>();
            named.query("select s.cadre_id, st.label_zh, st.basis, s.decision_date, s.influence_ends_on from cadre_sanction s "
                    + "join sanction_type st on st.code = s.sanction_type" + scoped.apply("s")
                    + " and s.influence_ends_on >= :asOf and s.decision_date <= :asOf", p, rs -> {
                        LocalDate d = date(rs, 4);
                        periods.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new CandidateFacts.Period(
                                "SANCTION", rs.getString(2), d, new InfluencePeriod(d, date(rs, 5)), rs.getString(3)));
                    });
            return periods;
        };
        java.util.concurrent.Callable<Map<Long, List<CandidateFacts.NegativeHit>>> hitsQ = () -> {
            Map<Long, List<CandidateFacts.NegativeHit>> hits = new HashMap<>();
            named.query("select h.cadre_id, s.label_zh, s.area, h.evidence, h.source, h.recorded_by, h.found_on "
                    + "from negative_list_hit h join negative_situation s on s.code = h.situation_code" + scoped.apply("h")
                    + " and h.withdrawn_on is null", p, rs -> {
                        hits.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new CandidateFacts.NegativeHit(
                                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                                date(rs, 7)));
                    });
            return hits;
        };
        java.util.concurrent.Callable<Map<Long, List<CandidateFacts.Relative>>> familyQ = () -> {
            Map<Long, List<CandidateFacts.Relative>> family = new HashMap<>();
            // only the families with someone settled abroad matter (the 裸官 rule): a small set, found first
            named.query("select f.cadre_id, f.relation, f.name, f.settled_abroad, f.abroad_country from cadre_family_member f"
                    + scoped.apply("f") + " and f.relation in ('SPOUSE','SON','DAUGHTER','ADOPTED_SON','ADOPTED_DAUGHTER') "
                    + "and f.cadre_id in (select x.cadre_id from cadre_family_member x where x.settled_abroad = true)", p, rs -> {
                        family.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new CandidateFacts.Relative(
                                rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getString(5)));
                    });
            return family;
        };
        java.util.concurrent.Callable<Map<Long, List<CandidateFacts.Period>>> annualQ = () -> {
            // no-promotion windows the approved annual assessment recorded (annual_consequence): besides the
            // grade's own window, those a team grade opens for its members ([003]: team 一般/较差)
            Map<Long, List<CandidateFacts.Period>> windows = new HashMap<>();
            named.query("select a.cadre_id, a.grade_year, a.source, a.starts_on, a.ends_on from annual_consequence a"
                    + scoped.apply("a") + " and a.kind = 'NO_PROMOTION' and a.starts_on <= :asOf and a.ends_on >= :asOf",
                    p, rs -> {
                        LocalDate start = date(rs, 4);
                        windows.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new CandidateFacts.Period(
                                "ANNUAL_RESULT", rs.getInt(2) + "年度考核结果运用：不得提拔", start,
                                new InfluencePeriod(start, date(rs, 5)), rs.getString(3)));
                    });
            return windows;
        };
        var educationF = run(bulk, educationQ);
        var annualF = run(bulk, annualQ);
        var gradeF = run(bulk, gradesQ);
        var periodsF = run(bulk, sanctionsQ);
        var hitsF = run(bulk, hitsQ);
        var familyF = run(bulk, familyQ);
        Map<Long, Map<Integer, Grade>> gradeMap = join(gradeF);
        Map<Long, List<CandidateFacts.Period>> periods = join(periodsF);
        Map<Grade, GradeConsequence> windows = grades.consequences();
        for (Long id : careers.keySet()) {
            Map<Integer, Grade> byYear = gradeMap.get(id);
            if (byYear == null) {
                continue;
            }
            byYear.forEach((year, g) -> {
                GradeConsequence w = windows.get(g);
                if (w != null) {
                    InfluencePeriod ip = w.windowFor(year);
                    if (ip.contains(asOf)) {
                        periods.computeIfAbsent(id, k -> new ArrayList<>()).add(new CandidateFacts.Period("GRADE",
                                year + "年度" + label(g), ip.start(), ip, w.basis()));
                    }
                }
            });
        }
        join(annualF).forEach((id, recorded) -> {
            List<CandidateFacts.Period> known = periods.computeIfAbsent(id, k -> new ArrayList<>());
            for (CandidateFacts.Period r : recorded) {
                // the grade's own window is already there (same days): once is enough
                boolean same = known.stream().anyMatch(k -> k.period().start().equals(r.period().start())
                        && k.period().end().equals(r.period().end()));
                if (!same) {
                    known.add(r);
                }
            }
        });
        Map<Long, String> educationMap = join(educationF);
        Map<Long, List<CandidateFacts.NegativeHit>> hits = join(hitsF);
        Map<Long, List<CandidateFacts.Relative>> family = join(familyF);
        Map<Long, CandidateFacts> out = new LinkedHashMap<>(careers.size() * 2);
        for (CandidateFacts c : careers.values()) {
            long id = c.cadreId();
            out.put(id, new CandidateFacts(id, c.name(), c.unitId(), c.unitName(), c.birthDate(), c.workStartDate(),
                    educationMap.get(id), c.posts(), gradeMap.getOrDefault(id, Map.of()), periods.getOrDefault(id, List.of()),
                    hits.getOrDefault(id, List.of()), family.getOrDefault(id, List.of()), List.of()));
        }
        return out;
    }

    private static final Map<String, Grade> GRADES = new HashMap<>();

    static {
        for (Grade g : Grade.values()) {
            GRADES.put(g.name(), g);
        }
    }

    /** Read as {@link LocalDate} directly: {@code java.sql.Date} would go through the JVM's time zone for every row. */
    private static LocalDate date(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /**
     * The earliest grade year a verdict on {@code asOf} reads: the grade-condition years of the strictest
     * profile, and the years whose grade could still open a no-promotion window on that day.
     */
    int firstGradeYearRead(LocalDate asOf) {
        int years = 1;
        for (PolicyProfile profile : profiles().values()) {
            years = Math.max(years, profile.gradeYears());
        }
        int months = 0;
        for (GradeConsequence c : grades.consequences().values()) {
            months = Math.max(months, c.noPromotionMonths());
        }
        // a window for year Y starts on 1 January Y + 1 and ends within months / 12 + 1 calendar years
        return Math.min(asOf.getYear() - years, asOf.getYear() - 1 - (months / 12 + 1));
    }

    /** Runs a fact query on a loader thread in bulk mode, or here (in the caller's transaction) otherwise. */
    private <T> java.util.concurrent.Future<T> run(boolean parallel, java.util.concurrent.Callable<T> query) {
        if (parallel) {
            return loaders.submit(query);
        }
        try {
            return java.util.concurrent.CompletableFuture.completedFuture(query.call());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T join(java.util.concurrent.Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static String label(Grade g) {
        switch (g) {
            case EXCELLENT: return "优秀";
            case COMPETENT: return "称职";
            case BASIC: return "基本称职";
            case INCOMPETENT: return "不称职";
            default: return "不定等次";
        }
    }

    /** Kinship edges touching the given cadres: explicit links, and family records that match a cadre by name and birth date. */
    KinshipGraph.EdgeSource edges() {
        return ids -> {
            List<KinshipGraph.Edge> out = new ArrayList<>();
            Map<String, Object> p = Map.of("ids", List.copyOf(ids));
            var mapper = (org.springframework.jdbc.core.RowMapper<KinshipGraph.Edge>) (rs, i) -> new KinshipGraph.Edge(
                    rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5));
            out.addAll(named.query("select l.cadre_id, l.relative_cadre_id, l.relation, a.name, b.name from kinship_link l "
                    + "join cadre a on a.id = l.cadre_id join cadre b on b.id = l.relative_cadre_id "
                    + "where l.cadre_id in (:ids) or l.relative_cadre_id in (:ids)", p, mapper));
            out.addAll(named.query("select f.cadre_id, r.id, f.relation, a.name, r.name from cadre_family_member f "
                    + "join cadre a on a.id = f.cadre_id join cadre r on r.name = f.name and r.birth_date = f.birth_date "
                    + "where f.cadre_id in (:ids) and r.id <> f.cadre_id", p, mapper));
            out.addAll(named.query("select f.cadre_id, r.id, f.relation, a.name, r.name from cadre r "
                    + "join cadre_family_member f on f.name = r.name and f.birth_date = r.birth_date "
                    + "join cadre a on a.id = f.cadre_id where r.id in (:ids) and r.id <> f.cadre_id", p, mapper));
            return out;
        };
    }

    /** Posts held on {@code day} by the given cadres, with what the avoidance checks read. */
    List<HeldPostFacts> postsHeld(Collection<Long> cadreIds, LocalDate from, LocalDate to) {
        if (cadreIds.isEmpty()) {
            return List.of();
        }
        Map<String, Object> p = new HashMap<>();
        p.put("ids", List.copyOf(cadreIds));
        p.put("from", Date.valueOf(from));
        p.put("to", Date.valueOf(to == null ? LocalDate.of(9999, 12, 31) : to));
        return named.query("select t.cadre_id, pt.id, pt.unit_id, pt.team_role, pt.key_personnel, pt.key_finance, "
                + "pt.key_audit, pt.key_law_enforcement, u.name, pt.title from tenure t join post pt on pt.id = t.post_id "
                + "join org_unit u on u.id = pt.unit_id where t.cadre_id in (:ids) and t.start_date <= :to "
                + "and (t.end_date is null or t.end_date >= :from)", p, (rs, i) -> new HeldPostFacts(rs.getLong(1),
                rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7),
                rs.getBoolean(8), rs.getString(9) + rs.getString(10)));
    }

    /** Cadres holding a post of {@code unitId} at some day in the range. */
    List<Long> holdersInUnit(long unitId, LocalDate from, LocalDate to) {
        return jdbc.queryForList("select distinct t.cadre_id from tenure t join post pt on pt.id = t.post_id "
                + "where pt.unit_id = ? and t.start_date <= ? and (t.end_date is null or t.end_date >= ?)", Long.class,
                unitId, Date.valueOf(to == null ? LocalDate.of(9999, 12, 31) : to), Date.valueOf(from));
    }

    /** The facts of one post for the avoidance checks. */
    java.util.Optional<cn.zhishi.eligibility.kinship.AvoidanceRules.PostFacts> postFactsOf(long postId) {
        return jdbc.query("select 0, pt.id, pt.unit_id, pt.team_role, pt.key_personnel, pt.key_finance, pt.key_audit, "
                + "pt.key_law_enforcement, u.name, pt.title from post pt join org_unit u on u.id = pt.unit_id where pt.id = ?",
                (rs, i) -> new HeldPostFacts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getBoolean(5),
                        rs.getBoolean(6), rs.getBoolean(7), rs.getBoolean(8), rs.getString(9) + rs.getString(10)), postId)
                .stream().findFirst().map(HeldPostFacts::facts);
    }

    /** Those of the given cadres that have at least one kinship edge (explicit link or matched family record). */
    java.util.Set<Long> linkedAmong(Collection<Long> cadreIds) {
        java.util.Set<Long> ids = new java.util.HashSet<>(cadreIds);
        java.util.Set<Long> out = new java.util.HashSet<>();
        jdbc.query("select cadre_id, relative_cadre_id from kinship_link", rs -> {
            if (ids.contains(rs.getLong(1))) out.add(rs.getLong(1));
            if (ids.contains(rs.getLong(2))) out.add(rs.getLong(2));
        });
        jdbc.query("select f.cadre_id, r.id from cadre_family_member f join cadre r on r.name = f.name "
                + "and r.birth_date = f.birth_date where r.id <> f.cadre_id", rs -> {
            if (ids.contains(rs.getLong(1))) out.add(rs.getLong(1));
            if (ids.contains(rs.getLong(2))) out.add(rs.getLong(2));
        });
        return out;
    }

    /** Ids of the active cadres under the given unit paths. */
    List<Long> cadresUnder(List<String> prefixes) {
        List<Long> out = new ArrayList<>();
        for (String prefix : prefixes) {
            out.addAll(jdbc.queryForList("select c.id from cadre c join org_unit u on u.id = c.unit_id "
                    + "where u.path like ? and c.status = 'ACTIVE'", Long.class, prefix + "%"));
        }
        return out;
    }

    record HeldPostFacts(long cadreId, long postId, long unitId, String teamRole, boolean personnel, boolean finance,
            boolean audit, boolean lawEnforcement, String label) {

        cn.zhishi.eligibility.kinship.AvoidanceRules.PostFacts facts() {
            java.util.Set<cn.zhishi.org.KeyPostKind> k = java.util.EnumSet.noneOf(cn.zhishi.org.KeyPostKind.class);
            if (personnel) k.add(cn.zhishi.org.KeyPostKind.PERSONNEL);
            if (finance) k.add(cn.zhishi.org.KeyPostKind.FINANCE);
            if (audit) k.add(cn.zhishi.org.KeyPostKind.AUDIT);
            if (lawEnforcement) k.add(cn.zhishi.org.KeyPostKind.LAW_ENFORCEMENT);
            return new cn.zhishi.eligibility.kinship.AvoidanceRules.PostFacts(postId, unitId,
                    teamRole == null ? null : cn.zhishi.org.TeamRole.valueOf(teamRole), k);
        }
    }
}
