package cn.zhishi.eligibility.kinship;

import cn.zhishi.org.KeyPostKind;
import cn.zhishi.org.TeamRole;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Whether two posts may not be held by relatives (《公务员回避规定》(2020)第五条). Reading, stated once:
 * <ul>
 * <li>same leadership team: both posts carry a team role in the same unit;</li>
 * <li>direct subordination: one post is the unit's principal (正职) and the other is any post of that
 *     unit (deputies answer to the principal; staff to the team);</li>
 * <li>key post: one post is in the unit's team and the other, in the same unit, is flagged 干部人事,
 *     财务, 审计 or 执法执纪 (the flag that stands for 纪检监察 here).</li>
 * </ul>
 * The first matching check is named; the order is that of {@link AvoidanceCheck}.
 */
public final class AvoidanceRules {

    private static final Set<KeyPostKind> SENSITIVE = EnumSet.of(KeyPostKind.PERSONNEL, KeyPostKind.FINANCE,
            KeyPostKind.AUDIT, KeyPostKind.LAW_ENFORCEMENT);

    /** The facts of a post the checks read. */
    public record PostFacts(long postId, long unitId, TeamRole teamRole, Set<KeyPostKind> keyKinds) {
    }

    private AvoidanceRules() {
    }

    public static Optional<AvoidanceCheck> conflict(PostFacts a, PostFacts b) {
        if (a.unitId() != b.unitId()) {
            return Optional.empty();
        }
        if (a.teamRole() != null && b.teamRole() != null) {
            return Optional.of(AvoidanceCheck.SAME_TEAM);
        }
        if (a.teamRole() == TeamRole.PRINCIPAL || b.teamRole() == TeamRole.PRINCIPAL) {
            return Optional.of(AvoidanceCheck.DIRECT_SUBORDINATION);
        }
        if ((a.teamRole() != null && sensitive(b)) || (b.teamRole() != null && sensitive(a))) {
            return Optional.of(AvoidanceCheck.KEY_POST_UNDER_LEADER);
        }
        return Optional.empty();
    }

    private static boolean sensitive(PostFacts p) {
        return p.keyKinds().stream().anyMatch(SENSITIVE::contains);
    }
}
