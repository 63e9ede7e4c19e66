package cn.zhishi.org;

import java.util.Objects;
import java.util.Optional;

/**
 * When a unit may be moved under another parent. Pure: the page's preview, the page's confirmation
 * step and the move itself ask the same questions. Each answer is a message code (the reason shown).
 */
final class UnitMoveRules {

    private UnitMoveRules() {
    }

    /**
     * Whether the unit can be moved at all by a user with jurisdiction {@code j}: a root has no parent to
     * leave (roots come from set-up and bulk loads), and the top of a jurisdiction would leave a parent the
     * user does not oversee — only someone who oversees that parent may take a unit away from it.
     *
     * @param oldParent the unit's parent, null for a root
     */
    static Optional<String> cannotMove(Unit unit, Unit oldParent, Jurisdiction j) {
        if (oldParent == null) {
            return Optional.of("org.unit.move.root");
        }
        if (!j.covers(oldParent.getPath())) {
            return Optional.of("org.unit.move.jurisdictionTop");
        }
        return Optional.empty();
    }

    /**
     * Whether {@code target} can become the unit's parent: not the unit or a unit below it (the tree would
     * become a cycle), not its current parent (nothing would change). The caller has checked that the
     * target is within the jurisdiction.
     */
    static Optional<String> cannotMoveUnder(Unit unit, Unit target) {
        if (target.isWithin(unit)) {
            return Optional.of("org.unit.moveIntoItself");
        }
        if (Objects.equals(unit.getParentId(), target.getId())) {
            return Optional.of("org.unit.move.sameParent");
        }
        return Optional.empty();
    }
}
