package cn.zhishi.home;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhishi.security.Role;
import cn.zhishi.security.UserAccounts;
import cn.zhishi.security.ZhishiPrincipal;
import cn.zhishi.support.AccountFixture;
import cn.zhishi.support.IntegrationTest;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class HomeIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcTemplate jdbc;
    AccountFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new AccountFixture(accounts, userDetails);
    }

    @Test
    void home_needs_a_signed_in_user() throws Exception {
        mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void an_org_admin_sees_roles_jurisdiction_and_registry_cards() throws Exception {
        long[] units = AccountFixture.unitTree(jdbc, "首页县", "首页县民政局");
        ZhishiPrincipal p = fixture.user("homeorg", Set.of(units[0]), Role.ORG_ADMIN);
        mvc.perform(get("/").with(user(p)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("欢迎，" + p.displayName())))
                .andExpect(content().string(containsString("组织部管理员")))
                .andExpect(content().string(containsString("首页县")))
                .andExpect(content().string(containsString("href=\"/cadres\"")))
                .andExpect(content().string(containsString("href=\"/imports\"")))
                .andExpect(content().string(not(containsString("href=\"/audit\""))))
                .andExpect(content().string(not(containsString("href=\"/admin/users\""))));
    }

    @Test
    void an_auditor_sees_only_the_audit_card_and_no_jurisdiction_warning() throws Exception {
        ZhishiPrincipal p = fixture.user("homeaud", Role.AUDITOR);
        mvc.perform(get("/").with(user(p)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/audit\"")))
                .andExpect(content().string(not(containsString("href=\"/cadres\""))))
                .andExpect(content().string(not(containsString("href=\"/admin/dictionaries\""))))
                .andExpect(content().string(not(containsString("尚未分配管辖范围"))));
    }

    @Test
    void a_leader_without_jurisdiction_is_told_whom_to_ask() throws Exception {
        ZhishiPrincipal p = fixture.user("homelead", Role.LEADER);
        mvc.perform(get("/").with(user(p)))
                .andExpect(content().string(containsString("尚未分配管辖范围，请联系安全管理员")));
    }
}
