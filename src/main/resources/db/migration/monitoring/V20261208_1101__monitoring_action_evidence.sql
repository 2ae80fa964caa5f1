-- Evidence files the company uploads per corrective action: the type detected from the content, the size, and the
-- name and bytes sealed with the file's own data key (stored wrapped), as observations are sealed.
create table monitoring.action_evidence (
    id           uuid primary key,
    plan_id      uuid   not null references monitoring.action_plan (id) on delete cascade,
    action_id    uuid   not null references monitoring.corrective_action (id) on delete cascade,
    file_name    bytea  not null,
    content_type text   not null,
    size_bytes   int    not null check (size_bytes > 0),
    data_key     bytea  not null,
    content      bytea  not null,
    uploaded_on  date   not null,
    uploaded_by  uuid   not null
);

create index action_evidence_by_plan on monitoring.action_evidence (plan_id, uploaded_on);
