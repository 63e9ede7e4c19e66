package cn.zhishi.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as the rest of the application sees them. */
public record ZhishiPrincipal(long userId, String username, String displayName, String passwordHash,
        Set<Role> roles, Set<Long> jurisdictionUnitIds, Long cadreId, boolean enabled, boolean locked,
        boolean mustChangePassword) implements UserDetails {

    static ZhishiPrincipal of(AppUser u, boolean locked) {
        return new ZhishiPrincipal(u.getId(), u.getUsername(), u.getDisplayName(), u.getPasswordHash(),
                u.getRoles(), u.getJurisdictionUnitIds(), u.getCadreId(), u.isEnabled(), locked,
                u.isMustChangePassword());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether this user may see ID and phone numbers unmasked. */
    public boolean maySeeSensitiveData() {
        return has(Role.ORG_ADMIN);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> list = new java.util.ArrayList<>(roles.stream()
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList());
        if (mustChangePassword) {
            list.add(new SimpleGrantedAuthority("PASSWORD_CHANGE_REQUIRED"));
        }
        return list;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "ZhishiPrincipal[" + username + "]";
    }
}
