-- Clients follow companies; the address and language are copied at follow time so that a standing change can be
-- announced from the directory's own tables.
create table directory.watch (
    account_id      uuid        not null,   -- owned by identity: referenced by id, no FK by design
    organisation_id uuid        not null,
    email           text        not null,
    language        text        not null check (language in ('en', 'fr', 'es', 'ar')),
    created_at      timestamptz not null,
    primary key (account_id, organisation_id)
);
create index watch_company_idx on directory.watch (organisation_id);

-- Procurement systems told of changes to the companies their owner follows, signed with the webhook's secret.
create table directory.webhook (
    id                     uuid primary key,
    account_id             uuid        not null,
    client_organisation_id uuid        not null,
    url                    text        not null,
    secret                 bytea       not null,
    protection             text        not null check (protection in ('NONE', 'AES256GCM_HKDF_SHA256')),
    created_at             timestamptz not null
);
create index webhook_account_idx on directory.webhook (account_id);

-- The webhook outbox: one row per change and webhook, written with the change, delivered with retries.
create table directory.webhook_delivery (
    id               uuid primary key,
    webhook_id       uuid        not null references directory.webhook (id) on delete cascade,
    event_id         uuid        not null,
    payload          text        not null,
    status           text        not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         int         not null default 0,
    next_attempt_at  timestamptz not null,
    last_attempt_at  timestamptz,
    last_status_code int,
    last_error       text,
    created_at       timestamptz not null,
    delivered_at     timestamptz,
    unique (webhook_id, event_id)
);
create index webhook_delivery_due_idx on directory.webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_log_idx on directory.webhook_delivery (webhook_id, created_at desc);

insert into identity.role_permission (role, permission) values
    ('CLIENT', 'directory:watch'),
    ('CLIENT', 'directory:webhooks');
