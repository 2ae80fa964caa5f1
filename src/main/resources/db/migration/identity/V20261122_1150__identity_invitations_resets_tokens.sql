-- One-time and personal secrets are stored only as SHA-256 hashes (hex): a database dump reveals none of them.

create table identity.invitation (
    id              uuid primary key,
    organisation_id uuid        not null,   -- owned by organisation: referenced by id, no FK by design
    email           text        not null,
    display_name    text        not null,
    language        text        not null check (language in ('en', 'fr', 'es', 'ar')),
    roles           text[]      not null,
    token_hash      char(64)    not null unique,
    invited_by      uuid,
    created_at      timestamptz not null,
    expires_at      timestamptz not null,
    accepted_at     timestamptz,
    account_id      uuid references identity.account (id),
    revoked_at      timestamptz
);
create index invitation_organisation_idx on identity.invitation (organisation_id);
create index invitation_email_idx on identity.invitation (lower(email));

create table identity.password_reset (
    id          uuid primary key,
    account_id  uuid        not null references identity.account (id) on delete cascade,
    token_hash  char(64)    not null unique,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index password_reset_account_idx on identity.password_reset (account_id);

create table identity.api_token (
    id            uuid primary key,
    account_id    uuid        not null references identity.account (id) on delete cascade,
    name          text        not null,
    prefix        text        not null,   -- the first characters, so a holder can tell tokens apart
    token_hash    char(64)    not null unique,
    created_at    timestamptz not null,
    expires_at    timestamptz,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
create index api_token_account_idx on identity.api_token (account_id);
