package cn.zhishi.security;

import cn.zhishi.audit.AuditEvent;
import cn.zhishi.audit.AuditTrail;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins and locks the account after too many in a row. Page sign-ins, failures and
 * lock-outs go on the audit record, so the auditor sees who tried to get in and when.
 */
@Component
class SignInAttempts {

    private final AppUserRepository users;
    private final SecuritySettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    SignInAttempts(AppUserRepository users, SecuritySettings settings, AuditTrail audit, Clock clock) {
        this.users = users;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        var user = users.findByUsername(username);
        if (user.isEmpty()) {
            audit.record(new AuditEvent("user.signInFailed", "AppUser", null, username, null, null));
            return;
        }
        AppUser u = user.get();
        boolean wasLocked = u.isLockedAt(clock.instant());
        u.recordFailedSignIn(settings.maxFailedLogins(), Duration.ofMinutes(settings.lockoutMinutes()), clock.instant());
        boolean locked = !wasLocked && u.isLockedAt(clock.instant());
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("failedAttempts", u.getFailedAttempts());
        state.put("lockedUntil", String.valueOf(u.getLockedUntil()));
        audit.record(new AuditEvent(locked ? "user.locked" : "user.signInFailed", "AppUser", u.getId(), username, null, state));
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof ZhishiPrincipal p) {
            users.findById(p.userId()).ifPresent(AppUser::recordSuccessfulSignIn);
        }
    }

    /** Page sign-ins only: API calls authenticate on every request and would flood the record. */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onPageSignIn(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof ZhishiPrincipal p) {
            audit.record(new AuditEvent("user.signIn", "AppUser", p.userId(), p.username(), null, null));
        }
    }
}
