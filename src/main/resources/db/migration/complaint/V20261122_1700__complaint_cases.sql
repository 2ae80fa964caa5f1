create schema if not exists complaint;

-- One row: the salt of the receipt hashes of this installation (receipts are looked up by their Argon2id hash).
create table complaint.installation (
    id           int primary key check (id = 1),
    receipt_salt bytea not null
);
insert into complaint.installation (id, receipt_salt)
values (1, decode(replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', ''), 'hex'));

-- Metadata in clear (workflow and statistics need it); everything the complainant wrote is encrypted with the
-- case's data key, which is itself stored only wrapped by the master key. No network details, ever.
create table complaint.complaint_case (
    id                 uuid primary key,
    version            bigint      not null,
    reference          text        not null unique,
    channel            text        not null,
    complainant_role   text        not null,
    contact_preference text        not null,
    language           text        not null,
    category           text        not null,
    country            text,
    company_id         uuid,       -- owned by organisation: referenced by id, no FK by design
    received_on        date        not null,
    status             text        not null,
    due_on             date,
    complaint_type     text,
    against_member     boolean,
    alleges_violation  boolean,
    resolution_path    text,
    excerpt_shared     boolean     not null default false,
    company_responded  boolean     not null default false,
    outcome            text,
    handler_id         uuid,
    retaliation_risk   boolean     not null default false,
    code_paragraphs    int[]       not null default '{}',
    closed_on          date,
    purged_on          date,
    wrapped_key        bytea,
    receipt_hash       bytea unique,
    narrative          bytea,
    identity           bytea,
    company_excerpt    bytea,
    company_response   bytea,
    admissibility_note bytea
);
create index complaint_case_status_idx on complaint.complaint_case (status);
create index complaint_case_company_idx on complaint.complaint_case (company_id) where excerpt_shared;

create table complaint.case_conflict (
    case_id     uuid not null references complaint.complaint_case (id) on delete cascade,
    handler_id  uuid not null,
    declared_on date not null,
    primary key (case_id, handler_id)
);

create table complaint.case_message (
    id       uuid primary key,
    case_id  uuid        not null references complaint.complaint_case (id) on delete cascade,
    author   text        not null check (author in ('COMPLAINANT', 'HANDLER')),
    sent_on  date        not null,
    position bigint      generated always as identity,
    body     bytea       not null
);
create index case_message_case_idx on complaint.case_message (case_id, position);

-- File content, name and type are sealed with the case key; only the size bucket is left to count limits.
create table complaint.attachment (
    id         uuid primary key,
    case_id    uuid   not null references complaint.complaint_case (id) on delete cascade,
    message_id uuid references complaint.case_message (id) on delete cascade,
    media_type text   not null,
    name       bytea  not null,
    content    bytea  not null
);
create index attachment_case_idx on complaint.attachment (case_id);

create table complaint.case_note (
    id         uuid primary key,
    case_id    uuid        not null references complaint.complaint_case (id) on delete cascade,
    author_id  uuid        not null,
    written_on date        not null,
    position   bigint      generated always as identity,
    body       bytea       not null
);

create table complaint.identity_request (
    id           uuid primary key,
    case_id      uuid not null references complaint.complaint_case (id) on delete cascade,
    requested_by uuid not null,
    requested_on date not null,
    status       text not null check (status in ('PENDING', 'APPROVED', 'REFUSED')),
    decided_by   uuid,
    decided_on   date
);

-- Idempotent API submissions: the key is kept only as a hash, the stored response sealed twice (master key and
-- a key derived from the idempotency key itself), and the row deleted after a day.
create table complaint.idempotency (
    key_hash    bytea primary key,
    fingerprint bytea       not null,
    response    bytea       not null,
    created_at  timestamptz not null
);

insert into identity.role_permission (role, permission) values
    ('SECRETARIAT_OFFICER', 'complaint:handle'),
    ('SECRETARIAT_ADMIN', 'complaint:handle'),
    ('SECRETARIAT_ADMIN', 'complaint:custodian'),
    ('SECRETARIAT_OFFICER', 'complaint:intake'),
    ('CSO_REPRESENTATIVE', 'complaint:intake'),
    ('COMPANY_REPRESENTATIVE', 'complaint:company-response');
