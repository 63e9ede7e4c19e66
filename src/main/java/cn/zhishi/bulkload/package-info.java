/**
 * 批量迁移: the city data layout (one CSV file per table, natural keys; see {@code docs/data-layout.md}),
 * a writer that puts a generated city into it, and the loader that brings such files into the
 * registry — PostgreSQL COPY into staging tables, set-based reference checks and idempotent
 * insert-selects, rejected rows reported by file, row and reason.
 */
package cn.zhishi.bulkload;
