package cn.zhishi.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhishi.cadre.Gender;
import cn.zhishi.support.IntegrationTest;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A thousand cadres with a record in every sheet import in seconds (time printed, not asserted). */
@IntegrationTest
class LargeImportIntegrationTest {

    private static final int CADRES = 1000;
    private static final int POSTS = 250;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;

    @Test
    void a_thousand_cadre_workbook_passes_the_dry_run_and_is_saved_whole() throws Exception {
        RegistryFixture org = RegistryFixture.create(jdbc);
        // a township's worth of posts, a few holders each, as in a real file
        String[] posts = new String[POSTS];
        for (int p = 0; p < POSTS; p++) {
            posts[p] = org.townCode + "-Q" + p;
            jdbc.update("insert into post (unit_id, code, title, post_level, max_holders) values (?,?,?,?,?)",
                    org.townId, posts[p], "岗位" + p, "STAFF", CADRES / POSTS);
        }
        TestWorkbook wb = new TestWorkbook();
        for (int i = 0; i < CADRES; i++) {
            LocalDate born = LocalDate.of(1965, 1, 1).plusDays(i * 11L);
            Gender g = i % 2 == 0 ? Gender.MALE : Gender.FEMALE;
            String id = RegistryFixture.idNumber(born, g);
            wb.row(ImportSheet.CADRES, "干部" + i + org.prefix, g == Gender.MALE ? "男" : "女", i % 7 == 0 ? "回族" : "汉族",
                    born, id, "138" + String.format("%08d", i), "山东", "", born.plusYears(22).toString(),
                    "一般干部", org.townCode, "", "");
            wb.row(ImportSheet.EDUCATION, id, "全日制", "大学本科", "学士", "大学" + i % 40, "专业", born.plusYears(18), born.plusYears(22));
            wb.row(ImportSheet.FAMILY, id, "父亲", "父" + i, born.minusYears(28), "群众", "", "", "否", "", "");
            wb.row(ImportSheet.RESUME, id, born.plusYears(22), "", "科员");
            wb.row(ImportSheet.TENURES, id, posts[i % POSTS], born.plusYears(23), "", "");
        }
        byte[] xlsx = wb.bytes();
        long before = jdbc.queryForObject("select count(*) from cadre", Long.class);

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long c0 = threads.getCurrentThreadCpuTime();
        JsonNode dry = importFile(xlsx, true, org);
        long dryMillis = (System.nanoTime() - t0) / 1_000_000;
        long dryCpu = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
        assertThat(dry.get("rejectedRows")).isEmpty();
        assertThat(dry.get("registered").asInt()).isEqualTo(CADRES);
        assertThat(jdbc.queryForObject("select count(*) from cadre", Long.class)).isEqualTo(before);

        t0 = System.nanoTime();
        c0 = threads.getCurrentThreadCpuTime();
        JsonNode done = importFile(xlsx, false, org);
        long confirmMillis = (System.nanoTime() - t0) / 1_000_000;
        long confirmCpu = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
        assertThat(done.get("registered").asInt()).isEqualTo(CADRES);
        assertThat(jdbc.queryForObject("select count(*) from cadre where unit_id = ?", Long.class, org.townId)).isEqualTo(CADRES);
        assertThat(jdbc.queryForObject("select count(*) from tenure t join cadre c on c.id = t.cadre_id where c.unit_id = ?",
                Long.class, org.townId)).isEqualTo(CADRES);

        // wall time depends on what else runs on the machine; the thread's CPU time is the import's own cost
        System.out.printf("%n[excel] %d cadres x 5 sheets (%d KB): dry run %d ms (cpu %d ms), confirm %d ms (cpu %d ms)%n%n",
                CADRES, xlsx.length / 1024, dryMillis, dryCpu, confirmMillis, confirmCpu);
    }

    private JsonNode importFile(byte[] xlsx, boolean dryRun, RegistryFixture org) throws Exception {
        String body = mvc.perform(multipart("/api/v1/imports/cadres")
                        .file(new MockMultipartFile("file", "big.xlsx", Downloads.XLSX, xlsx))
                        .param("dryRun", String.valueOf(dryRun)).with(user(org.admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }
}
