-- Compliance cases on the sanctions ladder, the steps decided on them and the right of reply before each step.
create table membership.compliance_case (
    id                 uuid primary key,
    version            bigint not null,
    reference          text   not null unique,
    organisation_id    uuid   not null,   -- owned by organisation: referenced by id, no FK by design
    summary            text   not null,
    opened_on          date   not null,
    resolved_on        date,
    resolution         text,
    reply_requested_on date,
    reply_deadline     date,
    reply              text,
    replied_on         date
);
create index compliance_case_organisation_idx on membership.compliance_case (organisation_id);

create table membership.sanction_step (
    case_id            uuid not null references membership.compliance_case (id),
    sequence           int  not null,
    step               text not null check (step in ('COMPLIANCE_CONCERN', 'SECRETARIAT_RECOMMENDATIONS',
                                                    'CORRECTIVE_ACTION', 'SUSPENSION', 'TERMINATION')),
    decided_on         date not null,
    due_on             date,
    summary            text not null,
    decided_by         uuid,
    reply_requested_on date,
    reply_deadline     date,
    reply              text,
    replied_on         date,
    primary key (case_id, sequence)
);
