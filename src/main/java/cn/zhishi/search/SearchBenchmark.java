package cn.zhishi.search;

import cn.zhishi.dictionary.Dictionaries;
import cn.zhishi.org.Jurisdiction;
import cn.zhishi.security.Role;
import cn.zhishi.security.ZhishiPrincipal;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The search benchmark behind {@code --command=search-benchmark} (and its smoke test): rebuilds the
 * index, runs a fixed mix of realistic questions through {@link CadreSearch} as an organisation admin of
 * a whole jurisdiction — free text, conditions, facets, snippets, the page a user gets — with one and
 * with several concurrent clients, then asks the same questions in plain SQL with {@code ILIKE} and joins
 * ({@link NaiveSearchSql}) and compares the answers: every question the SQL answered within its time
 * limit must give exactly the search's set of cadres, or the benchmark fails.
 */
@Component
class SearchBenchmark {

    /** How to run it. {@code baselineTimeoutSeconds} limits each SQL statement; a timed-out question is run once. */
    record Options(boolean rebuild, int runs, int clients, int baselineRuns, int baselineTimeoutSeconds) {
    }

    /** A question of the mix. */
    record Question(String label, SearchForm form) {
    }

    /** What a question gave: the search's and the SQL's answer (null when the SQL timed out). */
    record Answer(Question question, long searchTotal, long[] searchIds, long[] sqlIds, int sqlRuns, boolean sqlTimedOut) {

        boolean agrees() {
            return sqlIds == null || Arrays.equals(searchIds, sqlIds);
        }
    }

    /** Latencies in milliseconds (sorted). */
    record Latencies(List<Double> millis) {

        double pct(double p) {
            if (millis.isEmpty()) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p / 100.0 * millis.size()) - 1;
            return millis.get(Math.max(0, Math.min(millis.size() - 1, i)));
        }

        String line() {
            return String.format(Locale.ROOT, "n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms", millis.size(), pct(50),
                    pct(95), pct(99), millis.isEmpty() ? Double.NaN : millis.get(millis.size() - 1));
        }
    }

    /** The outcome; {@link #correct()} decides the exit code. */
    record Report(long documents, long rebuildMillis, Latencies oneClient, Latencies concurrent, int clients,
            Latencies baseline, List<Answer> answers, long heapUsedBytes) {

        List<Answer> disagreements() {
            return answers.stream().filter(a -> !a.agrees()).toList();
        }

        long compared() {
            return answers.stream().filter(a -> a.sqlIds() != null).count();
        }

        boolean correct() {
            return disagreements().isEmpty() && compared() > 0;
        }
    }

    private final CadreSearch search;
    private final SearchIndex index;
    private final JdbcTemplate jdbc;
    private final Dictionaries dictionaries;
    private final Clock clock;

    SearchBenchmark(CadreSearch search, SearchIndex index, JdbcTemplate jdbc, Dictionaries dictionaries, Clock clock) {
        this.search = search;
        this.index = index;
        this.jdbc = jdbc;
        this.dictionaries = dictionaries;
        this.clock = clock;
    }

    /**
     * The fixed mix over the jurisdiction rooted at {@code rootId}: units and names are picked from the
     * data deterministically (the first county, the first township, names of two cadres), so the same
     * database always gives the same questions.
     */
    List<Question> questions(long rootId) {
        String rootPath = jdbc.queryForObject("select path from org_unit where id = ?", String.class, rootId);
        String like = rootPath + "%";
        List<Long> counties = jdbc.queryForList("select id from org_unit where parent_id = ? order by id", Long.class, rootId);
        Long county = counties.isEmpty() ? rootId : counties.get(0);
        Long county2 = counties.size() > 1 ? counties.get(1) : county;
        Long town = jdbc.query("select min(id) from org_unit where unit_class = 'TOWNSHIP' and path like ?",
                rs -> rs.next() && rs.getObject(1) != null ? rs.getLong(1) : null, like);
        Long township = town == null ? county : town;
        List<String> names = jdbc.queryForList("select c.name from cadre c join org_unit u on u.id = c.unit_id"
                + " where u.path like ? and c.status = 'ACTIVE' order by c.id", String.class, like);
        String name1 = names.isEmpty() ? "王" : names.get(names.size() / 3);
        String name2 = names.isEmpty() ? "李" : names.get(names.size() * 2 / 3);
        List<Question> qs = new ArrayList<>();
        qs.add(q("经济管理", f -> f.setQ("经济管理")));
        qs.add(q("招商引资", f -> f.setQ("招商引资")));
        qs.add(q("乡镇", f -> f.setQ("乡镇")));
        qs.add(q("党建", f -> f.setQ("党建")));
        qs.add(q("name " + name1, f -> f.setQ(name1)));
        qs.add(q("name " + name2 + " in county", f -> {
            f.setQ(name2);
            f.setUnitId(county2);
        }));
        qs.add(q("乡村振兴 in county", f -> {
            f.setQ("乡村振兴");
            f.setUnitId(county);
        }));
        qs.add(q("安全生产, age <= 40", f -> {
            f.setQ("安全生产");
            f.setAgeMax(40);
        }));
        qs.add(q("信访维稳, female, >= 本科", f -> {
            f.setQ("信访维稳");
            f.setGender("FEMALE");
            f.setEducation("20");
        }));
        qs.add(q("正科级 正职, >= 3 years in post", f -> {
            f.setPostLevel("SECTION_CHIEF");
            f.setTeamRole("PRINCIPAL");
            f.setMinYearsInPost(3);
        }));
        qs.add(q("优秀 in 3 years, none below 称职, age <= 45", f -> {
            f.setExcellentInThreeYears(true);
            f.setNoGradeBelowCompetent(true);
            f.setAgeMax(45);
        }));
        qs.add(q("经济管理, 优秀 in 3 years", f -> {
            f.setQ("经济管理");
            f.setExcellentInThreeYears(true);
        }));
        qs.add(q("招商引资, tag 懂经济善管理", f -> {
            f.setQ("招商引资");
            f.setTag("懂经济善管理");
        }));
        qs.add(q("in an influence period", f -> f.setInfluence("IN")));
        qs.add(q("脱贫攻坚, 副职, township", f -> {
            f.setQ("脱贫攻坚");
            f.setTeamRole("DEPUTY");
            f.setUnitId(township);
        }));
        qs.add(q("重点项目 民生实事", f -> f.setQ("重点项目 民生实事")));
        qs.add(q("乡镇街道 class, male, age 35-45", f -> {
            f.setUnitClass("TOWNSHIP");
            f.setGender("MALE");
            f.setAgeMin(35);
            f.setAgeMax(45);
        }));
        qs.add(q("森林防火, not in influence, none below 称职", f -> {
            f.setQ("森林防火");
            f.setInfluence("OUT");
            f.setNoGradeBelowCompetent(true);
        }));
        qs.add(q("经济, full-time >= 硕士", f -> {
            f.setQ("经济");
            f.setEducation("14");
            f.setStudyMode("FULL_TIME");
        }));
        qs.add(q("约谈提醒 in county 2", f -> {
            f.setQ("约谈提醒");
            f.setUnitId(county2);
        }));
        qs.add(q("生态环境保护, 副科级, >= 5 years in post", f -> {
            f.setQ("生态环境保护");
            f.setPostLevel("SECTION_DEPUTY");
            f.setMinYearsInPost(5);
        }));
        qs.add(q("敢于担当, tag 急难险重表现突出", f -> {
            f.setQ("敢于担当");
            f.setTag("急难险重表现突出");
        }));
        qs.add(q("reserve pool", f -> f.setReserve(true)));
        qs.add(q("党建工作, 党政机关, sorted by age", f -> {
            f.setQ("党建工作");
            f.setDomain("PARTY_GOVERNMENT");
            f.setSort(SearchForm.Sort.AGE_ASC);
        }));
        return qs;
    }

    private static Question q(String label, Consumer<SearchForm> setUp) {
        SearchForm f = new SearchForm();
        setUp.accept(f);
        return new Question(label, f);
    }

    /** Runs the benchmark over the jurisdiction rooted at {@code rootId}, printing as it goes. */
    Report run(long rootId, Options o, PrintStream out) throws Exception {
        long documents;
        long rebuildMillis = -1;
        if (o.rebuild()) {
            long t0 = System.nanoTime();
            documents = index.rebuild(cn.zhishi.bulkload.LongProgress.silent());
            rebuildMillis = (System.nanoTime() - t0) / 1_000_000;
            out.printf(Locale.ROOT, "rebuilt the index: %,d documents in %.1f s%n", documents, rebuildMillis / 1000.0);
        } else {
            index.ensureBuiltFromThisDatabase();
            documents = index.documentCount();
            out.printf(Locale.ROOT, "index built from this database: %,d documents (not rebuilt)%n", documents);
        }
        ZhishiPrincipal admin = new ZhishiPrincipal(-1, "search-benchmark", "search-benchmark", "{noop}x",
                EnumSet.of(Role.ORG_ADMIN), Set.of(rootId), null, true, false, false);
        String rootPath = jdbc.queryForObject("select path from org_unit where id = ?", String.class, rootId);
        Jurisdiction j = new Jurisdiction(List.of(rootPath));
        List<Question> qs = questions(rootId);
        out.printf(Locale.ROOT, "%d questions, as an organisation admin of %s%n", qs.size(), rootPath);

        // warm-up: five passes, so that the timed runs measure the compiled code of a server that has been
        // answering for a while, not the JIT compiler (one pass left the 1-client p95 swinging by 20 ms)
        as(admin, () -> {
            for (int pass = 0; pass < 5; pass++) {
                for (Question q : qs) {
                    search.search(q.form(), j, Locale.SIMPLIFIED_CHINESE);
                }
            }
        });
        Latencies one = timed(admin, j, qs, o.runs(), 1);
        out.println("search, 1 client:   " + one.line());
        Latencies many = timed(admin, j, qs, o.runs(), o.clients());
        out.println("search, " + o.clients() + " clients:  " + many.line());

        List<Answer> answers = new ArrayList<>();
        List<Double> sqlMillis = new ArrayList<>();
        JdbcTemplate limited = new JdbcTemplate(jdbc.getDataSource());
        limited.setQueryTimeout(o.baselineTimeoutSeconds());
        LocalDate today = LocalDate.now(clock);
        for (Question q : qs) {
            long[][] holder = new long[1][];
            as(admin, () -> holder[0] = search.matchingIds(q.form(), j));
            long[] found = holder[0];
            String unitPath = q.form().getUnitId() == null ? null
                    : jdbc.queryForObject("select path from org_unit where id = ?", String.class, q.form().getUnitId());
            NaiveSearchSql.Statement st = NaiveSearchSql.of(q.form(), j, today, dictionaries, unitPath);
            long[] sql = null;
            int runs = 0;
            boolean timedOut = false;
            for (int r = 0; r < o.baselineRuns(); r++) {
                long t0 = System.nanoTime();
                try {
                    List<Long> ids = limited.queryForList(st.sql(), Long.class, st.args().toArray());
                    double ms = (System.nanoTime() - t0) / 1e6;
                    sqlMillis.add(ms);
                    runs++;
                    sql = ids.stream().mapToLong(Long::longValue).sorted().toArray();
                } catch (DataAccessException e) {
                    if (!isTimeout(e)) {
                        throw e;
                    }
                    timedOut = true;
                    sqlMillis.add(o.baselineTimeoutSeconds() * 1000.0);
                    break;
                }
            }
            Answer a = new Answer(q, found.length, found, timedOut ? null : sql, runs, timedOut);
            answers.add(a);
            out.printf(Locale.ROOT, "  %-48s search %,7d  sql %s%s%n", q.label(), found.length,
                    a.sqlIds() == null ? "timed out (" + o.baselineTimeoutSeconds() + " s)"
                            : String.format(Locale.ROOT, "%,7d (%d runs)", a.sqlIds().length, runs),
                    a.agrees() ? "" : "  MISMATCH " + difference(found, a.sqlIds()));
        }
        Collections.sort(sqlMillis);
        Latencies baseline = new Latencies(sqlMillis);
        out.println("SQL ILIKE baseline, 1 client: " + baseline.line() + " (timed-out statements counted at the limit)");
        out.printf(Locale.ROOT, "ratio at p95 (SQL / search, 1 client): %.0fx%n", baseline.pct(95) / one.pct(95));
        long heap = heapAfterGc();
        out.printf(Locale.ROOT, "heap in use after GC: %,d MB (max %,d MB)%n", heap / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        Report report = new Report(documents, rebuildMillis, one, many, o.clients(), baseline, answers, heap);
        out.printf(Locale.ROOT, "correctness: %d of %d questions compared with SQL, %d disagree%n", report.compared(),
                answers.size(), report.disagreements().size());
        return report;
    }

    private static boolean isTimeout(DataAccessException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof java.sql.SQLTimeoutException || m.contains("cancel") || m.contains("timeout")
                    || m.contains("timed out")) {
                return true;
            }
        }
        return false;
    }

    private static String difference(long[] search, long[] sql) {
        Set<Long> a = new java.util.TreeSet<>();
        Arrays.stream(search).forEach(a::add);
        Set<Long> b = new java.util.TreeSet<>();
        Arrays.stream(sql).forEach(b::add);
        Set<Long> onlySearch = new java.util.TreeSet<>(a);
        onlySearch.removeAll(b);
        Set<Long> onlySql = new java.util.TreeSet<>(b);
        onlySql.removeAll(a);
        return "only search " + onlySearch.stream().limit(5).toList() + " (" + onlySearch.size() + "), only SQL "
                + onlySql.stream().limit(5).toList() + " (" + onlySql.size() + ")";
    }

    /** Every client runs the whole mix {@code runs} times, each in its own order. */
    private Latencies timed(ZhishiPrincipal admin, Jurisdiction j, List<Question> qs, int runs, int clients)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<List<Double>>> work = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                work.add(pool.submit(() -> {
                    List<Double> mine = new ArrayList<>();
                    as(admin, () -> {
                        List<Question> order = new ArrayList<>(qs);
                        for (int r = 0; r < runs; r++) {
                            Collections.shuffle(order, new java.util.Random(31L * client + r));
                            for (Question q : order) {
                                long t0 = System.nanoTime();
                                search.search(q.form(), j, Locale.SIMPLIFIED_CHINESE);
                                mine.add((System.nanoTime() - t0) / 1e6);
                            }
                        }
                    });
                    return mine;
                }));
            }
            List<Double> all = new ArrayList<>();
            for (Future<List<Double>> f : work) {
                all.addAll(f.get());
            }
            Collections.sort(all);
            return new Latencies(all);
        } finally {
            pool.shutdown();
        }
    }

    private static void as(ZhishiPrincipal p, Runnable work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
        try {
            work.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
