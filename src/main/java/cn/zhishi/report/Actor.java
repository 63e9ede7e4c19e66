package cn.zhishi.report;

import cn.zhishi.security.Role;
import cn.zhishi.security.ZhishiPrincipal;
import java.util.Set;

/** Who is acting on a report: what the aggregate needs to know to allow a transition. */
public record Actor(String username, Set<Role> roles, Long cadreId) {

    public static Actor of(ZhishiPrincipal p) {
        return new Actor(p.username(), p.roles(), p.cadreId());
    }

    public static Actor system() {
        return new Actor("system", Set.of(), null);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean is(long cadre) {
        return cadreId != null && cadreId == cadre;
    }
}
