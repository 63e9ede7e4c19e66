package cn.zhishi.eligibility;

/**
 * Published by {@link ReservePool} when a cadre enters the reserve pool or their entry changes stage
 * (考察对象, 已任用, back to 后备, 已撤销), so that read models elsewhere — the search index's reserve
 * condition — follow after the transaction commits.
 */
public record ReserveMembershipChanged(long cadreId) {
}
