create schema if not exists organisation;

create table organisation.organisation (
    id                     uuid primary key,
    version                bigint      not null,
    kind                   text        not null check (kind in ('OVERSIGHT_BODY', 'COMPANY', 'CIVIL_SOCIETY', 'STATE',
                                                                'OBSERVER', 'CLIENT', 'CERTIFICATION_BODY')),
    legal_name             text        not null,
    short_name             text        not null,
    country_of_registration char(2)    not null,
    countries_of_operation text[]      not null default '{}',
    services               text[]      not null default '{}',
    website                text,
    created_at             timestamptz not null,
    updated_at             timestamptz not null
);
create unique index organisation_legal_name_uq on organisation.organisation (lower(legal_name));
create index organisation_kind_idx on organisation.organisation (kind);

create table organisation.contact (
    id              uuid primary key,
    organisation_id uuid not null references organisation.organisation (id) on delete cascade,
    name            text not null,
    role            text,
    email           text,
    phone           text
);
create index contact_organisation_idx on organisation.contact (organisation_id);
