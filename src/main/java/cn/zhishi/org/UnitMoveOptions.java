package cn.zhishi.org;

import java.util.List;

/**
 * What moving a unit involves, for the move page and the API: the unit, its current parent, the units
 * that move along with it (everything below it, tree order), the active cadres of the whole subtree, and
 * the units of the user's jurisdiction that may become its parent (tree order; not the unit, nothing below
 * it, not its current parent). {@code refusal} is the message code when the unit cannot move at all (a
 * root, the top of the user's jurisdiction); then {@code targets} is empty.
 */
public record UnitMoveOptions(UnitSummary unit, UnitSummary parent, List<UnitSummary> subUnits, long cadres,
        List<UnitSummary> targets, String refusal) {

    public boolean movable() {
        return refusal == null;
    }

    /** Depth of the shallowest target, so a page can indent targets relative to it. */
    public int targetsTopDepth() {
        return targets.stream().mapToInt(UnitSummary::depth).min().orElse(0);
    }
}
