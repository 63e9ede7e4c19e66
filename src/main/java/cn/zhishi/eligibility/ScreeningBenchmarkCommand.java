package cn.zhishi.eligibility;

import cn.zhishi.demo.CitySpec;
import cn.zhishi.demo.DemoDataLoader;
import cn.zhishi.demo.SyntheticCityGenerator;
import cn.zhishi.security.Role;
import cn.zhishi.security.ZhishiPrincipal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * {@code --command=screening-benchmark [--size=68553] [--counties=12] [--runs=10]}: into an empty
 * database, generates and loads a synthetic city of {@code size} cadres (a database that already holds
 * units is used as it is), then screens the whole city for one 正科级 principal post {@code runs} times
 * (after two warm-up runs) and prints p50/p95 of the wall time. Plain English output, like audit-verify.
 */
@Component
@ConditionalOnProperty(name = "command", havingValue = "screening-benchmark")
class ScreeningBenchmarkCommand implements ApplicationRunner, ExitCodeGenerator {

    private final DemoDataLoader loader;
    private final Eligibility eligibility;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private int exitCode = 1;

    ScreeningBenchmarkCommand(DemoDataLoader loader, Eligibility eligibility, JdbcTemplate jdbc, Clock clock) {
        this.loader = loader;
        this.eligibility = eligibility;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        int size = intArg(args, "size", 68_553);
        int counties = intArg(args, "counties", Math.max(1, Math.min(12, size / 5_000)));
        int runs = intArg(args, "runs", 10);
        if (loader.registryIsEmpty()) {
            long t0 = System.nanoTime();
            loader.load(SyntheticCityGenerator.generate(new CitySpec(20260101L, counties, size, LocalDate.now(clock))));
            System.out.printf("loaded %d cadres in %d counties in %.1f s%n", size, counties, (System.nanoTime() - t0) / 1e9);
        } else {
            System.out.println("database not empty: screening what it holds");
        }
        long root = jdbc.queryForObject("select min(id) from org_unit where parent_id is null", Long.class);
        // the post screened for: by default a 正科 principal post; --post-level/--team-role pick another
        // (a 副科 post puts most of a city within reach of the level step: the heaviest case)
        String level = strArg(args, "post-level", "SECTION_CHIEF");
        String role = strArg(args, "team-role", "PRINCIPAL");
        long post = jdbc.queryForObject("select min(id) from post where post_level = ? and team_role = ?", Long.class, level,
                role);
        ZhishiPrincipal admin = new ZhishiPrincipal(-1, "benchmark", "benchmark", "{noop}x", EnumSet.of(Role.ORG_ADMIN),
                Set.of(root), null, true, false, false);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            List<Long> times = new ArrayList<>();
            List<Long> cpu = new ArrayList<>();
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            Eligibility.Screening last = null;
            for (int i = 0; i < runs + 2; i++) {
                long t0 = System.nanoTime();
                long c0 = os.getProcessCpuTime();
                last = eligibility.screen(post, null, LocalDate.now(clock));
                long ms = (System.nanoTime() - t0) / 1_000_000;
                if (i >= 2) {
                    times.add(ms);
                    cpu.add((os.getProcessCpuTime() - c0) / 1_000_000);
                }
            }
            times.sort(null);
            cpu.sort(null);
            System.out.printf("screened %d cadres for post %d (" + level + ", " + role + "): %d eligible, %d not, in %d rule groups%n", last.screened(), post,
                    last.eligible().size(), last.ineligibleCount(), last.ineligibleByRule().size());
            System.out.printf("runs=%d p50=%d ms p95=%d ms min=%d ms max=%d ms%n", times.size(), pct(times, 50),
                    pct(times, 95), times.get(0), times.get(times.size() - 1));
            // CPU the JVM spent per run (all its threads, GC included; the database's CPU not counted):
            // a figure that does not depend on what else the machine is doing
            System.out.printf("jvm cpu per run: p50=%d ms min=%d ms; load average %.1f on %d cores%n", pct(cpu, 50),
                    cpu.get(0), os.getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
            exitCode = 0;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static long pct(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    private static String strArg(ApplicationArguments args, String name, String dflt) {
        List<String> v = args.getOptionValues(name);
        return v == null || v.isEmpty() ? dflt : v.get(0);
    }

    private static int intArg(ApplicationArguments args, String name, int dflt) {
        List<String> v = args.getOptionValues(name);
        return v == null || v.isEmpty() ? dflt : Integer.parseInt(v.get(0));
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
