-- Field missions with their own RSA key pair (private half sealed under the master key), the mission forms
-- published to them, the devices that may fetch forms and submit, and the submissions received (sealed at rest).
create schema if not exists fieldvoice;

create table fieldvoice.mission (
    id                 uuid primary key,
    name               text        not null,
    status             text        not null check (status in ('OPEN', 'CLOSED')),
    public_key         bytea       not null,
    sealed_private_key bytea       not null,
    opened_at          timestamptz not null,
    closed_at          timestamptz,
    version            bigint      not null default 0,
    check ((status = 'CLOSED') = (closed_at is not null))
);

create table fieldvoice.mission_form (
    form_id          text primary key,
    mission_id       uuid        not null references fieldvoice.mission (id),
    template         text        not null,
    template_version text        not null,
    published_at     timestamptz not null,
    unique (mission_id, template)
);

create table fieldvoice.device (
    id            uuid primary key,
    mission_id    uuid        not null references fieldvoice.mission (id),
    holder        text        not null,
    username      text        not null unique,
    secret_hash   text        not null,
    registered_at timestamptz not null,
    revoked_at    timestamptz,
    version       bigint      not null default 0
);

create index device_by_mission on fieldvoice.device (mission_id);

create table fieldvoice.submission (
    id           uuid primary key,
    mission_id   uuid        not null references fieldvoice.mission (id),
    form_id      text        not null references fieldvoice.mission_form (form_id),
    form_version text        not null,
    instance_id  text        not null unique,
    device_id    uuid        not null references fieldvoice.device (id),
    received_at  timestamptz not null,
    sealed_xml   bytea       not null
);

create index submission_by_mission on fieldvoice.submission (mission_id, received_at desc);

create table fieldvoice.submission_media (
    submission_id  uuid  not null references fieldvoice.submission (id),
    name           text  not null,
    size           int   not null,
    sealed_content bytea not null,
    primary key (submission_id, name)
);

-- The secretariat runs missions and their devices; the officers who handle the evidence open what was collected.
insert into identity.role_permission (role, permission) values
    ('SECRETARIAT_ADMIN', 'fieldvoice:administer'),
    ('SECRETARIAT_OFFICER', 'fieldvoice:administer'),
    ('SECRETARIAT_OFFICER', 'fieldvoice:open-submissions')
on conflict do nothing;
