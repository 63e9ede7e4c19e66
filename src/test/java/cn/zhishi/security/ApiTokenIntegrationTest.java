package cn.zhishi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhishi.support.AccountFixture;
import cn.zhishi.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class ApiTokenIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired UserDetailsService userDetails;
    @Autowired JsonMapper json;
    AccountFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new AccountFixture(accounts, userDetails);
    }

    @Test
    void an_issued_token_works_until_it_is_revoked() throws Exception {
        ZhishiPrincipal p = fixture.user("bearer", Role.ORG_ADMIN);
        MvcResult issued = mvc.perform(post("/api/v1/tokens").with(httpBasic(p.username(), AccountFixture.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"信访系统\",\"validDays\":30}"))
                .andExpect(status().isCreated())
                .andReturn();
        JsonNode body = json.readTree(issued.getResponse().getContentAsString());
        String token = body.get("token").asString();
        long id = body.get("id").asLong();
        assertThat(token).startsWith("zt_");

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(p.username()))
                .andExpect(jsonPath("$.roles[0]").value("ORG_ADMIN"));
        mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$[0].name").value("信访系统"))
                .andExpect(jsonPath("$[0].token").doesNotExist());

        mvc.perform(delete("/api/v1/tokens/{id}", id).header("Authorization", "Bearer " + token))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void nobody_revokes_another_users_token() throws Exception {
        ZhishiPrincipal owner = fixture.user("owner", Role.CADRE);
        ZhishiPrincipal other = fixture.user("other", Role.CADRE);
        MvcResult issued = mvc.perform(post("/api/v1/tokens").with(httpBasic(owner.username(), AccountFixture.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"mine\",\"validDays\":7}"))
                .andReturn();
        long id = json.readTree(issued.getResponse().getContentAsString()).get("id").asLong();
        mvc.perform(delete("/api/v1/tokens/{id}", id).with(httpBasic(other.username(), AccountFixture.PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_token_must_expire_within_the_allowed_days() throws Exception {
        ZhishiPrincipal p = fixture.user("tokdays", Role.CADRE);
        mvc.perform(post("/api/v1/tokens").with(httpBasic(p.username(), AccountFixture.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"forever\",\"validDays\":100000}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("validDays"))
                .andExpect(jsonPath("$.errors[0].code").value("token.validDays.range"));
    }

    @Test
    void the_account_page_shows_a_new_token_once() throws Exception {
        ZhishiPrincipal p = fixture.user("tokpage", Role.CADRE);
        MvcResult result = mvc.perform(post("/account/tokens").with(user(p)).with(csrf())
                        .param("name", "报表工具").param("validDays", "90"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("issuedToken"))
                .andReturn();
        String token = (String) result.getFlashMap().get("issuedToken");

        mvc.perform(get("/account").with(user(p)).flashAttrs(result.getFlashMap()))
                .andExpect(content().string(containsString(token)))
                .andExpect(content().string(containsString("此令牌只显示这一次")))
                .andExpect(content().string(containsString("报表工具")));
        mvc.perform(get("/account").with(user(p)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(token))));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
    }

    @Test
    void a_refused_token_form_says_why_next_to_the_field() throws Exception {
        ZhishiPrincipal p = fixture.user("tokbad", Role.CADRE);
        mvc.perform(post("/account/tokens").with(user(p)).with(csrf()).param("name", "x").param("validDays", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("有效天数须在 1 到 366 天之间")));
    }
}
