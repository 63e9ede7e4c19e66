package cn.zhishi.support;

import cn.zhishi.security.Role;
import cn.zhishi.security.UserAccounts;
import cn.zhishi.security.ZhishiPrincipal;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Accounts and units a test makes for itself (the shared context is shared: never rely on another
 * test's users). Accounts are created through {@link UserAccounts}, like every other write, so they
 * are on the audit record; usernames are unique per call.
 */
public final class AccountFixture {

    /** The password of every fixture account: strong enough for the password rule. */
    public static final String PASSWORD = "Fixture-Pass-2026";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final UserAccounts accounts;
    private final UserDetailsService userDetails;

    public AccountFixture(UserAccounts accounts, UserDetailsService userDetails) {
        this.accounts = accounts;
        this.userDetails = userDetails;
    }

    /** A fresh, signed-in-ready account with {@link #PASSWORD} and nothing to change at sign-in. */
    public ZhishiPrincipal user(String prefix, Set<Long> jurisdictionUnitIds, Role... roles) {
        String username = uniqueName(prefix);
        accounts.create(new UserAccounts.NewAccount(username, prefix + " 测试", PASSWORD, Set.of(roles),
                jurisdictionUnitIds, null, false));
        return principal(username);
    }

    public ZhishiPrincipal user(String prefix, Role... roles) {
        return user(prefix, Set.of(), roles);
    }

    /** The principal as sign-in would build it now (re-read: roles, flags and locks are current). */
    public ZhishiPrincipal principal(String username) {
        return (ZhishiPrincipal) userDetails.loadUserByUsername(username);
    }

    public static String uniqueName(String prefix) {
        return prefix + "-" + Long.toString(System.currentTimeMillis() % 100_000_000L, 36) + "-" + SEQUENCE.incrementAndGet();
    }

    /**
     * A root unit and one child, straight into the table: roots come from set-up, which tests do
     * not run. Returns {rootId, childId}. Plain SQL that runs on H2 and PostgreSQL.
     */
    public static long[] unitTree(JdbcTemplate jdbc, String rootName, String childName) {
        String root = "T" + Long.toString(System.nanoTime(), 36).toUpperCase();
        String child = root + "-1";
        jdbc.update("insert into org_unit (code, name, node_type, path, depth) values (?, ?, 'REGION', ?, 0)",
                root, rootName, "/" + root + "/");
        long rootId = jdbc.queryForObject("select id from org_unit where code = ?", Long.class, root);
        jdbc.update("insert into org_unit (parent_id, code, name, node_type, path, depth) values (?, ?, ?, 'UNIT', ?, 1)",
                rootId, child, childName, "/" + root + "/" + child + "/");
        long childId = jdbc.queryForObject("select id from org_unit where code = ?", Long.class, child);
        return new long[] {rootId, childId};
    }
}
