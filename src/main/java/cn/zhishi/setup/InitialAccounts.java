package cn.zhishi.setup;

import cn.zhishi.org.Jurisdiction;
import cn.zhishi.org.OrgDirectory;
import cn.zhishi.org.UnitSummary;
import cn.zhishi.security.Role;
import cn.zhishi.security.UserAccounts;
import cn.zhishi.security.UserAccounts.NewAccount;
import cn.zhishi.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the first accounts — all or none, in one transaction, through {@link UserAccounts} so that
 * each is on the audit record (actor {@code system}). Display names are Chinese: they are data.
 */
@Component
class InitialAccounts {

    /** Every unit path starts with "/": the jurisdiction of everything, to find the roots. */
    private static final Jurisdiction EVERYTHING = new Jurisdiction(List.of("/"));

    private final UserAccounts accounts;
    private final OrgDirectory org;
    private final AccountSettings settings;
    private final MessageSource messages;
    private final TransactionTemplate transaction;

    InitialAccounts(UserAccounts accounts, OrgDirectory org, AccountSettings settings, MessageSource messages,
            PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.org = org;
        this.settings = settings;
        this.messages = messages;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Creates the accounts unless some account exists already; answers those created. */
    List<CreatedLogin> createIfNone(Optional<DemoCounty> demo) {
        if (accounts.anyExist()) {
            return List.of();
        }
        return transaction.execute(status -> create(demo.orElse(null)));
    }

    private List<CreatedLogin> create(DemoCounty demo) {
        List<UnitSummary> roots = org.tree(EVERYTHING).stream().filter(u -> u.parentId() == null).toList();
        Set<Long> rootIds = new TreeSet<>(roots.stream().map(UnitSummary::id).toList());
        List<String> rootNames = roots.stream().map(UnitSummary::name).toList();
        List<CreatedLogin> created = new ArrayList<>();
        created.add(create(DemoAccounts.ADMIN, name("admin"), settings.adminPassword(), "ZHISHI_ADMIN_PASSWORD",
                EnumSet.of(Role.SYSTEM_ADMIN, Role.ORG_ADMIN), rootIds, rootNames, null));
        created.add(create(DemoAccounts.SECURITY_ADMIN, name("secadmin"), settings.accounts().securityAdminPassword(),
                "ZHISHI_SECADMIN_PASSWORD", EnumSet.of(Role.SECURITY_ADMIN), rootIds, rootNames, null));
        created.add(create(DemoAccounts.AUDITOR, name("auditor"), settings.accounts().auditorPassword(),
                "ZHISHI_AUDITOR_PASSWORD", EnumSet.of(Role.AUDITOR), rootIds, rootNames, null));
        if (demo != null) {
            String password = settings.accounts().demoPassword();
            Set<Long> county = Set.of(demo.countyId());
            List<String> countyName = List.of(demo.countyName());
            created.add(create(DemoAccounts.ASSESSOR, name("assessor"), password, "ZHISHI_DEMO_PASSWORD",
                    EnumSet.of(Role.ASSESSOR), county, countyName, null));
            created.add(create(DemoAccounts.LEADER, name("leader"), password, "ZHISHI_DEMO_PASSWORD",
                    EnumSet.of(Role.LEADER), county, countyName, null));
            for (int i = 0; i < demo.reviewedTownships().size(); i++) {
                DemoCounty.Unit township = demo.reviewedTownships().get(i);
                created.add(create(DemoAccounts.UNIT_REVIEWERS.get(i), name("reviewer", township.name()), password,
                        "ZHISHI_DEMO_PASSWORD", EnumSet.of(Role.UNIT_REVIEWER), Set.of(township.id()),
                        List.of(township.name()), null));
            }
            DemoCounty.Cadre cadre = demo.cadre();
            String unitName = org.unitsById(List.of(cadre.unitId())).get(cadre.unitId()).name();
            created.add(create(DemoAccounts.CADRE, cadre.name(), password, "ZHISHI_DEMO_PASSWORD",
                    EnumSet.of(Role.CADRE), Set.of(cadre.unitId()), List.of(unitName), cadre.id()));
        }
        return created;
    }

    private CreatedLogin create(String username, String displayName, String password, String variable, Set<Role> roles,
            Set<Long> jurisdiction, List<String> jurisdictionNames, Long cadreId) {
        try {
            UserAccounts.CreatedAccount account = accounts.create(
                    new NewAccount(username, displayName, password, roles, jurisdiction, cadreId, false));
            return new CreatedLogin(username, displayName, roles, jurisdictionNames, account.generatedPassword(), variable);
        } catch (InvalidInputException e) {
            throw new IllegalStateException("Cannot create the first account '" + username + "': " + e.problems()
                    + ". A configured password (" + variable + ") needs at least 10 characters with letters and digits.", e);
        }
    }

    private String name(String account, Object... args) {
        return messages.getMessage("setup.account." + account, args, Locale.SIMPLIFIED_CHINESE);
    }
}
