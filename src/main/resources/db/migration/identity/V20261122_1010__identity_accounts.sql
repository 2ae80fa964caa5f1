create schema if not exists identity;

create table identity.account (
    id               uuid primary key,
    version          bigint      not null,
    organisation_id  uuid        not null,   -- owned by organisation: referenced by id, no FK by design
    email            text        not null,
    display_name     text        not null,
    password_hash    text,
    language         text        not null default 'en' check (language in ('en', 'fr', 'es', 'ar')),
    status           text        not null default 'ACTIVE' check (status in ('ACTIVE', 'DISABLED')),
    created_at       timestamptz not null,
    last_sign_in_at  timestamptz
);
create unique index account_email_uq on identity.account (lower(email));
create index account_organisation_idx on identity.account (organisation_id);

create table identity.account_role (
    account_id uuid not null references identity.account (id) on delete cascade,
    role       text not null,
    primary key (account_id, role)
);

-- Roles map to permissions as data, so a body can adapt its roles without a release.
create table identity.role_permission (
    role       text not null,
    permission text not null,
    primary key (role, permission)
);

insert into identity.role_permission (role, permission) values
    ('SECRETARIAT_ADMIN', 'organisation:read'),
    ('SECRETARIAT_ADMIN', 'organisation:manage'),
    ('SECRETARIAT_ADMIN', 'identity:invite'),
    ('SECRETARIAT_ADMIN', 'identity:manage-roles'),
    ('SECRETARIAT_ADMIN', 'audit:read'),
    ('SECRETARIAT_ADMIN', 'audit:verify'),
    ('SECRETARIAT_ADMIN', 'notification:outbox-read'),
    ('SECRETARIAT_ADMIN', 'operations:read'),
    ('SECRETARIAT_OFFICER', 'organisation:read'),
    ('SECRETARIAT_OFFICER', 'organisation:manage'),
    ('SECRETARIAT_OFFICER', 'identity:invite'),
    ('SECRETARIAT_OFFICER', 'audit:read'),
    ('SECRETARIAT_OFFICER', 'notification:outbox-read'),
    ('BOARD_MEMBER', 'organisation:read'),
    ('BOARD_MEMBER', 'audit:read'),
    ('COMPANY_REPRESENTATIVE', 'organisation:read-own'),
    ('CSO_REPRESENTATIVE', 'organisation:read-own'),
    ('STATE_REPRESENTATIVE', 'organisation:read-own'),
    ('CERTIFICATION_BODY_AUDITOR', 'organisation:read-own'),
    ('CLIENT', 'organisation:read-own'),
    ('OBSERVER', 'organisation:read-own');

-- Spring Session's tables, in this module's schema: any node can serve any signed-in user.
create table identity.http_session (
    primary_id            char(36)     not null primary key,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(320)
);
create unique index http_session_ix1 on identity.http_session (session_id);
create index http_session_ix2 on identity.http_session (expiry_time);
create index http_session_ix3 on identity.http_session (principal_name);

create table identity.http_session_attributes (
    session_primary_id char(36)     not null references identity.http_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    primary key (session_primary_id, attribute_name)
);
