package cn.zhishi.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed sign-ins and locks the account after too many in a row. */
@Component
class SignInAttempts {

    private final AppUserRepository users;
    private final SecuritySettings settings;
    private final Clock clock;

    SignInAttempts(AppUserRepository users, SecuritySettings settings, Clock clock) {
        this.users = users;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        users.findByUsername(String.valueOf(event.getAuthentication().getName())).ifPresent(u ->
                u.recordFailedSignIn(settings.maxFailedLogins(), Duration.ofMinutes(settings.lockoutMinutes()), clock.instant()));
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof ZhishiPrincipal p) {
            users.findById(p.userId()).ifPresent(AppUser::recordSuccessfulSignIn);
        }
    }
}
