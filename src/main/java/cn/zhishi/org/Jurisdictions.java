package cn.zhishi.org;

import cn.zhishi.security.CurrentUser;
import cn.zhishi.security.ZhishiPrincipal;
import java.util.Collection;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Resolves a user's jurisdiction (unit ids) to the subtree paths every query filters by. */
@Service
public class Jurisdictions {

    private final UnitRepository units;
    private final CurrentUser currentUser;

    Jurisdictions(UnitRepository units, CurrentUser currentUser) {
        this.units = units;
        this.currentUser = currentUser;
    }

    /** The current user's jurisdiction; empty when nobody is signed in. */
    @Transactional(readOnly = true)
    public Jurisdiction current() {
        return currentUser.find().map(this::of).orElse(Jurisdiction.none());
    }

    @Transactional(readOnly = true)
    public Jurisdiction of(ZhishiPrincipal principal) {
        return ofUnits(principal.jurisdictionUnitIds());
    }

    @Transactional(readOnly = true)
    public Jurisdiction ofUnits(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return Jurisdiction.none();
        }
        return new Jurisdiction(units.findByIdIn(unitIds).stream().map(Unit::getPath).toList());
    }
}
