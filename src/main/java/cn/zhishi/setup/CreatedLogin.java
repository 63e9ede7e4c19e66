package cn.zhishi.setup;

import cn.zhishi.security.Role;
import java.util.List;
import java.util.Set;

/**
 * An account the first start created, as the banner shows it.
 *
 * @param jurisdiction      names of the units the account covers
 * @param generatedPassword the password to print once; null when it came from configuration
 * @param passwordVariable  the environment variable that sets the password instead
 */
record CreatedLogin(String username, String displayName, Set<Role> roles, List<String> jurisdiction,
        String generatedPassword, String passwordVariable) {
}
