package cn.zhishi.assessment.keywork;

import cn.zhishi.security.Role;
import cn.zhishi.security.ZhishiPrincipal;

/** Who acts on a sheet: the cadre it belongs to, or organisation-department staff (组织部门). */
record KeyWorkActor(String username, boolean organisationStaff, Long cadreId) {

    static KeyWorkActor of(ZhishiPrincipal p) {
        return new KeyWorkActor(p.username(), p.has(Role.ORG_ADMIN) || p.has(Role.ASSESSOR), p.cadreId());
    }

    boolean owns(long cadre) {
        return cadreId != null && cadreId == cadre;
    }
}
