package cn.zhishi.dictionary;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class DictionaryAdminIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired UserDetailsService userDetails;
    @Autowired Dictionaries dictionaries;
    AccountFixture fixture;
    ZhishiPrincipal sysadmin;

    @BeforeEach
    void setUp() {
        fixture = new AccountFixture(accounts, userDetails);
        sysadmin = fixture.user("sys", Role.SYSTEM_ADMIN);
    }

    @Test
    void the_system_admin_picks_a_dictionary_and_sees_its_entries() throws Exception {
        mvc.perform(get("/admin/dictionaries").with(user(sysadmin)).param("dict", Dictionaries.ETHNICITY))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("汉族")))
                .andExpect(content().string(containsString("职级")));
        mvc.perform(get("/admin/dictionaries").with(user(sysadmin)).param("dict", "no_such_dictionary"))
                .andExpect(status().isNotFound());
    }

    @Test
    void an_entry_is_added_then_edited_and_an_add_never_overwrites() throws Exception {
        String code = "T" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        mvc.perform(post("/admin/dictionaries/{d}/entries", Dictionaries.REWARD_TYPE).with(user(sysadmin)).with(csrf())
                        .param("code", code).param("labelZh", "测试表彰").param("labelEn", "Test award")
                        .param("sortOrder", "50").param("active", "true"))
                .andExpect(redirectedUrl("/admin/dictionaries?dict=" + Dictionaries.REWARD_TYPE));
        assertThat(dictionaries.find(Dictionaries.REWARD_TYPE, code)).get()
                .extracting(DictionaryEntry::labelZh).isEqualTo("测试表彰");

        mvc.perform(post("/admin/dictionaries/{d}/entries", Dictionaries.REWARD_TYPE).with(user(sysadmin)).with(csrf())
                        .param("code", code).param("labelZh", "重复").param("labelEn", "Dup").param("sortOrder", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已存在")));
        assertThat(dictionaries.find(Dictionaries.REWARD_TYPE, code).orElseThrow().labelZh()).isEqualTo("测试表彰");

        mvc.perform(get("/admin/dictionaries").with(user(sysadmin)).param("dict", Dictionaries.REWARD_TYPE).param("code", code))
                .andExpect(content().string(containsString("测试表彰")));
        mvc.perform(post("/admin/dictionaries/{d}/entries", Dictionaries.REWARD_TYPE).with(user(sysadmin)).with(csrf())
                        .param("existing", "true").param("code", code).param("labelZh", "测试表彰（停用）")
                        .param("labelEn", "Test award (retired)").param("sortOrder", "50").param("_active", "on"))
                .andExpect(status().is3xxRedirection());
        DictionaryEntry e = dictionaries.find(Dictionaries.REWARD_TYPE, code).orElseThrow();
        assertThat(e.labelZh()).isEqualTo("测试表彰（停用）");
        assertThat(e.active()).isFalse();
    }

    @Test
    void a_refused_entry_says_why_next_to_the_field() throws Exception {
        mvc.perform(post("/admin/dictionaries/{d}/entries", Dictionaries.REWARD_TYPE).with(user(sysadmin)).with(csrf())
                        .param("code", "bad code!").param("labelZh", "").param("labelEn", "x").param("sortOrder", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("代码须为 1 至 40 位字母、数字或下划线")))
                .andExpect(content().string(containsString("必填")));
    }

    @Test
    void only_the_system_admin_maintains_dictionaries() throws Exception {
        for (Role role : new Role[] {Role.AUDITOR, Role.SECURITY_ADMIN, Role.ORG_ADMIN}) {
            ZhishiPrincipal p = fixture.user("nosys", role);
            mvc.perform(get("/admin/dictionaries").with(user(p))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/dictionaries/{d}/entries", Dictionaries.REWARD_TYPE).with(user(p)).with(csrf())
                            .param("code", "X1").param("labelZh", "x").param("labelEn", "x"))
                    .andExpect(status().isForbidden());
        }
    }
}
