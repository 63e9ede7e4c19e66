package cn.zhishi.org;

/**
 * Published by {@link OrgService} when a unit is renamed or re-described ({@code subtree} false: only its
 * own cadres show its name, domain and class) or moved under another parent ({@code subtree} true: every
 * unit below has a new path). {@code path} is the unit's path after the change. Read models kept
 * elsewhere — the search index — follow it after the transaction commits; {@code org} knows nothing of them.
 */
public record UnitChanged(long unitId, String path, boolean subtree) {
}
