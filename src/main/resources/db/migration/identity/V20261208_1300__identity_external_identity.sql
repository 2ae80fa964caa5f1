-- Single sign-on: an identity at an OpenID provider (issuer + subject) linked to one of our accounts. A link is
-- requested by the first sign-in with a verified e-mail that matches an account, and used only once an
-- administrator approved it; a refused link stays refused, so the provider cannot ask again and again.
create table identity.external_identity (
    id            uuid primary key,
    version       bigint      not null,
    issuer        text        not null,
    subject       text        not null,
    account_id    uuid        not null references identity.account (id) on delete cascade,
    email         text        not null,   -- as the provider gave it, verified by the provider
    status        text        not null check (status in ('PENDING', 'APPROVED', 'REFUSED')),
    requested_at  timestamptz not null,
    decided_at    timestamptz,
    decided_by    uuid,
    unique (issuer, subject)
);
create index external_identity_pending_idx on identity.external_identity (requested_at) where status = 'PENDING';
