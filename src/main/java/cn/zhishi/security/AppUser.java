package cn.zhishi.security;

import cn.zhishi.shared.DomainRuleException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A person who signs in. Passwords are stored as adaptive hashes only. */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    private String username;
    private String displayName;
    /** For the e-mail copy of notifications; null when none. */
    private String email;
    private String passwordHash;
    private boolean enabled = true;
    private int failedAttempts;
    private OffsetDateTime lockedUntil;
    private boolean mustChangePassword;
    private Long cadreId;
    private OffsetDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_jurisdiction", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "unit_id")
    private Set<Long> jurisdictionUnitIds = new TreeSet<>();

    protected AppUser() {
    }

    public AppUser(String username, String displayName, String passwordHash, Set<Role> roles,
            Set<Long> jurisdictionUnitIds, boolean mustChangePassword, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        assignRoles(roles);
        this.jurisdictionUnitIds = new TreeSet<>(jurisdictionUnitIds);
    }

    public void assignRoles(Set<Role> newRoles) {
        long separated = newRoles.stream().filter(Role::isSeparationOfDutiesRole).count();
        if (separated > 1) {
            throw new DomainRuleException("user.separationOfDuties");
        }
        this.roles = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
    }

    public void assignJurisdiction(Set<Long> unitIds) {
        this.jurisdictionUnitIds = new TreeSet<>(unitIds);
    }

    public void linkCadre(Long cadreId) {
        this.cadreId = cadreId;
    }

    public void rename(String displayName) {
        this.displayName = displayName;
    }

    /** A failed sign-in; after {@code maxFailures} in a row the account locks for {@code lockFor}. */
    void recordFailedSignIn(int maxFailures, Duration lockFor, Instant now) {
        failedAttempts++;
        if (failedAttempts >= maxFailures) {
            lockedUntil = now.plus(lockFor).atOffset(ZoneOffset.UTC);
            failedAttempts = 0;
        }
    }

    void recordSuccessfulSignIn() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.toInstant().isAfter(now);
    }

    public void unlock() {
        lockedUntil = null;
        failedAttempts = 0;
    }

    /** Set by an administrator (or generated): the user must choose their own at next sign-in. */
    public void resetPassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = true;
    }

    /** Chosen by the user themself. */
    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", username);
        m.put("displayName", displayName);
        m.put("email", email == null ? "" : email);
        m.put("enabled", enabled);
        m.put("roles", new TreeSet<>(roles.stream().map(Enum::name).toList()));
        m.put("jurisdictionUnitIds", new TreeSet<>(jurisdictionUnitIds));
        m.put("cadreId", cadreId);
        m.put("mustChangePassword", mustChangePassword);
        return m;
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getEmail() { return email; }

    void changeEmail(String email) {
        this.email = email;
    }
    public String getDisplayName() { return displayName; }
    String getPasswordHash() { return passwordHash; }
    public boolean isEnabled() { return enabled; }
    public boolean isMustChangePassword() { return mustChangePassword; }
    public OffsetDateTime getLockedUntil() { return lockedUntil; }
    int getFailedAttempts() { return failedAttempts; }
    public Long getCadreId() { return cadreId; }
    public Set<Role> getRoles() { return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles); }
    public Set<Long> getJurisdictionUnitIds() { return new TreeSet<>(jurisdictionUnitIds); }
    public OffsetDateTime getCreatedAt() { return createdAt; }
}
