package cn.zhishi.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.zhishi.org.NodeType;
import cn.zhishi.org.OrgDirectory;
import cn.zhishi.org.UnitSummary;
import cn.zhishi.security.Role;
import cn.zhishi.security.UserAccounts;
import cn.zhishi.security.UserAccounts.CreatedAccount;
import cn.zhishi.security.UserAccounts.NewAccount;
import cn.zhishi.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.transaction.PlatformTransactionManager;

class InitialAccountsTest {

    private final UserAccounts users = mock(UserAccounts.class);
    private final OrgDirectory org = mock(OrgDirectory.class);
    private final List<NewAccount> requested = new ArrayList<>();

    InitialAccountsTest() {
        when(org.tree(any())).thenReturn(List.of(
                new UnitSummary(1, null, "YL", "云岭市", "/YL/", 0, NodeType.REGION, null, null, "CITY"),
                new UnitSummary(2, 1L, "YL-C01", "青山县", "/YL/YL-C01/", 1, NodeType.REGION, null, null, "COUNTY")));
        when(org.unitsById(any())).thenReturn(Map.of(10L,
                new UnitSummary(10, 2L, "YL-C01-T01", "桃源乡", "/YL/YL-C01/YL-C01-T01/", 2, NodeType.UNIT, null, null, null)));
        when(users.create(any())).thenAnswer(call -> {
            NewAccount a = call.getArgument(0);
            requested.add(a);
            return new CreatedAccount(requested.size(), a.password() == null ? "Generated" + requested.size() + "x" : null);
        });
    }

    @Test
    void blank_passwords_are_generated_by_the_accounts_service_and_reported_once() {
        List<CreatedLogin> created = accounts(new AccountSettings(" ", null)).createIfNone(Optional.empty());

        assertThat(created).extracting(CreatedLogin::username).containsExactlyElementsOf(DemoAccounts.ADMINISTRATORS);
        assertThat(requested).allSatisfy(a -> {
            assertThat(a.password()).isNull();
            assertThat(a.jurisdictionUnitIds()).containsExactly(1L);
        });
        assertThat(created).allSatisfy(c -> assertThat(c.generatedPassword()).startsWith("Generated"));
        assertThat(requested.get(0).roles()).containsExactlyInAnyOrder(Role.SYSTEM_ADMIN, Role.ORG_ADMIN);
        assertThat(requested.get(0).displayName()).isEqualTo("系统管理员");
    }

    @Test
    void with_the_demo_each_role_gets_its_part_of_the_county_and_the_configured_password() {
        DemoCounty demo = new DemoCounty("云岭市", 2, "青山县",
                List.of(new DemoCounty.Unit(10, "桃源乡"), new DemoCounty.Unit(11, "青石镇")),
                new DemoCounty.Cadre(77, "石丽慧", 10), 120, 1);
        AccountSettings settings = new AccountSettings("Admin-Pass-2026",
                new AccountSettings.Accounts("Sec-Pass-2026", "Aud-Pass-2026", "Demo-Pass-2026"));

        List<CreatedLogin> created = accounts(settings).createIfNone(Optional.of(demo));

        assertThat(created).extracting(CreatedLogin::username).containsExactly("admin", "secadmin", "auditor", "kaohe",
                "lingdao", "reviewer1", "reviewer2", "ganbu");
        assertThat(created).allSatisfy(c -> assertThat(c.generatedPassword()).isNull());
        NewAccount reviewer2 = requested.get(6);
        assertThat(reviewer2.roles()).containsExactly(Role.UNIT_REVIEWER);
        assertThat(reviewer2.jurisdictionUnitIds()).containsExactly(11L);
        assertThat(reviewer2.displayName()).isEqualTo("青石镇审核人（演示）");
        assertThat(reviewer2.password()).isEqualTo("Demo-Pass-2026");
        NewAccount cadre = requested.get(7);
        assertThat(cadre.cadreId()).isEqualTo(77L);
        assertThat(cadre.displayName()).isEqualTo("石丽慧");
        assertThat(cadre.jurisdictionUnitIds()).isEqualTo(Set.of(10L));
        assertThat(requested.get(3).jurisdictionUnitIds()).containsExactly(2L);
        assertThat(requested).noneMatch(NewAccount::mustChangePassword);
    }

    @Test
    void nothing_is_created_when_an_account_exists() {
        when(users.anyExist()).thenReturn(true);

        assertThat(accounts(new AccountSettings(null, null)).createIfNone(Optional.empty())).isEmpty();
        verify(users, never()).create(any());
    }

    @Test
    void a_weak_configured_password_stops_the_start_with_the_setting_to_fix() {
        doThrow(InvalidInputException.of("newPassword", "account.password.weak")).when(users).create(any());

        assertThatThrownBy(() -> accounts(new AccountSettings("short", null)).createIfNone(Optional.empty()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ZHISHI_ADMIN_PASSWORD");
    }

    private InitialAccounts accounts(AccountSettings settings) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/setup");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new InitialAccounts(users, org, settings, messages, mock(PlatformTransactionManager.class));
    }
}
