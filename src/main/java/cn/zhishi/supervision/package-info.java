/**
 * Supervised tasks (督办) [001 雷山县教育局]: tasks with an owner and a deadline, posted on the public board;
 * an overdue task gives its owner a yellow card, a second yellow card gives a red card, and a red card
 * records that the cadre cannot be 优秀 that year.
 */
package cn.zhishi.supervision;
