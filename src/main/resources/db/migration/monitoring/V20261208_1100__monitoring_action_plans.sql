-- Findings get a category (for the closure rule; findings recorded before are OTHER until the secretariat says),
-- and each finding at most one corrective action plan: the company's actions, each with its owner, due date, the
-- evidence expected and how the secretariat verifies it; the plan's closure says how the finding was closed.
alter table monitoring.finding add column category text not null default 'OTHER'
    check (category in ('WAGES', 'WORKING_HOURS', 'USE_OF_FORCE', 'DETENTION', 'WEAPONS', 'VETTING_AND_TRAINING',
                        'MANAGEMENT', 'GRIEVANCE', 'OTHER'));

create table monitoring.action_plan (
    id              uuid primary key,
    reference       text   not null unique,
    finding_id      uuid   not null unique references monitoring.finding (id),
    company_id      uuid   not null,
    status          text   not null check (status in ('PROPOSED', 'RETURNED', 'ACCEPTED', 'IN_PROGRESS', 'CLOSED')),
    proposed_on     date   not null,
    returned_reason text,
    decided_on      date,
    closed_by       text check (closed_by in ('DESK_REVIEW', 'RETURN_VISIT')),
    closure_records text,
    closed_on       date,
    version         bigint not null default 0,
    check ((status = 'CLOSED') = (closed_on is not null and closed_by is not null)),
    check (status <> 'RETURNED' or returned_reason is not null)
);

create index action_plan_by_company on monitoring.action_plan (company_id, status);

create table monitoring.corrective_action (
    id                uuid primary key,
    plan_id           uuid not null references monitoring.action_plan (id) on delete cascade,
    position          int  not null,
    description       text not null,
    owner             text not null,
    due_on            date not null,
    evidence_expected text not null,
    verification      text not null check (verification in ('DESK_REVIEW', 'RETURN_VISIT')),
    status            text not null check (status in ('OPEN', 'CLOSED')),
    returned_reason   text,
    verified_on       date,
    reminded_on       date,
    concern_raised_on date,
    unique (plan_id, position)
);

create index corrective_action_open_by_due on monitoring.corrective_action (due_on) where status = 'OPEN';
