package cn.zhishi.security;

import cn.zhishi.audit.AuditEvent;
import cn.zhishi.audit.AuditTrail;
import cn.zhishi.shared.NotFoundException;
import cn.zhishi.shared.Problems;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts: creation, roles, jurisdictions, passwords. Every change is on the audit record. */
@Service
public class UserAccounts {

    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;

    UserAccounts(AppUserRepository users, PasswordEncoder encoder, AuditTrail audit, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates an account. With a null password one is generated, returned once, and must be
     * changed at first sign-in.
     */
    @Transactional
    public CreatedAccount create(NewAccount a) {
        Problems p = new Problems();
        p.require(a.username(), "username").require(a.displayName(), "displayName");
        checkDisplayName(a.displayName(), p);
        if (a.username() != null && !a.username().matches("[A-Za-z0-9_.\\-]{2,60}")) {
            p.add("username", "user.username.format");
        } else if (a.username() != null && users.existsByUsername(a.username())) {
            p.add("username", "user.username.taken", a.username());
        }
        if (a.roles() == null || a.roles().isEmpty()) {
            p.add("roles", "validation.required");
        } else if (a.roles().stream().filter(Role::isSeparationOfDutiesRole).count() > 1) {
            p.add("roles", "user.separationOfDuties");
        }
        if (a.password() != null) {
            checkStrength(a.password(), p);
        }
        p.throwIfAny();
        String password = a.password() == null ? generatePassword() : a.password();
        AppUser user = users.save(new AppUser(a.username(), a.displayName(), encoder.encode(password),
                a.roles(), a.jurisdictionUnitIds() == null ? Set.of() : a.jurisdictionUnitIds(),
                a.password() == null || a.mustChangePassword(), clock.instant()));
        if (a.cadreId() != null) {
            user.linkCadre(a.cadreId());
        }
        audit.record(AuditEvent.created("user.create", "AppUser", user.getId(), user.getUsername(), user.snapshot()));
        return new CreatedAccount(user.getId(), a.password() == null ? password : null);
    }

    @Transactional
    public void update(long userId, String displayName, Set<Role> roles, Set<Long> jurisdictionUnitIds, boolean enabled) {
        AppUser u = users.findById(userId).orElseThrow(() -> new NotFoundException("user", userId));
        var before = u.snapshot();
        Problems p = new Problems().require(displayName, "displayName");
        checkDisplayName(displayName, p);
        if (roles == null || roles.isEmpty()) {
            p.add("roles", "validation.required");
        } else if (roles.stream().filter(Role::isSeparationOfDutiesRole).count() > 1) {
            p.add("roles", "user.separationOfDuties");
        }
        p.throwIfAny();
        u.rename(displayName);
        u.assignRoles(roles);
        u.assignJurisdiction(jurisdictionUnitIds == null ? Set.of() : jurisdictionUnitIds);
        if (enabled) {
            u.enable();
        } else {
            u.disable();
        }
        audit.record(AuditEvent.changed("user.update", "AppUser", userId, u.getUsername(), before, u.snapshot()));
    }

    /** The user's e-mail address, or null. */
    @Transactional(readOnly = true)
    public String emailOf(long userId) {
        return users.findById(userId).map(AppUser::getEmail).orElse(null);
    }

    /** Longest e-mail address stored (the column's size). */
    public static final int MAX_EMAIL = 200;
    private static final java.util.regex.Pattern EMAIL =
            java.util.regex.Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    /**
     * Sets (or, with a blank value, clears) the address the notification mailer writes to; audited when it
     * changes. A malformed or over-long address is refused with a problem on {@code email}.
     */
    @Transactional
    public void changeEmail(long userId, String email) {
        AppUser u = users.findById(userId).orElseThrow(() -> new NotFoundException("user", userId));
        String value = email == null || email.isBlank() ? null : email.strip();
        if (value != null && value.length() > MAX_EMAIL) {
            new Problems().add("email", "validation.tooLong", MAX_EMAIL).throwIfAny();
        }
        if (value != null && !EMAIL.matcher(value).matches()) {
            new Problems().add("email", "user.email.invalid").throwIfAny();
        }
        if (java.util.Objects.equals(value, u.getEmail())) {
            return;
        }
        var before = u.snapshot();
        u.changeEmail(value);
        audit.record(AuditEvent.changed("user.email", "AppUser", userId, u.getUsername(), before, u.snapshot()));
    }

    /** Resets to a generated password (returned once) that must be changed at next sign-in; unlocks. */
    @Transactional
    public String resetPassword(long userId) {
        AppUser u = users.findById(userId).orElseThrow(() -> new NotFoundException("user", userId));
        String password = generatePassword();
        u.resetPassword(encoder.encode(password));
        u.unlock();
        audit.record(AuditEvent.changed("user.resetPassword", "AppUser", userId, u.getUsername(),
                Map.of("password", "***"), Map.of("password", "*** (generated, must change)")));
        return password;
    }

    @Transactional
    public void unlock(long userId) {
        AppUser u = users.findById(userId).orElseThrow(() -> new NotFoundException("user", userId));
        u.unlock();
        audit.record(AuditEvent.changed("user.unlock", "AppUser", userId, u.getUsername(),
                Map.of("locked", true), Map.of("locked", false)));
    }

    /** The user changes their own password. */
    @Transactional
    public void changeOwnPassword(long userId, String current, String next, String confirmation) {
        AppUser u = users.findById(userId).orElseThrow(() -> new NotFoundException("user", userId));
        Problems p = new Problems();
        if (current == null || !encoder.matches(current, u.getPasswordHash())) {
            p.add("currentPassword", "account.password.wrong");
        }
        if (next == null || !next.equals(confirmation)) {
            p.add("confirmation", "account.password.mismatch");
        }
        if (next != null) {
            checkStrength(next, p);
            if (current != null && next.equals(current)) {
                p.add("newPassword", "account.password.same");
            }
        }
        p.throwIfAny();
        u.changePassword(encoder.encode(next));
        audit.record(AuditEvent.changed("user.changePassword", "AppUser", userId, u.getUsername(),
                Map.of("password", "***"), Map.of("password", "***")));
        refreshPrincipal(u);
    }

    @Transactional(readOnly = true)
    public List<AppUser> all() {
        return users.findAll(org.springframework.data.domain.Sort.by("username"));
    }

    @Transactional(readOnly = true)
    public Optional<AppUser> find(long id) {
        return users.findById(id);
    }

    @Transactional(readOnly = true)
    public Optional<AppUser> findByUsername(String username) {
        return users.findByUsername(username);
    }

    @Transactional(readOnly = true)
    public boolean anyExist() {
        return users.count() > 0;
    }

    /** The column holds 60 characters: refuse longer names with a message instead of a database error. */
    private static void checkDisplayName(String displayName, Problems p) {
        if (displayName != null && displayName.length() > 60) {
            p.add("displayName", "validation.tooLong", 60);
        }
    }

    static void checkStrength(String password, Problems p) {
        boolean letters = password.chars().anyMatch(Character::isLetter);
        boolean digits = password.chars().anyMatch(Character::isDigit);
        if (password.length() < 10 || !letters || !digits) {
            p.add("newPassword", "account.password.weak");
        }
    }

    static String generatePassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            sb.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        sb.setCharAt(RANDOM.nextInt(14), (char) ('2' + RANDOM.nextInt(8)));
        return sb.toString();
    }

    private static void refreshPrincipal(AppUser u) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ZhishiPrincipal p && p.userId() == u.getId()) {
            var fresh = ZhishiPrincipal.of(u, false);
            SecurityContextHolder.getContext().setAuthentication(
                    org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                            fresh, null, fresh.getAuthorities()));
        }
    }

    /** @param password null to generate one */
    public record NewAccount(String username, String displayName, String password, Set<Role> roles,
            Set<Long> jurisdictionUnitIds, Long cadreId, boolean mustChangePassword) {
    }

    /** @param generatedPassword shown once to whoever created the account; null when one was given */
    public record CreatedAccount(long id, String generatedPassword) {
    }
}
