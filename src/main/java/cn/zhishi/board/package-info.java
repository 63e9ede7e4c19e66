/**
 * The public posting board (公示栏) [001]: reports and supervised tasks on display, readable without
 * signing in and printable; the complaint form (named or anonymous, rate-limited per address in memory
 * only) and the status lookup by tracking code. Supervisors (监督员) see the postings of their area.
 * Posted quarterly review results (季度评议结果, {@code /board/reviews}) are read through
 * {@code assessment.review.PostedReviews}: only the snapshot taken at posting, never ballots.
 */
package cn.zhishi.board;
