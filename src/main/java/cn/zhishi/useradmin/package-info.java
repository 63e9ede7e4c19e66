/**
 * User administration for the security admin (安全管理员): accounts, roles, jurisdictions,
 * password resets and unlocking, as pages and REST. It joins the security module (accounts) with
 * the org module (unit names and the tree a jurisdiction is chosen from), so that security itself
 * never depends on org. Every write goes through {@link cn.zhishi.security.UserAccounts}, which
 * enforces 三员分立 and writes the audit record.
 */
package cn.zhishi.useradmin;
