package cn.zhishi.search;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code --command=search-benchmark [--root=<unit id>] [--runs=5] [--clients=8] [--baseline-runs=3]
 * [--baseline-timeout=60] [--rebuild=true]}: on the database it is pointed at, rebuilds the search index
 * (printing the time), runs the fixed question mix of {@link SearchBenchmark} through the search with one
 * client and with {@code clients} concurrent clients, then through the naive SQL baseline, prints
 * p50/p95/p99, the ratio at p95 and the heap in use after a GC. Exit status 1 when a question the SQL
 * answered gives another set of cadres than the search (wrong, not slow, fails).
 */
@Component
@ConditionalOnProperty(name = "command", havingValue = "search-benchmark")
class SearchBenchmarkCommand implements ApplicationRunner, ExitCodeGenerator {

    private final SearchBenchmark benchmark;
    private final JdbcTemplate jdbc;
    private int exitCode = 1;

    SearchBenchmarkCommand(SearchBenchmark benchmark, JdbcTemplate jdbc) {
        this.benchmark = benchmark;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        Long root = arg(args, "root") == null ? jdbc.queryForObject(
                "select min(id) from org_unit where parent_id is null", Long.class) : Long.valueOf(arg(args, "root"));
        if (root == null) {
            System.out.println("search-benchmark: the database holds no units (load a city first, e.g. with screening-benchmark)");
            return;
        }
        SearchBenchmark.Options o = new SearchBenchmark.Options(!"false".equals(arg(args, "rebuild")),
                intArg(args, "runs", 5), intArg(args, "clients", 8), intArg(args, "baseline-runs", 3),
                intArg(args, "baseline-timeout", 60));
        SearchBenchmark.Report r = benchmark.run(root, o, System.out);
        if (r.correct()) {
            System.out.println("search-benchmark: answers agree with SQL");
            exitCode = 0;
        } else {
            System.out.println("search-benchmark: FAILED, " + (r.compared() == 0 ? "no question could be compared with SQL"
                    : r.disagreements().size() + " questions disagree with SQL"));
        }
    }

    private static String arg(ApplicationArguments args, String name) {
        List<String> v = args.getOptionValues(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    private static int intArg(ApplicationArguments args, String name, int dflt) {
        String v = arg(args, name);
        return v == null ? dflt : Integer.parseInt(v);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
