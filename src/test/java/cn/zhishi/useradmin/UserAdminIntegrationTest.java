package cn.zhishi.useradmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhishi.security.AppUser;
import cn.zhishi.security.Role;
import cn.zhishi.security.UserAccounts;
import cn.zhishi.security.ZhishiPrincipal;
import cn.zhishi.support.AccountFixture;
import cn.zhishi.support.IntegrationTest;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class UserAdminIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcTemplate jdbc;
    @Autowired JsonMapper json;
    AccountFixture fixture;
    long county;
    long bureau;
    ZhishiPrincipal secadmin;

    @BeforeEach
    void setUp() {
        fixture = new AccountFixture(accounts, userDetails);
        long[] units = AccountFixture.unitTree(jdbc, "测试县", "测试县财政局");
        county = units[0];
        bureau = units[1];
        secadmin = fixture.user("sec", Set.of(county), Role.SECURITY_ADMIN);
    }

    @Test
    void the_security_admin_sees_accounts_with_unit_names() throws Exception {
        fixture.user("listed", Set.of(bureau), Role.ORG_ADMIN);
        mvc.perform(get("/admin/users").with(user(secadmin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("测试县财政局")))
                .andExpect(content().string(containsString("组织部管理员")));
    }

    @Test
    void the_unit_picker_lists_each_unit_right_above_the_units_under_it() throws Exception {
        // a second department sorted after the bureau, and an office under the bureau (one level deeper)
        String bureauCode = jdbc.queryForObject("select code from org_unit where id = ?", String.class, bureau);
        String bureauPath = jdbc.queryForObject("select path from org_unit where id = ?", String.class, bureau);
        String rootPath = bureauPath.substring(0, bureauPath.indexOf('/', 1) + 1);
        jdbc.update("insert into org_unit (parent_id, code, name, node_type, path, depth, sort_order) values (?, ?, ?, 'UNIT', ?, 1, 9)",
                county, bureauCode + "Z", "测试县最后一个局", rootPath + bureauCode + "Z/");
        jdbc.update("insert into org_unit (parent_id, code, name, node_type, path, depth) values (?, ?, ?, 'UNIT', ?, 2)",
                bureau, bureauCode + "-A", "财政局办公室", bureauPath + bureauCode + "-A/");

        String page = mvc.perform(get("/admin/users/new").with(user(secadmin))).andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("测试县财政局")).isLessThan(page.indexOf("财政局办公室"));
        assertThat(page.indexOf("财政局办公室")).isLessThan(page.indexOf("测试县最后一个局"));
    }

    @Test
    void only_the_security_admin_administers_users() throws Exception {
        for (Role role : new Role[] {Role.SYSTEM_ADMIN, Role.AUDITOR, Role.ORG_ADMIN}) {
            ZhishiPrincipal p = fixture.user("notsec", Set.of(county), role);
            mvc.perform(get("/admin/users").with(user(p))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/users").with(httpBasic(p.username(), AccountFixture.PASSWORD)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void a_created_account_gets_a_generated_password_shown_once_and_changed_at_first_sign_in() throws Exception {
        String username = AccountFixture.uniqueName("new");
        mvc.perform(get("/admin/users/new").with(user(secadmin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("测试县财政局")));
        MvcResult created = mvc.perform(post("/admin/users").with(user(secadmin)).with(csrf())
                        .param("username", username).param("displayName", "李四")
                        .param("roles", "ORG_ADMIN").param("roles", "ASSESSOR")
                        .param("jurisdictionUnitIds", String.valueOf(bureau)))
                .andExpect(redirectedUrlPattern("/admin/users/*"))
                .andExpect(flash().attributeExists("generatedPassword"))
                .andReturn();
        String password = (String) created.getFlashMap().get("generatedPassword");

        AppUser u = accounts.findByUsername(username).orElseThrow();
        assertThat(u.getRoles()).containsExactlyInAnyOrder(Role.ORG_ADMIN, Role.ASSESSOR);
        assertThat(u.getJurisdictionUnitIds()).containsExactly(bureau);
        assertThat(u.isMustChangePassword()).isTrue();

        mvc.perform(get(created.getResponse().getRedirectedUrl()).with(user(secadmin)).flashAttrs(created.getFlashMap()))
                .andExpect(content().string(containsString(password)))
                .andExpect(content().string(containsString("此密码只显示这一次")));
        mvc.perform(formLogin("/login").user(username).password(password)).andExpect(authenticated());
    }

    @Test
    void separation_of_duties_is_refused_with_a_clear_message() throws Exception {
        String username = AccountFixture.uniqueName("both");
        mvc.perform(post("/admin/users").with(user(secadmin)).with(csrf())
                        .param("username", username).param("displayName", "王五")
                        .param("roles", "SYSTEM_ADMIN").param("roles", "AUDITOR"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("三员分立")));
        assertThat(accounts.findByUsername(username)).isEmpty();

        mvc.perform(post("/api/v1/users").with(httpBasic(secadmin.username(), AccountFixture.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"displayName\":\"王五\",\"roles\":[\"SECURITY_ADMIN\",\"AUDITOR\"]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("roles"))
                .andExpect(jsonPath("$.errors[0].code").value("user.separationOfDuties"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("三员分立")));

        ZhishiPrincipal existing = fixture.user("sysadm", Role.SYSTEM_ADMIN);
        mvc.perform(post("/admin/users/{id}", existing.userId()).with(user(secadmin)).with(csrf())
                        .param("displayName", "系统管理员").param("roles", "SYSTEM_ADMIN").param("roles", "SECURITY_ADMIN")
                        .param("enabled", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("三员分立")));
        assertThat(accounts.find(existing.userId()).orElseThrow().getRoles()).containsExactly(Role.SYSTEM_ADMIN);
    }

    @Test
    void a_jurisdiction_outside_the_admins_own_is_refused() throws Exception {
        long[] elsewhere = AccountFixture.unitTree(jdbc, "别的县", "别的县教育局");
        mvc.perform(post("/api/v1/users").with(httpBasic(secadmin.username(), AccountFixture.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + AccountFixture.uniqueName("far") + "\",\"displayName\":\"赵六\","
                                + "\"roles\":[\"ORG_ADMIN\"],\"jurisdictionUnitIds\":[" + elsewhere[1] + "]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("user.jurisdiction.outside"));
    }

    @Test
    void editing_keeps_units_the_admin_cannot_see() throws Exception {
        long[] elsewhere = AccountFixture.unitTree(jdbc, "另一县", "另一县水利局");
        ZhishiPrincipal target = fixture.user("keep", Set.of(elsewhere[1], bureau), Role.ORG_ADMIN);
        mvc.perform(get("/admin/users/{id}", target.userId()).with(user(secadmin)))
                .andExpect(content().string(containsString("另一县水利局")));
        mvc.perform(post("/admin/users/{id}", target.userId()).with(user(secadmin)).with(csrf())
                        .param("displayName", "改名后").param("roles", "LEADER").param("_jurisdictionUnitIds", "on")
                        .param("enabled", "true"))
                .andExpect(redirectedUrlPattern("/admin/users/*"));
        AppUser u = accounts.find(target.userId()).orElseThrow();
        assertThat(u.getDisplayName()).isEqualTo("改名后");
        assertThat(u.getRoles()).containsExactly(Role.LEADER);
        assertThat(u.getJurisdictionUnitIds()).containsExactly(elsewhere[1]);
    }

    @Test
    void the_security_admin_cannot_demote_or_disable_themself() throws Exception {
        mvc.perform(post("/admin/users/{id}", secadmin.userId()).with(user(secadmin)).with(csrf())
                        .param("displayName", "我").param("roles", "ORG_ADMIN").param("enabled", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不能取消自己的安全管理员角色")));
        assertThat(accounts.find(secadmin.userId()).orElseThrow().getRoles()).containsExactly(Role.SECURITY_ADMIN);
    }

    @Test
    void reset_password_and_unlock() throws Exception {
        ZhishiPrincipal target = fixture.user("reset", Role.CADRE);
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(target.username()).password("wrong-pass-" + i));
        }
        assertThat(accounts.find(target.userId()).orElseThrow().getLockedUntil()).isNotNull();
        mvc.perform(get("/admin/users").with(user(secadmin))).andExpect(content().string(containsString("锁定至")));

        mvc.perform(post("/admin/users/{id}/unlock", target.userId()).with(user(secadmin)).with(csrf()))
                .andExpect(flash().attribute("unlocked", true));
        mvc.perform(formLogin("/login").user(target.username()).password(AccountFixture.PASSWORD)).andExpect(authenticated());

        MvcResult reset = mvc.perform(post("/admin/users/{id}/reset-password", target.userId()).with(user(secadmin)).with(csrf()))
                .andExpect(flash().attributeExists("generatedPassword"))
                .andReturn();
        String password = (String) reset.getFlashMap().get("generatedPassword");
        mvc.perform(formLogin("/login").user(target.username()).password(password)).andExpect(authenticated());
        assertThat(accounts.find(target.userId()).orElseThrow().isMustChangePassword()).isTrue();
    }

    @Test
    void users_over_rest() throws Exception {
        String username = AccountFixture.uniqueName("rest");
        MvcResult created = mvc.perform(post("/api/v1/users").with(httpBasic(secadmin.username(), AccountFixture.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"displayName\":\"接口用户\",\"roles\":[\"UNIT_REVIEWER\"],"
                                + "\"jurisdictionUnitIds\":[" + bureau + "]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.generatedPassword").isString())
                .andReturn();
        long id = json.readTree(created.getResponse().getContentAsString()).get("id").asLong();

        mvc.perform(put("/api/v1/users/{id}", id).with(httpBasic(secadmin.username(), AccountFixture.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"接口用户二\",\"roles\":[\"UNIT_REVIEWER\",\"CADRE\"],"
                                + "\"jurisdictionUnitIds\":[" + county + "],\"enabled\":false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("接口用户二"))
                .andExpect(jsonPath("$.enabled").value(false))
                .andExpect(jsonPath("$.jurisdiction[0].name").value("测试县"));

        MvcResult list = mvc.perform(get("/api/v1/users").with(httpBasic(secadmin.username(), AccountFixture.PASSWORD)))
                .andExpect(status().isOk()).andReturn();
        JsonNode rows = json.readTree(list.getResponse().getContentAsString());
        assertThat(rows.valueStream().map(r -> r.get("username").asString())).contains(username, secadmin.username());
    }
}
