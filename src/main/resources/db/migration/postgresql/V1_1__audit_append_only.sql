-- The audit record is append-only: the application role may insert but never change or
-- remove a record. A superuser can still disable the trigger; the hash chain catches that.
create or replace function audit_record_is_append_only() returns trigger as $$
begin
    raise exception 'audit_record is append-only (% refused)', tg_op;
end;
$$ language plpgsql;

create trigger audit_record_no_update_delete
    before update or delete on audit_record
    for each row execute function audit_record_is_append_only();

create index ix_org_unit_path_prefix on org_unit (path varchar_pattern_ops);
