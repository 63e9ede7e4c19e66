package cn.zhishi.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhishi.org.Jurisdiction;
import cn.zhishi.support.Fixtures;
import cn.zhishi.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The CI smoke run of {@code --command=search-benchmark} on the demo county: every question of the mix
 * gives the search exactly the cadres the naive SQL gives. Correctness only, never timing.
 */
@IntegrationTest
class SearchBenchmarkIntegrationTest {

    @Autowired SearchBenchmark benchmark;
    @Autowired CadreSearch search;
    @Autowired SearchIndex index;
    @Autowired JdbcTemplate jdbc;

    private long demoRoot() {
        return jdbc.queryForObject("select min(id) from org_unit where parent_id is null and name = '云岭市'", Long.class);
    }

    private SearchBenchmark.Report run(boolean rebuild, StringBuilder log) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SearchBenchmark.Report r = benchmark.run(demoRoot(), new SearchBenchmark.Options(rebuild, 1, 2, 1, 60),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        log.append(out.toString(StandardCharsets.UTF_8));
        return r;
    }

    @Test
    void everyQuestionOfTheMixGivesTheSearchTheSameCadresAsTheSql() throws Exception {
        StringBuilder log = new StringBuilder();
        SearchBenchmark.Report r = run(true, log);
        assertThat(r.answers()).as(log.toString()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(r.compared()).as(log.toString()).isEqualTo(r.answers().size());
        assertThat(r.disagreements()).as(log.toString()).isEmpty();
        assertThat(r.correct()).isTrue();
        // the mix is not trivial on the demo county: most questions find someone
        assertThat(r.answers().stream().filter(a -> a.searchTotal() > 0).count()).as(log.toString())
                .isGreaterThanOrEqualTo(12);
    }

    @Test
    void aRecordTheIndexHasNotSeenMakesTheBenchmarkFail() throws Exception {
        String rootPath = jdbc.queryForObject("select path from org_unit where id = ?", String.class, demoRoot());
        SearchForm f = new SearchForm();
        f.setQ("经济管理");
        long[] found = Fixtures.as(Fixtures.orgAdmin(demoRoot()),
                () -> search.matchingIds(f, new Jurisdiction(List.of(rootPath))));
        long outsider = jdbc.queryForList("select c.id from cadre c join org_unit u on u.id = c.unit_id"
                + " where u.path like ? and c.status = 'ACTIVE' order by c.id", Long.class, rootPath + "%").stream()
                .filter(id -> Arrays.binarySearch(found, id) < 0).findFirst().orElseThrow();
        index.ensureBuiltFromThisDatabase();
        // written straight to the table, as a bulk load would, and not re-indexed
        jdbc.update("insert into talk_note (cadre_id, noted_on, kind, author, text) values (?,?,'TALK','组织部',?)",
                outsider, LocalDate.now(), "谈话：熟悉经济管理工作");
        try {
            StringBuilder log = new StringBuilder();
            SearchBenchmark.Report r = run(false, log);
            assertThat(r.correct()).as(log.toString()).isFalse();
            assertThat(r.disagreements()).extracting(a -> a.question().label()).contains("经济管理");
            assertThat(log).contains("MISMATCH");
        } finally {
            jdbc.update("delete from talk_note where cadre_id = ? and text = '谈话：熟悉经济管理工作'", outsider);
            index.update(List.of(outsider));
        }
    }
}
