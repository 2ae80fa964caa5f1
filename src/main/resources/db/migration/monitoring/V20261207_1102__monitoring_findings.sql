-- Findings on a concern (one Code paragraph each, a severity, the evidence) and the company's answer to each.
create table monitoring.finding (
    id               uuid primary key,
    reference        text    not null unique,
    concern_id       uuid    not null references monitoring.concern (id),
    company_id       uuid    not null,
    code_paragraph   int     not null check (code_paragraph between 1 and 70),
    severity         text    not null check (severity in ('CRITICAL', 'MAJOR', 'MINOR', 'OBSERVATION')),
    statement        text    not null,
    evidence         text    not null,
    recorded_on      date    not null,
    response         text    not null check (response in ('AWAITING', 'ACKNOWLEDGED', 'DISPUTED')),
    response_reasons text,
    responded_on     date,
    version          bigint  not null default 0,
    check ((response = 'AWAITING') = (responded_on is null)),
    check (response <> 'DISPUTED' or response_reasons is not null)
);

create index finding_by_concern on monitoring.finding (concern_id, reference);
