create schema if not exists directory;

-- One row per company (organisation of kind COMPANY): facts copied from the organisation module, and the standing
-- in force today, kept here so that a directory page is one indexed query.
create table directory.company (
    organisation_id         uuid primary key,      -- owned by organisation: referenced by id, no FK by design
    legal_name              text        not null,
    short_name              text        not null,
    search_text             text        not null,  -- lower-cased names, for the name filter
    country_of_registration char(2)     not null,
    countries_of_operation  text[]      not null default '{}',
    services                text[]      not null default '{}',
    website                 text,
    grievance_mechanism_url text,                  -- filled when membership publishes it
    standing                text        not null,
    standing_since          date,
    corrective_action_open  boolean     not null default false,
    current_period_from     date,                  -- the history row the columns above reflect
    updated_at              timestamptz not null
);
create index company_name_idx on directory.company (lower(legal_name), organisation_id);
create index company_standing_idx on directory.company (standing, lower(legal_name));
create index company_countries_idx on directory.company using gin (countries_of_operation);
create index company_services_idx on directory.company using gin (services);

-- The inputs of the standing rules, as received, numbered by one sequence so that facts of the same day keep the
-- order in which they arrived. The fingerprint makes a redelivered event a no-op.
create sequence directory.fact_sequence;

create table directory.membership_fact (
    sequence        bigint      primary key default nextval('directory.fact_sequence'),
    organisation_id uuid        not null,
    fingerprint     text        not null unique,
    previous_status text,
    current_status  text        not null,
    effective_on    date        not null,
    recorded_at     timestamptz not null
);
create index membership_fact_organisation_idx on directory.membership_fact (organisation_id, effective_on, sequence);

create table directory.sanction_fact (
    sequence        bigint      primary key default nextval('directory.fact_sequence'),
    organisation_id uuid        not null,
    fingerprint     text        not null unique,
    case_reference  text        not null,
    step            text        not null,
    decided_on      date        not null,
    due_on          date,
    resolved        boolean     not null,
    recorded_at     timestamptz not null
);
create index sanction_fact_organisation_idx on directory.sanction_fact (organisation_id, decided_on, sequence);

-- The derived, dated history: the standing in force from valid_from until the next row. Recomputed from the facts
-- whenever one arrives, so late or back-dated decisions land in the right place.
create table directory.standing_period (
    organisation_id        uuid    not null,
    valid_from             date    not null,
    standing               text    not null,
    standing_since         date    not null,
    corrective_action_open boolean not null,
    primary key (organisation_id, valid_from)
);

-- The Ed25519 key pairs that sign verification answers. The private key is sealed with a key derived from the
-- master key when one is configured.
create table directory.signing_key (
    key_id      text        primary key,
    algorithm   text        not null,
    public_key  bytea       not null,             -- X.509 SubjectPublicKeyInfo
    private_key bytea       not null,             -- PKCS#8, sealed or plain (see protection)
    protection  text        not null check (protection in ('NONE', 'AES256GCM_HKDF_SHA256')),
    valid_from  timestamptz not null,
    retired_at  timestamptz
);
