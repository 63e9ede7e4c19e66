package cn.zhishi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhishi.security.Role;
import cn.zhishi.security.UserAccounts;
import cn.zhishi.security.ZhishiPrincipal;
import cn.zhishi.support.AccountFixture;
import cn.zhishi.support.IntegrationTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AuditIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired UserDetailsService userDetails;
    @Autowired AuditChainVerifier verifier;
    @Autowired AuditRecords records;
    @Autowired JdbcTemplate jdbc;
    AccountFixture fixture;
    ZhishiPrincipal auditor;

    @BeforeEach
    void setUp() {
        fixture = new AccountFixture(accounts, userDetails);
        auditor = fixture.user("aud", Role.AUDITOR);
    }

    @Test
    void the_auditor_reads_the_record_newest_first_with_before_and_after() throws Exception {
        ZhishiPrincipal target = fixture.user("audited", Role.CADRE);
        accounts.update(target.userId(), "改过的名字", Set.of(Role.CADRE, Role.LEADER), Set.of(), true);

        mvc.perform(get("/audit").with(user(auditor)).param("entityType", "AppUser").param("entityId",
                        String.valueOf(target.userId())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("user.update")))
                .andExpect(content().string(containsString("user.create")))
                .andExpect(content().string(containsString("改过的名字")))
                .andExpect(content().string(containsString("zs-changed")));

        long seq = jdbc.queryForObject("select max(seq) from audit_record where action = 'user.update' and entity_id = ?",
                Long.class, String.valueOf(target.userId()));
        mvc.perform(get("/audit/records/{seq}", seq).with(user(auditor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("改过的名字")));
        mvc.perform(get("/audit").with(user(auditor)).param("from", "not-a-date"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("格式不正确")));
    }

    @Test
    void the_auditor_uses_the_api() throws Exception {
        ZhishiPrincipal target = fixture.user("apiaud", Role.CADRE);
        mvc.perform(get("/api/v1/audit-records").with(httpBasic(auditor.username(), AccountFixture.PASSWORD))
                        .param("entityType", "AppUser").param("entityId", String.valueOf(target.userId())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.records[0].action").value("user.create"))
                .andExpect(jsonPath("$.records[0].recordHash").isString());
        mvc.perform(post("/api/v1/audit-records/verify").with(httpBasic(auditor.username(), AccountFixture.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.headHash").isString());
    }

    @Test
    void nobody_but_the_auditor_reads_the_record() throws Exception {
        for (Role role : new Role[] {Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.ORG_ADMIN}) {
            ZhishiPrincipal p = fixture.user("noaud", role);
            mvc.perform(get("/audit").with(user(p))).andExpect(status().isForbidden());
            mvc.perform(get("/audit/records/1").with(user(p))).andExpect(status().isForbidden());
            mvc.perform(post("/audit/verify").with(user(p)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/audit-records").with(httpBasic(p.username(), AccountFixture.PASSWORD)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/audit-records/verify").with(httpBasic(p.username(), AccountFixture.PASSWORD)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void the_verify_button_reports_an_intact_chain() throws Exception {
        var flashed = mvc.perform(post("/audit/verify").with(user(auditor)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getFlashMap();
        ChainVerification v = (ChainVerification) flashed.get("verification");
        assertThat(v.intact()).isTrue();
        mvc.perform(get("/audit").with(user(auditor)).flashAttrs(flashed))
                .andExpect(content().string(containsString("记录链完整")))
                .andExpect(content().string(containsString(v.headHash())));
    }

    @Test
    void an_altered_record_is_named_by_the_verifier() throws Exception {
        fixture.user("tamper", Role.CADRE);
        long seq = jdbc.queryForObject("select max(seq) from audit_record", Long.class);
        StoredAuditRecord original = records.bySeq(seq);
        assertThat(verifier.verify().intact()).isTrue();
        try {
            tamper("update audit_record set summary = 'x' where seq = ?", seq);
            ChainVerification v = verifier.verify();
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBadSeq()).isEqualTo(seq);
            assertThat(v.problem()).isEqualTo(ChainVerification.Problem.ALTERED);

            mvc.perform(post("/audit/verify").with(user(auditor)).with(csrf()))
                    .andExpect(flash().attribute("verification", v));
            mvc.perform(get("/audit").with(user(auditor)).flashAttr("verification", v))
                    .andExpect(content().string(containsString("记录链在第 " + seq + " 条处断开")))
                    .andExpect(content().string(containsString("/audit/records/" + seq)));
        } finally {
            tamper("update audit_record set summary = ? where seq = ?", original.summary(), seq);
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void a_removed_record_is_named_by_the_verifier() throws Exception {
        fixture.user("remove", Role.CADRE);
        long seq = jdbc.queryForObject("select max(seq) from audit_record", Long.class);
        StoredAuditRecord r = records.bySeq(seq);
        try {
            tamper("delete from audit_record where seq = ?", seq);
            ChainVerification v = verifier.verify();
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBadSeq()).isEqualTo(seq);
            assertThat(v.problem()).isEqualTo(ChainVerification.Problem.REMOVED);
        } finally {
            jdbc.update("""
                    insert into audit_record (seq, occurred_at, actor, source_address, channel, action, entity_type,
                        entity_id, summary, before_state, after_state, prev_hash, record_hash)
                    values (?,?,?,?,?,?,?,?,?,?,?,?,?)""",
                    r.seq(), r.occurredAt(), r.actor(), r.sourceAddress(), r.channel(), r.action(), r.entityType(),
                    r.entityId(), r.summary(), r.beforeState(), r.afterState(), r.prevHash(), r.recordHash());
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    /**
     * Changes the record behind the application's back, as an attacker with database access would.
     * On PostgreSQL the append-only trigger must be switched off first (a superuser can; the hash
     * chain is what catches it).
     */
    private void tamper(String sql, Object... args) throws SQLException {
        boolean postgres;
        try (Connection c = jdbc.getDataSource().getConnection()) {
            postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
        if (postgres) {
            jdbc.execute("alter table audit_record disable trigger audit_record_no_update_delete");
        }
        try {
            jdbc.update(sql, args);
        } finally {
            if (postgres) {
                jdbc.execute("alter table audit_record enable trigger audit_record_no_update_delete");
            }
        }
    }
}
