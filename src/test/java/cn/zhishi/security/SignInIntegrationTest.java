package cn.zhishi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhishi.support.AccountFixture;
import cn.zhishi.support.IntegrationTest;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SignInIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired UserDetailsService userDetails;
    @Autowired SecuritySettings settings;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    AccountFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new AccountFixture(accounts, userDetails);
    }

    @Test
    void the_login_page_is_chinese_first_and_switches_to_english() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("登录知事识人")));
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Sign in to Zhishi")));
    }

    @Test
    void pages_carry_the_security_headers() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void sign_ins_failures_and_lock_outs_are_on_the_audit_record() throws Exception {
        ZhishiPrincipal p = fixture.user("audited", Role.CADRE);
        mvc.perform(formLogin("/login").user(p.username()).password("wrong-password-x"));
        mvc.perform(formLogin("/login").user(p.username()).password(AccountFixture.PASSWORD));
        var rows = jdbc.queryForList("select actor, action, summary from audit_record where entity_type = 'AppUser' "
                + "and entity_id = ? and action like 'user.sign%' order by seq", String.valueOf(p.userId()));
        org.assertj.core.api.Assertions.assertThat(rows).extracting(r -> r.get("action") + "/" + r.get("actor"))
                .containsExactly("user.signInFailed/anonymous", "user.signIn/" + p.username());
        org.assertj.core.api.Assertions.assertThat(rows).allSatisfy(r ->
                org.assertj.core.api.Assertions.assertThat(r.get("summary")).isEqualTo(p.username()));
    }

    @Test
    void a_user_signs_in_with_the_right_password() throws Exception {
        ZhishiPrincipal p = fixture.user("signin", Role.CADRE);
        mvc.perform(formLogin("/login").user(p.username()).password(AccountFixture.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(p.username()));
    }

    @Test
    void a_wrong_password_is_refused_with_a_message() throws Exception {
        ZhishiPrincipal p = fixture.user("wrongpw", Role.CADRE);
        mvc.perform(formLogin("/login").user(p.username()).password("not-the-password-1"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
        mvc.perform(get("/login").param("error", ""))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("用户名或密码不正确")));
    }

    @Test
    void five_failures_in_a_row_lock_the_account_even_against_the_right_password() throws Exception {
        ZhishiPrincipal p = fixture.user("lockout", Role.CADRE);
        for (int i = 0; i < settings.maxFailedLogins(); i++) {
            mvc.perform(formLogin("/login").user(p.username()).password("wrong-password-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        String lockedUrl = mvc.perform(formLogin("/login").user(p.username()).password(AccountFixture.PASSWORD))
                .andExpect(unauthenticated())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(lockedUrl).isEqualTo("/login?locked=" + settings.lockoutMinutes());

        mvc.perform(get("/login").param("locked", String.valueOf(settings.lockoutMinutes())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "账户已锁定，请 " + settings.lockoutMinutes() + " 分钟后再试或联系安全管理员")));
        // the API refuses the locked account too
        mvc.perform(get("/api/v1/me").with(httpBasic(p.username(), AccountFixture.PASSWORD)))
                .andExpect(status().isUnauthorized());
        assertThat(accounts.findByUsername(p.username()).orElseThrow().getLockedUntil()).isNotNull();
    }

    @Test
    void signing_out_says_so() throws Exception {
        ZhishiPrincipal p = fixture.user("logout", Role.CADRE);
        mvc.perform(post("/logout").with(user(p)).with(csrf()))
                .andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/login").param("logout", ""))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("您已安全退出")));
    }

    @Test
    void a_generated_password_must_be_changed_before_anything_else() throws Exception {
        String username = AccountFixture.uniqueName("forced");
        String generated = accounts.create(new UserAccounts.NewAccount(username, "首次登录", null, Set.of(Role.CADRE),
                Set.of(), null, true)).generatedPassword();

        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(generated))
                .andExpect(authenticated())
                .andReturn().getRequest().getSession(false);

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/api/v1/me").with(httpBasic(username, generated))).andExpect(status().isForbidden());
        mvc.perform(get("/account/password").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("请先设置自己的新密码")));

        // refused: the confirmation differs; the message sits next to the field
        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", generated)
                        .param("newPassword", "Mine-Own-2026x")
                        .param("confirmation", "Mine-Own-2026y"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("两次输入的新密码不一致")));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));

        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", generated)
                        .param("newPassword", "Mine-Own-2026x")
                        .param("confirmation", "Mine-Own-2026x"))
                .andExpect(redirectedUrl("/"));
        // the refreshed principal was saved into the session: no more redirect
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").with(httpBasic(username, "Mine-Own-2026x"))).andExpect(status().isOk());
    }

    @Test
    void a_weak_or_wrong_password_change_is_refused_field_by_field() throws Exception {
        ZhishiPrincipal p = fixture.user("weakpw", Role.CADRE);
        mvc.perform(post("/account/password").with(user(p)).with(csrf())
                        .param("currentPassword", "not-mine-123")
                        .param("newPassword", "short1")
                        .param("confirmation", "short1"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("当前密码不正确")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("密码太简单")));
    }

    @Test
    void page_forms_need_the_csrf_token() throws Exception {
        ZhishiPrincipal p = fixture.user("csrf", Role.CADRE);
        mvc.perform(post("/account/password").with(user(p))
                        .param("currentPassword", AccountFixture.PASSWORD)
                        .param("newPassword", "Another-Pass-2026")
                        .param("confirmation", "Another-Pass-2026"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/account/tokens").with(user(p)).param("name", "x").param("validDays", "30"))
                .andExpect(status().isForbidden());
    }
}
