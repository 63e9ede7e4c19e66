package cn.zhishi.cadre;

import cn.zhishi.shared.Problems;

/**
 * A check another module adds to every new tenure (page, API, import) before it is saved — e.g.
 * kinship avoidance. Adds a problem to refuse; the cadre module does not know the reasons.
 */
public interface AppointmentCheck {

    /**
     * @param field the form field a problem goes under ({@code postId}, or {@code tenures[2].postId} in an import)
     */
    void check(long cadreId, long postId, DateRange range, String field, Problems problems);
}
