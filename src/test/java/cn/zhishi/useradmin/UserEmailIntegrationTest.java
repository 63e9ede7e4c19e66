package cn.zhishi.useradmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhishi.security.Role;
import cn.zhishi.security.UserAccounts;
import cn.zhishi.security.ZhishiPrincipal;
import cn.zhishi.support.AccountFixture;
import cn.zhishi.support.IntegrationTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The e-mail address the notification mailer writes to: set by the security admin or by the user, validated, audited. */
@IntegrationTest
class UserEmailIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcTemplate jdbc;

    private String email(long userId) {
        return jdbc.queryForObject("select email from app_user where id = ?", String.class, userId);
    }

    @Test
    void theUserSetsTheirOwnAddressOnTheAccountPage() throws Exception {
        AccountFixture fixture = new AccountFixture(accounts, userDetails);
        long[] units = AccountFixture.unitTree(jdbc, "邮箱县", "邮箱县财政局");
        ZhishiPrincipal me = fixture.user("mail", Set.of(units[1]), Role.ASSESSOR);

        mvc.perform(post("/account/email").with(user(me)).with(csrf()).param("email", "not an address"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("电子邮箱格式不正确")));
        assertThat(email(me.userId())).isNull();

        mvc.perform(post("/account/email").with(user(me)).with(csrf()).param("email", " li.si@example.cn "))
                .andExpect(redirectedUrl("/account"));
        assertThat(email(me.userId())).isEqualTo("li.si@example.cn");
        mvc.perform(get("/account").with(user(me))).andExpect(content().string(containsString("li.si@example.cn")));
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'user.email' and entity_id = ?",
                Integer.class, String.valueOf(me.userId()))).isOne();

        mvc.perform(post("/account/email").with(user(me)).with(csrf()).param("email", ""))
                .andExpect(redirectedUrl("/account"));
        assertThat(email(me.userId())).isNull();
    }

    @Test
    void theSecurityAdminSetsAnAddressOnTheUserForm() throws Exception {
        AccountFixture fixture = new AccountFixture(accounts, userDetails);
        long[] units = AccountFixture.unitTree(jdbc, "邮箱市", "邮箱市审计局");
        ZhishiPrincipal secadmin = fixture.user("mailsec", Set.of(units[0]), Role.SECURITY_ADMIN);
        ZhishiPrincipal other = fixture.user("mailother", Set.of(units[1]), Role.ASSESSOR);

        mvc.perform(post("/admin/users/{id}", other.userId()).with(user(secadmin)).with(csrf())
                        .param("displayName", "王五").param("roles", "ASSESSOR")
                        .param("jurisdictionUnitIds", String.valueOf(units[1])).param("enabled", "true")
                        .param("email", "wang@@example"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("电子邮箱格式不正确")));
        assertThat(email(other.userId())).isNull();

        mvc.perform(post("/admin/users/{id}", other.userId()).with(user(secadmin)).with(csrf())
                        .param("displayName", "王五").param("roles", "ASSESSOR")
                        .param("jurisdictionUnitIds", String.valueOf(units[1])).param("enabled", "true")
                        .param("email", "wangwu@example.cn"))
                .andExpect(status().is3xxRedirection());
        assertThat(email(other.userId())).isEqualTo("wangwu@example.cn");
        mvc.perform(get("/admin/users/{id}", other.userId()).with(user(secadmin)))
                .andExpect(content().string(containsString("wangwu@example.cn")));
    }
}
