package cn.zhishi.security;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ZhishiUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final Clock clock;

    ZhishiUserDetailsService(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public ZhishiPrincipal loadUserByUsername(String username) {
        AppUser u = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return ZhishiPrincipal.of(u, u.isLockedAt(clock.instant()));
    }
}
