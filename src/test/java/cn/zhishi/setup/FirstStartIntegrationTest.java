package cn.zhishi.setup;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhishi.security.AppUser;
import cn.zhishi.security.Role;
import cn.zhishi.security.UserAccounts;
import cn.zhishi.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class FirstStartIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts accounts;

    @Test
    void the_first_start_loaded_the_demo_county_with_its_units_cadres_and_tenures() {
        assertThat(count("select count(*) from org_unit where parent_id is null and name = '云岭市'")).isEqualTo(1);
        assertThat(count("select count(*) from org_unit where node_type = 'REGION' and name = '青山县'")).isEqualTo(1);
        assertThat(count("select count(*) from org_unit where unit_class = 'TOWNSHIP'")).isGreaterThanOrEqualTo(2);
        // other tests add units of their own to the shared database, some under the demo city: count the
        // generator's units only (their codes start with the city's)
        assertThat(count("select count(*) from leadership_team t join org_unit u on u.id = t.unit_id "
                + "where u.path like '/YL/%' and u.code like 'YL-%'"))
                .isEqualTo(count("select count(*) from org_unit where node_type = 'UNIT' and path like '/YL/%' and code like 'YL-%'"));
        assertThat(count("select count(*) from cadre")).isGreaterThanOrEqualTo(120);
        assertThat(count("select count(*) from tenure where end_date is null")).isGreaterThanOrEqualTo(120);
        assertThat(count("select count(*) from tenure where end_date is not null")).isPositive();
        assertThat(count("select count(*) from cadre_family_member where settled_abroad")).isPositive();
        assertThat(count("select count(*) from cadre_sanction")).isPositive();
    }

    @Test
    void identity_and_phone_numbers_are_stored_encrypted_with_a_digest() {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select id_number_cipher, id_number_digest, phone_cipher from cadre order by id limit 5");
        assertThat(rows).hasSize(5).allSatisfy(r -> {
            assertThat((String) r.get("id_number_cipher")).doesNotContainPattern("\\d{17}[\\dX]").contains(":");
            assertThat((String) r.get("id_number_digest")).matches("[0-9a-f]{64}");
            assertThat((String) r.get("phone_cipher")).doesNotContainPattern("1[3-9]\\d{9}");
        });
    }

    @Test
    void new_rows_get_ids_after_the_loaded_ones() {
        long max = count("select max(id) from org_unit");
        long parent = count("select id from org_unit where parent_id is null and name = '云岭市'");
        jdbc.update("""
                insert into org_unit (parent_id, code, name, node_type, path, depth)
                values (?, 'FIRST-START-IT', 'probe', 'REGION', '/YL/FIRST-START-IT/', 1)""", parent);
        long id = count("select id from org_unit where code = 'FIRST-START-IT'");
        try {
            assertThat(id).isGreaterThan(max);
        } finally {
            jdbc.update("delete from org_unit where id = ?", id);
        }
    }

    @Test
    void the_three_administrators_see_every_root_unit() {
        // roots that existed at first start (other tests insert roots of their own later)
        Set<Long> roots = Set.copyOf(jdbc.queryForList("select id from org_unit where parent_id is null and name = '云岭市'", Long.class));
        AppUser admin = user(DemoAccounts.ADMIN);
        assertThat(admin.getRoles()).containsExactlyInAnyOrder(Role.SYSTEM_ADMIN, Role.ORG_ADMIN);
        assertThat(admin.isMustChangePassword()).as("configured password").isFalse();
        assertThat(admin.getJurisdictionUnitIds()).containsAll(roots);
        assertThat(user(DemoAccounts.SECURITY_ADMIN).getRoles()).containsExactly(Role.SECURITY_ADMIN);
        assertThat(user(DemoAccounts.SECURITY_ADMIN).getJurisdictionUnitIds()).containsAll(roots);
        assertThat(user(DemoAccounts.AUDITOR).getRoles()).containsExactly(Role.AUDITOR);
    }

    @Test
    void each_demo_role_has_an_account_limited_to_its_part_of_the_county() {
        long county = count("select id from org_unit where node_type = 'REGION' and name = '青山县'");
        assertThat(user(DemoAccounts.ASSESSOR).getRoles()).containsExactly(Role.ASSESSOR);
        assertThat(user(DemoAccounts.ASSESSOR).getJurisdictionUnitIds()).containsExactly(county);
        assertThat(user(DemoAccounts.LEADER).getRoles()).containsExactly(Role.LEADER);
        assertThat(user(DemoAccounts.LEADER).getJurisdictionUnitIds()).containsExactly(county);

        List<Long> townships = jdbc.queryForList(
                "select id from org_unit where unit_class = 'TOWNSHIP' and parent_id = ? order by sort_order", Long.class, county);
        AppUser reviewer1 = user(DemoAccounts.REVIEWER_1);
        assertThat(reviewer1.getRoles()).containsExactly(Role.UNIT_REVIEWER);
        assertThat(reviewer1.getJurisdictionUnitIds()).containsExactly(townships.get(0));
        assertThat(reviewer1.getDisplayName()).contains(jdbc.queryForObject(
                "select name from org_unit where id = ?", String.class, townships.get(0)));
        assertThat(user(DemoAccounts.REVIEWER_2).getJurisdictionUnitIds()).containsExactly(townships.get(1));

        AppUser cadre = user(DemoAccounts.CADRE);
        assertThat(cadre.getRoles()).containsExactly(Role.CADRE);
        assertThat(cadre.getCadreId()).isNotNull();
        Map<String, Object> linked = jdbc.queryForMap("select name, unit_id from cadre where id = ?", cadre.getCadreId());
        assertThat(cadre.getDisplayName()).isEqualTo(linked.get("name"));
        assertThat(((Number) linked.get("unit_id")).longValue()).isEqualTo(townships.get(0));
    }

    @Test
    void the_load_is_on_the_audit_record_once_as_the_system() {
        List<Map<String, Object>> records = jdbc.queryForList(
                "select actor, channel, entity_type, entity_id, after_state from audit_record where action = 'demo.load'");
        assertThat(records).hasSize(1);
        Map<String, Object> load = records.get(0);
        assertThat(load.get("actor")).isEqualTo("system");
        assertThat(load.get("channel")).isEqualTo("SYSTEM");
        assertThat(load.get("entity_type")).isEqualTo("Jurisdiction");
        assertThat(load.get("entity_id")).isEqualTo(String.valueOf(
                count("select id from org_unit where parent_id is null and name = '云岭市'")));
        assertThat((String) load.get("after_state")).contains("\"cadres\"").contains("\"tenures\"");
        assertThat(count("select count(*) from audit_record where action = 'user.create' and actor = 'system'"))
                .isGreaterThanOrEqualTo(DemoAccounts.ADMINISTRATORS.size() + DemoAccounts.DEMO.size());
    }

    private AppUser user(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> new AssertionError("no account " + username));
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }
}
