-- Remote monitoring: what trusted people saw or read about a company (observations, their text and source sealed
-- at rest with a data key per observation), and the compliance concerns the secretariat raises with a company.
create schema if not exists monitoring;

create table monitoring.observation (
    id                    uuid primary key,
    reference             text        not null unique,
    reporter_organisation uuid        not null,   -- owned by organisation: referenced by id, no FK by design
    reporter_user         uuid,
    source_type           text        not null,
    company_id            uuid,
    company_description   text        not null,
    observed_on           date        not null,
    country               char(2)     not null,
    region                text,
    site                  text,
    category              text        not null,
    code_paragraphs       int[]       not null default '{}',
    people_affected       int check (people_affected is null or people_affected >= 0),
    reliability           text        not null check (reliability in ('A', 'B', 'C', 'X')),
    credibility           text        not null check (credibility in ('ONE', 'TWO', 'THREE', 'FOUR')),
    source_may_be_named   boolean     not null default false,
    media_link            text,
    media_language        text,
    wrapped_key           bytea       not null,
    sealed_text           bytea       not null,
    sealed_source         bytea,
    sealed_note           bytea,
    status                text        not null check (status in ('NEW', 'DUPLICATE', 'LINKED', 'NO_ACTION')),
    duplicate_of          uuid references monitoring.observation (id),
    concern_id            uuid,
    no_action_reason      text,
    recorded_at           timestamptz not null,
    triaged_at            timestamptz,
    version               bigint      not null default 0,
    check ((status = 'DUPLICATE') = (duplicate_of is not null)),
    check ((status = 'NO_ACTION') = (no_action_reason is not null))
);

create index observation_by_reporter on monitoring.observation (reporter_organisation, recorded_at desc);
create index observation_by_status on monitoring.observation (status, recorded_at);

create table monitoring.concern (
    id                   uuid primary key,
    reference            text        not null unique,
    company_id           uuid        not null,
    category             text        not null check (category in ('PERSONNEL_MISCONDUCT', 'MANAGEMENT_AND_GOVERNANCE', 'OTHER')),
    origin               text        not null,
    origin_reference     text,
    summary              text        not null,
    code_paragraphs      int[]       not null default '{}',
    stage                text        not null check (stage in ('IDENTIFIED', 'DIALOGUE', 'RECOMMENDATIONS', 'RESOLVED', 'REFERRED_TO_BOARD')),
    recommendations      text,
    closing_reason       text,
    opened_on            date        not null,
    closed_on            date,
    opened_by            uuid,
    version              bigint      not null default 0,
    check ((stage in ('RESOLVED', 'REFERRED_TO_BOARD')) = (closed_on is not null))
);

create index concern_by_company on monitoring.concern (company_id, opened_on desc);
create index concern_by_stage on monitoring.concern (stage, opened_on);

alter table monitoring.observation add foreign key (concern_id) references monitoring.concern (id);

create table monitoring.concern_message (
    id          uuid primary key,
    concern_id  uuid        not null references monitoring.concern (id),
    from_side   text        not null check (from_side in ('SECRETARIAT', 'COMPANY')),
    author      uuid,
    text        text        not null,
    shared      boolean     not null,
    posted_at   timestamptz not null,
    check (from_side = 'SECRETARIAT' or shared)
);

create index message_by_concern on monitoring.concern_message (concern_id, posted_at);

-- Idempotency keys of API submissions: the key only as a hash, the answer is the observation's reference.
create table monitoring.idempotency (
    key_hash    bytea primary key,
    fingerprint bytea       not null,
    observation uuid        not null references monitoring.observation (id),
    created_at  timestamptz not null
);
