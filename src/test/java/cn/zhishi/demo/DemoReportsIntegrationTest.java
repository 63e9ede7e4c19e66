package cn.zhishi.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhishi.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import cn.zhishi.security.Role;
import cn.zhishi.support.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.test.web.servlet.MockMvc;

/** The demo county starts with a few months of reports, complaints and a carded task. */
@IntegrationTest
class DemoReportsIntegrationTest {

    private static final String DEMO = " from monthly_report r join org_unit u on u.id = r.unit_id where u.path like '/YL/%'";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    @Test
    void the_demo_county_has_reports_in_every_state_with_items() {
        assertThat(count("select count(*)" + DEMO + " and r.status = 'ARCHIVED'"))
                .isGreaterThan(count("select count(*)" + DEMO + " and r.status <> 'ARCHIVED'") / 2);
        for (String s : new String[] {"DRAFT", "SUBMITTED"}) {
            assertThat(count("select count(*)" + DEMO + " and r.status = '" + s + "'")).as(s).isPositive();
        }
        assertThat(count("select count(*)" + DEMO + " and r.late")).isPositive();
        assertThat(count("select count(*) from report_item i join monthly_report r on r.id = i.report_id "
                + "join org_unit u on u.id = r.unit_id where u.path like '/YL/%'")).isGreaterThan(count("select count(*)" + DEMO));
        assertThat(count("select count(*) from complaint c join monthly_report r on r.id = c.report_id "
                + "join org_unit u on u.id = r.unit_id where u.path like '/YL/%' and c.status in ('FOUNDED', 'UNFOUNDED')"))
                .isGreaterThanOrEqualTo(2);
        assertThat(count("select count(*) from warning_card w join cadre c on c.id = w.cadre_id "
                + "join org_unit u on u.id = c.unit_id where u.path like '/YL/%' and w.colour = 'YELLOW'")).isPositive();
    }

    @Test
    void the_public_board_lists_the_demo_reports_posted_now() throws Exception {
        // posted at first start with a window that covers today (a sweep run by another test with a
        // far-future date may have archived some of them since)
        LocalDate today = LocalDate.now();
        assertThat(count("select count(*)" + DEMO + " and r.posted_from is not null and r.posted_until >= current_date"))
                .isPositive();
        List<Long> stillPosted = jdbc.queryForList("select r.id" + DEMO + " and r.status = 'POSTED' and r.posted_until >= ?",
                Long.class, today);
        if (!stillPosted.isEmpty()) {
            mvc.perform(get("/board")).andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("/board/reports/" + stillPosted.get(0))));
        }
    }

    @Test
    void the_office_list_of_the_demo_county_is_not_empty() throws Exception {
        long county = count("select id from org_unit where node_type = 'REGION' and name = '青山县'");
        long archived = count("select min(r.id)" + DEMO + " and r.status = 'ARCHIVED'");
        mvc.perform(get("/reports/office").with(user(Fixtures.principal("demo-office", Set.of(Role.ASSESSOR), Set.of(county)))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/reports/" + archived)));
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }
}
