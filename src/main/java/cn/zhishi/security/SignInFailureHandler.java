package cn.zhishi.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a failed sign-in back to the login page. A locked account gets its own message with the
 * minutes left, so the user waits or calls the security admin instead of guessing further; every
 * other failure (unknown user, wrong password, disabled account) gets the same message so the page
 * does not tell which accounts exist or are disabled.
 */
@Component
class SignInFailureHandler implements AuthenticationFailureHandler {

    private final AppUserRepository users;
    private final SecuritySettings settings;
    private final Clock clock;

    SignInFailureHandler(AppUserRepository users, SecuritySettings settings, Clock clock) {
        this.users = users;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String target = "/login?error";
        if (exception instanceof LockedException) {
            target = "/login?locked=" + minutesLeft(request.getParameter("username"));
        }
        response.sendRedirect(request.getContextPath() + target);
    }

    /** Whole minutes until the lock ends, rounded up (at least one). */
    private long minutesLeft(String username) {
        var now = clock.instant();
        return users.findByUsername(username == null ? "" : username)
                .map(AppUser::getLockedUntil)
                .filter(until -> until.toInstant().isAfter(now))
                .map(until -> Math.max(1, (Duration.between(now, until.toInstant()).getSeconds() + 59) / 60))
                .orElse((long) settings.lockoutMinutes());
    }
}
