create schema if not exists reporting;

-- The library version is owned by framework and never changes, so holding its id freezes what the campaign asks.
create table reporting.campaign (
    id           uuid primary key,
    year         int         not null check (year between 2000 and 9999),
    title        text        not null,
    library_id   uuid        not null,
    opens_on     date        not null,
    deadline     date        not null,
    grace_days   int         not null check (grace_days between 0 and 365),
    created_at   timestamptz not null,
    created_by   uuid,
    check (deadline >= opens_on)
);

-- Company-owned rows carry organisation_id in their primary key, so they can later be distributed by it.
create table reporting.report (
    organisation_id          uuid        not null,   -- owned by organisation: referenced by id, no FK by design
    id                       uuid        not null unique,
    campaign_id              uuid        not null references reporting.campaign (id),
    company_name             text        not null,
    status                   text        not null check (status in ('DRAFT', 'SUBMITTED', 'CLARIFICATION_REQUESTED', 'ACCEPTED')),
    submitted_on             date,
    late                     boolean     not null default false,
    accepted_on              date,
    satisfactory             boolean,
    flagged_not_submitted_on date,
    version                  bigint      not null default 0,
    primary key (organisation_id, id),
    unique (campaign_id, organisation_id)
);
create index report_campaign_idx on reporting.report (campaign_id, status);

create table reporting.answer (
    organisation_id uuid        not null,
    report_id       uuid        not null,
    indicator_code  text        not null,
    value           text        not null,
    updated_at      timestamptz not null,
    updated_by      uuid,
    primary key (organisation_id, report_id, indicator_code),
    foreign key (organisation_id, report_id) references reporting.report (organisation_id, id) on delete cascade
);

create table reporting.evidence (
    organisation_id uuid        not null,
    id              uuid        not null unique,
    report_id       uuid        not null,
    indicator_code  text        not null,
    filename        text        not null,
    media_type      text        not null,
    size_bytes      int         not null check (size_bytes between 1 and 10485760),
    content         bytea       not null,
    uploaded_at     timestamptz not null,
    uploaded_by     uuid,
    primary key (organisation_id, id),
    foreign key (organisation_id, report_id) references reporting.report (organisation_id, id) on delete cascade
);
create index evidence_item_idx on reporting.evidence (organisation_id, report_id, indicator_code);

create table reporting.review_comment (
    organisation_id uuid        not null,
    id              uuid        not null,
    report_id       uuid        not null,
    indicator_code  text        not null,
    body            text        not null,
    author_id       uuid,
    created_at      timestamptz not null,
    primary key (organisation_id, id),
    foreign key (organisation_id, report_id) references reporting.report (organisation_id, id) on delete cascade
);
create index review_comment_item_idx on reporting.review_comment (organisation_id, report_id, indicator_code);

-- Items a reviewer reopened; open while resolved_on is null, and only those may change.
create table reporting.reopened_item (
    organisation_id uuid        not null,
    report_id       uuid        not null,
    indicator_code  text        not null,
    requested_at    timestamptz not null,
    note            text,
    resolved_at     timestamptz,
    primary key (organisation_id, report_id, indicator_code, requested_at),
    foreign key (organisation_id, report_id) references reporting.report (organisation_id, id) on delete cascade
);

-- Scores per questionnaire section, written at each submission: analytics and peer comparison read these.
create table reporting.section_score (
    organisation_id uuid not null,
    report_id       uuid not null,
    section_code    text not null,
    score           int  not null check (score between 0 and 100),
    primary key (organisation_id, report_id, section_code),
    foreign key (organisation_id, report_id) references reporting.report (organisation_id, id) on delete cascade
);

create table reporting.reminder_sent (
    campaign_id     uuid not null references reporting.campaign (id),
    organisation_id uuid not null,
    days_before     int  not null,
    sent_on         date not null,
    primary key (campaign_id, organisation_id, days_before)
);
