create schema if not exists membership;

-- One row per organisation that ever applied: its current status and the dates its rules depend on.
create table membership.membership (
    organisation_id           uuid primary key,   -- owned by organisation: referenced by id, no FK by design
    version                   bigint      not null,
    pillar                    text        not null check (pillar in ('COMPANY', 'CIVIL_SOCIETY', 'STATE', 'OBSERVER')),
    status                    text        not null,
    joined_on                 date,
    certification_deadline    date,
    status_before_suspension  text,
    deadline_passed_on        date,       -- raised by the daily job for the secretariat; never changes the status
    termination_ground        text,
    termination_proposed_on   date,
    termination_reply_deadline date,
    termination_reply         text,
    termination_replied_on    date
);
create index membership_status_idx on membership.membership (status);

-- The dated history of every transition, oldest first.
create table membership.status_change (
    organisation_id    uuid        not null references membership.membership (organisation_id),
    sequence           int         not null,
    from_status        text,
    to_status          text        not null,
    effective_on       date        not null,
    decided_by         uuid,       -- owned by identity: referenced by id
    reason             text        not null,
    decision_reference text,
    termination_ground text,
    recorded_at        timestamptz not null,
    primary key (organisation_id, sequence)
);
