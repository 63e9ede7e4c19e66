-- H2 has no PL/pgSQL; the append-only guard is the hash chain alone (see docs/architecture.md).
select 1;
