package cn.zhishi.org;

import java.util.List;

/**
 * A titled block of lines another module adds to the unit overview (e.g. the warning cards of the unit's
 * cadres), so that the organisation module need not know those modules. Like {@code cadre.ProfileSection}.
 */
public interface UnitSection {

    /** The blocks for this unit, or empty to show nothing. */
    List<Block> forUnit(long unitId);

    /** {@code titleKey} is a message key; {@code lines} are already in the user's language; {@code link} may be null. */
    record Block(String id, String titleKey, List<String> lines, String link) {
    }
}
