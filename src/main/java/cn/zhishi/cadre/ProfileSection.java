package cn.zhishi.cadre;

import java.util.List;

/**
 * A titled block of lines another module adds to the cadre profile (e.g. warning cards, report
 * consequences), so that the cadre module need not know those modules.
 */
public interface ProfileSection {

    /** The block for this cadre, or empty to show nothing. */
    List<Block> forCadre(long cadreId);

    /** {@code titleKey} is a message key; {@code lines} are already in the user's language. */
    record Block(String titleKey, List<String> lines, String link) {
    }
}
