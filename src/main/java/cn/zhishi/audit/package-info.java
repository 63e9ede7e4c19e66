/**
 * 纪实 — the audit record. Every write (page, API, import, system) appends one record naming
 * actor, time, source address, action, entity and before/after values. Records are append-only
 * and hash-chained; {@link cn.zhishi.audit.AuditChainVerifier} names the first altered or removed
 * record. Only auditors read it; nobody can change it through the application.
 */
package cn.zhishi.audit;
