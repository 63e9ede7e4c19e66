package cn.zhishi.useradmin;

import cn.zhishi.org.Jurisdictions;
import cn.zhishi.org.OrgDirectory;
import cn.zhishi.org.UnitSummary;
import cn.zhishi.security.AppUser;
import cn.zhishi.security.CurrentUser;
import cn.zhishi.security.Role;
import cn.zhishi.security.UserAccounts;
import cn.zhishi.shared.NotFoundException;
import cn.zhishi.shared.Problems;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security admin's view of accounts and the checks that need the organisation tree: a
 * jurisdiction may only be made of units within the admin's own, and units of a user's
 * jurisdiction that the admin cannot see are kept as they are rather than silently dropped.
 */
@Service
class UserAdministration {

    private final UserAccounts accounts;
    private final OrgDirectory org;
    private final Jurisdictions jurisdictions;
    private final CurrentUser currentUser;
    private final Clock clock;

    UserAdministration(UserAccounts accounts, OrgDirectory org, Jurisdictions jurisdictions, CurrentUser currentUser,
            Clock clock) {
        this.accounts = accounts;
        this.org = org;
        this.jurisdictions = jurisdictions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<UserRow> users() {
        List<AppUser> all = accounts.all();
        var units = org.unitsById(all.stream().flatMap(u -> u.getJurisdictionUnitIds().stream()).collect(Collectors.toSet()));
        var now = clock.instant();
        return all.stream().map(u -> UserRow.of(u, units, clock.getZone(), now)).toList();
    }

    @Transactional(readOnly = true)
    public UserRow user(long id) {
        AppUser u = account(id);
        return UserRow.of(u, org.unitsById(u.getJurisdictionUnitIds()), clock.getZone(), clock.instant());
    }

    /**
     * The units of the admin's own jurisdiction in outline order — each unit directly followed by
     * the units under it — indented by depth, so the list reads like the tree it is.
     */
    @Transactional(readOnly = true)
    public List<UnitOption> assignableUnits() {
        List<UnitSummary> tree = org.tree(jurisdictions.current());
        Set<Long> present = tree.stream().map(UnitSummary::id).collect(Collectors.toSet());
        // tree() lists by depth, then sort order and name: children keep that order under each parent
        Map<Long, List<UnitSummary>> children = tree.stream().filter(u -> u.parentId() != null && present.contains(u.parentId()))
                .collect(Collectors.groupingBy(UnitSummary::parentId, LinkedHashMap::new, Collectors.toList()));
        int top = tree.stream().mapToInt(UnitSummary::depth).min().orElse(0);
        List<UnitOption> outline = new ArrayList<>();
        tree.stream().filter(u -> u.parentId() == null || !present.contains(u.parentId()))
                .forEach(root -> addOutline(root, children, top, outline));
        return outline;
    }

    private static void addOutline(UnitSummary u, Map<Long, List<UnitSummary>> children, int top, List<UnitOption> out) {
        out.add(new UnitOption(u.id(), u.name(), u.depth() - top));
        children.getOrDefault(u.id(), List.of()).forEach(c -> addOutline(c, children, top, out));
    }

    /** Creates an account with a generated password, returned once; the user must change it at first sign-in. */
    @Transactional
    public UserAccounts.CreatedAccount create(UserCommand c) {
        Set<Long> units = ids(c.jurisdictionUnitIds());
        checkAssignable(units, assignableIds());
        var created = accounts.create(new UserAccounts.NewAccount(trim(c.username()), trim(c.displayName()), null,
                c.roles() == null ? Set.of() : c.roles(), units, null, true));
        if (c.email() != null) {
            accounts.changeEmail(created.id(), c.email());
        }
        return created;
    }

    @Transactional
    public void update(long id, UserCommand c) {
        AppUser u = account(id);
        Set<Long> visible = assignableIds();
        Set<Long> units = ids(c.jurisdictionUnitIds());
        checkAssignable(units, visible);
        boolean enabled = c.enabled() == null ? u.isEnabled() : c.enabled();
        Set<Role> roles = c.roles() == null ? Set.of() : c.roles();
        if (id == currentUser.get().userId()) {
            // the last security admin could otherwise lock everyone out of user administration
            Problems p = new Problems();
            if (!roles.isEmpty() && !roles.contains(Role.SECURITY_ADMIN)) {
                p.add("roles", "user.self.keepRole");
            }
            if (!enabled) {
                p.add("enabled", "user.self.keepEnabled");
            }
            p.throwIfAny();
        }
        Set<Long> kept = u.getJurisdictionUnitIds().stream().filter(x -> !visible.contains(x))
                .collect(Collectors.toCollection(TreeSet::new));
        kept.addAll(units);
        accounts.update(id, trim(c.displayName()), roles, kept, enabled);
        if (c.email() != null) {
            accounts.changeEmail(id, c.email());
        }
    }

    /** Units of the user's jurisdiction outside the admin's own: shown, kept, not editable here. */
    @Transactional(readOnly = true)
    public List<UserRow.UnitRef> hiddenUnits(UserRow user) {
        Set<Long> visible = assignableIds();
        return user.jurisdiction().stream().filter(r -> !visible.contains(r.id())).toList();
    }

    @Transactional
    public String resetPassword(long id) {
        return accounts.resetPassword(id);
    }

    @Transactional
    public void unlock(long id) {
        accounts.unlock(id);
    }

    private AppUser account(long id) {
        return accounts.find(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    private Set<Long> assignableIds() {
        return org.tree(jurisdictions.current()).stream().map(UnitSummary::id).collect(Collectors.toSet());
    }

    private static void checkAssignable(Collection<Long> units, Set<Long> visible) {
        if (!visible.containsAll(units)) {
            new Problems().add("jurisdictionUnitIds", "user.jurisdiction.outside").throwIfAny();
        }
    }

    private static Set<Long> ids(Set<Long> ids) {
        return ids == null ? Set.of() : new TreeSet<>(ids);
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
