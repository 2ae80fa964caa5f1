-- The oversight ranking: the secretariat's country-risk list, and one snapshot of the ranking per day (each
-- company's rank, score and the reasons behind it) kept as history.
create schema if not exists oversight;

-- Risk from 0 (lowest) to 100 (highest), with the source of each figure. Left empty here: the secretariat enters the
-- figures it relies on (for example 100 minus the World Bank Worldwide Governance Indicators' "Political Stability and
-- Absence of Violence/Terrorism" percentile rank, with the year). The demo loader adds demo values marked as such.
create table oversight.country_risk (
    country    char(2)     primary key,
    region     text        not null check (length(region) > 0),
    risk       int         not null check (risk between 0 and 100),
    source     text        not null check (length(source) > 0),
    updated_at timestamptz not null,
    updated_by uuid,       -- owned by identity: referenced by id
    version    bigint      not null default 0
);

create table oversight.ranking_snapshot (
    day             date        not null,
    organisation_id uuid        not null,   -- owned by organisation: referenced by id, no FK by design
    name            text        not null,
    rank            int         not null check (rank >= 1),
    score           numeric(8, 2) not null check (score >= 0),
    countries       text[]      not null default '{}',
    regions         text[]      not null default '{}',
    computed_at     timestamptz not null,
    primary key (day, organisation_id)
);
create index ranking_snapshot_by_company on oversight.ranking_snapshot (organisation_id, day desc);

-- facts: the reading's facts joined by '|' (counts, codes and dates only; never a name or a narrative).
create table oversight.ranking_reason (
    day             date         not null,
    organisation_id uuid         not null,
    signal          text         not null,
    weight          numeric(8, 2) not null,
    intensity       numeric(6, 4) not null check (intensity between 0 and 1),
    points          numeric(8, 2) not null,
    facts           text         not null,
    primary key (day, organisation_id, signal),
    foreign key (day, organisation_id) references oversight.ranking_snapshot (day, organisation_id) on delete cascade
);
