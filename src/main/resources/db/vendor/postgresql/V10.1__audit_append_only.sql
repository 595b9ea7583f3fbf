-- The audit trail is append-only in the database itself: no UPDATE, DELETE or TRUNCATE, whoever connects.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end
$$;

create trigger tr_audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_append_only();

create trigger tr_audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
