create schema if not exists audit;

-- The append-only, hash-chained audit log. Each row's hash covers the previous row's hash and the row's canonical
-- encoding (see org.custodes.audit.HashChain), so editing or deleting a row breaks the chain at that point.
create table audit.audit_event (
    sequence_number       bigint      primary key,
    occurred_at           timestamptz not null,
    actor_user_id         uuid,        -- owned by identity: referenced by id, no FK by design
    actor_organisation_id uuid,        -- owned by organisation: referenced by id, no FK by design
    action                text        not null,
    subject               text        not null,
    details               text        not null,   -- the event as JSON: kept as the exact text that was hashed
    previous_hash         char(64)    not null,
    hash                  char(64)    not null,
    -- Two rows chained to the same predecessor would be a fork: refuse it even if the append lock were bypassed.
    constraint audit_event_previous_hash_uq unique (previous_hash)
);
create index audit_event_action_idx on audit.audit_event (action);
create index audit_event_subject_idx on audit.audit_event (subject text_pattern_ops);
create index audit_event_actor_idx on audit.audit_event (actor_user_id);
create index audit_event_occurred_at_idx on audit.audit_event (occurred_at);

-- Append-only in the database itself, whatever the application's role may do by mistake. Production also grants
-- the application role only INSERT and SELECT here (see "Audit log in production" in the README).
create function audit.refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit.audit_event is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_event_append_only
    before update or delete on audit.audit_event
    for each row execute function audit.refuse_change();

create trigger audit_event_no_truncate
    before truncate on audit.audit_event
    for each statement execute function audit.refuse_change();
