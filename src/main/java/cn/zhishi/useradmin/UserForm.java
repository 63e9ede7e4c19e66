package cn.zhishi.useradmin;

import cn.zhishi.security.Role;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/** The account form of the user administration pages. */
class UserForm {

    private String username;
    private String displayName;
    private String email;
    private Set<Role> roles = new LinkedHashSet<>();
    private Set<Long> jurisdictionUnitIds = new TreeSet<>();
    private boolean enabled = true;

    static UserForm of(UserRow u) {
        UserForm f = new UserForm();
        f.username = u.username();
        f.displayName = u.displayName();
        f.email = u.email();
        f.roles = new LinkedHashSet<>(u.roles());
        f.jurisdictionUnitIds = new TreeSet<>(u.jurisdiction().stream().map(UserRow.UnitRef::id).toList());
        f.enabled = u.enabled();
        return f;
    }

    UserCommand toCommand() {
        return new UserCommand(username, displayName, roles, jurisdictionUnitIds, enabled, email == null ? "" : email);
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public Set<Role> getRoles() { return roles; }
    public void setRoles(Set<Role> roles) { this.roles = roles == null ? new LinkedHashSet<>() : roles; }
    public Set<Long> getJurisdictionUnitIds() { return jurisdictionUnitIds; }
    public void setJurisdictionUnitIds(Set<Long> ids) { this.jurisdictionUnitIds = ids == null ? new TreeSet<>() : ids; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
}
