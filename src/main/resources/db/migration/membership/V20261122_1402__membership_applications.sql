-- Applications to join, their exchanges with the secretariat, and the documents uploaded with them.
create table membership.application (
    id                       uuid primary key,
    version                  bigint      not null,
    organisation_id          uuid        not null,   -- owned by organisation: referenced by id, no FK by design
    pillar                   text        not null,
    status                   text        not null check (status in ('DRAFT', 'SUBMITTED', 'INFORMATION_REQUESTED',
                                                                    'RECOMMENDED', 'APPROVED', 'REJECTED')),
    form                     jsonb       not null,
    checklist                jsonb       not null default '[]',
    created_at               timestamptz not null,
    submitted_on             date,
    recommendation_approve   boolean,
    recommendation_note      text,
    recommended_on           date,
    recommended_by           uuid,
    decision_approve         boolean,
    decision_reasons         text,
    decided_on               date,
    decision_reference       text,
    decided_by               uuid
);
-- One open application per organisation at a time.
create unique index application_open_uq on membership.application (organisation_id)
    where status not in ('APPROVED', 'REJECTED');
create index application_status_idx on membership.application (status, submitted_on);

create table membership.application_exchange (
    application_id uuid        not null references membership.application (id),
    sequence       int         not null,
    kind           text        not null check (kind in ('REQUEST', 'ANSWER')),
    text           text        not null,
    at             timestamptz not null,
    by_user        uuid,
    primary key (application_id, sequence)
);

create table membership.application_document (
    id              uuid primary key,
    application_id  uuid        not null references membership.application (id),
    organisation_id uuid        not null,
    filename        text        not null,
    content_type    text        not null,
    size_bytes      bigint      not null check (size_bytes <= 10485760),
    content         bytea       not null,
    uploaded_at     timestamptz not null,
    uploaded_by     uuid
);
create index application_document_application_idx on membership.application_document (application_id);
