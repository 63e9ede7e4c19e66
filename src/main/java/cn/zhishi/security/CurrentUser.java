package cn.zhishi.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The user of the current request, injected where needed (never read from a static elsewhere). */
@Component
public class CurrentUser {

    public ZhishiPrincipal get() {
        return find().orElseThrow(() -> new IllegalStateException("no signed-in user"));
    }

    public Optional<ZhishiPrincipal> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof ZhishiPrincipal p ? Optional.of(p) : Optional.empty();
    }
}
