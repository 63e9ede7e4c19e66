package cn.zhishi.org;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Who holds which post on a day. Implemented by the cadre module, which owns tenures. */
public interface PostHolderLookup {

    /** Current holders per post id (posts without holders are absent). */
    Map<Long, List<PostHolder>> holdersOn(Collection<Long> postIds, LocalDate day);

    /** Number of active cadres directly in each unit. */
    Map<Long, Long> cadreCountsByUnit(Collection<Long> unitIds);

    record PostHolder(long cadreId, String name, LocalDate since) {
    }
}
