-- Field-based reviews (missions): the trigger (with who asked, for a member's request), the plan, the team of
-- secretariat users and partner organisations, the status, and the security notes sealed with the mission's own
-- data key; interviews by role, the consent recorded, the name (only with consent) and the notes sealed likewise.
create table monitoring.mission (
    id             uuid primary key,
    reference      text   not null unique,
    trigger        text   not null check (trigger in ('INFORMATION_REVIEW', 'RISK_ASSESSMENT', 'MEMBER_REQUEST')),
    requested_by   text,
    country        char(2) not null,
    companies      uuid[] not null check (cardinality(companies) > 0),
    sites          text   not null,
    to_meet        text   not null,
    team           uuid[] not null check (cardinality(team) > 0),
    partners       uuid[] not null,
    starts_on      date   not null,
    ends_on        date   not null check (ends_on >= starts_on),
    budget_line    text   not null,
    data_key       bytea  not null,
    security_notes bytea,
    status         text   not null check (status in ('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED')),
    cancel_reason  text,
    version        bigint not null default 0,
    check ((trigger = 'MEMBER_REQUEST') = (requested_by is not null)),
    check ((status = 'CANCELLED') = (cancel_reason is not null))
);

create table monitoring.interview (
    id               uuid primary key,
    mission_id       uuid    not null references monitoring.mission (id),
    company_id       uuid,
    role             text    not null check (role in ('MANAGER', 'GUARD', 'CLIENT', 'COMMUNITY_MEMBER', 'LOCAL_AUTHORITY')),
    consent          boolean not null,
    data_key         bytea   not null,
    interviewee_name bytea,
    notes            bytea   not null,
    code_paragraphs  int[]   not null,
    interviewed_on   date    not null,
    recorded_by      uuid    not null,
    check (consent or interviewee_name is null)
);

create index interview_by_mission on monitoring.interview (mission_id, interviewed_on);
