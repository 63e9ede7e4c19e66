package cn.zhishi.useradmin;

import cn.zhishi.org.UnitSummary;
import cn.zhishi.security.AppUser;
import cn.zhishi.security.Role;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An account as the security admin sees it: roles, jurisdiction by unit name, state. Times are in
 * China Standard Time.
 *
 * @param lockedUntil only while the lock lasts; null once it has run out
 */
record UserRow(long id, String username, String displayName, Set<Role> roles, List<UnitRef> jurisdiction,
        boolean enabled, OffsetDateTime lockedUntil, boolean mustChangePassword, OffsetDateTime createdAt, String email) {

    /** A unit of a jurisdiction; a unit that no longer exists keeps its id and shows it as its name. */
    record UnitRef(long id, String name) {
    }

    static UserRow of(AppUser u, Map<Long, UnitSummary> units, ZoneId zone, Instant now) {
        List<UnitRef> jurisdiction = u.getJurisdictionUnitIds().stream()
                .map(id -> new UnitRef(id, units.containsKey(id) ? units.get(id).name() : "#" + id)).toList();
        return new UserRow(u.getId(), u.getUsername(), u.getDisplayName(), u.getRoles(), jurisdiction, u.isEnabled(),
                u.isLockedAt(now) ? local(u.getLockedUntil(), zone) : null, u.isMustChangePassword(),
                local(u.getCreatedAt(), zone), u.getEmail());
    }

    public boolean locked() {
        return lockedUntil != null;
    }

    private static OffsetDateTime local(OffsetDateTime t, ZoneId zone) {
        return t == null ? null : t.atZoneSameInstant(zone).toOffsetDateTime();
    }
}
