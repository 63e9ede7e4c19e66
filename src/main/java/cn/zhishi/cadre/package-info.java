/**
 * 干部信息库 — the cadre registry: each cadre's file (one person, one form): basic facts, education,
 * résumé, family, rewards, sanctions and organisational handling, tags, and tenures (cadre × post ×
 * dates). Rules that protect the file (ID number, date consistency, post capacity) live in small
 * pure classes here and run on every entry path: pages, API and Excel import.
 */
package cn.zhishi.cadre;
