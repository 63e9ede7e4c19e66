package cn.zhishi.useradmin;

import cn.zhishi.security.Role;
import java.util.Set;

/**
 * What the security admin submits for an account, from the page or the API.
 *
 * @param username ignored on update (a username never changes: the audit record names people by it)
 * @param enabled  null on update keeps the current state; ignored on creation (new accounts are enabled)
 */
record UserCommand(String username, String displayName, Set<Role> roles, Set<Long> jurisdictionUnitIds,
        Boolean enabled, String email) {

    /** Without an e-mail address: null keeps the current one (blank clears it). */
    UserCommand(String username, String displayName, Set<Role> roles, Set<Long> jurisdictionUnitIds, Boolean enabled) {
        this(username, displayName, roles, jurisdictionUnitIds, enabled, null);
    }
}
