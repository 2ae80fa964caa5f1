create schema if not exists certification;

-- Standards the Board recognises, with the additional (Annex B) information the body asks for each of them.
create table certification.standard (
    code                text primary key,
    name                text        not null,
    recognition_version text        not null,
    recognised_on       date        not null,
    annex_b_items       text[]      not null default '{}',
    active              boolean     not null default true,
    version             bigint      not null,
    updated_at          timestamptz not null
);

-- A certification body is an organisation (owned by organisation, referenced by id) plus its acceptance.
create table certification.certification_body (
    organisation_id      uuid primary key,
    legal_name           text        not null,   -- copied for display; the organisation module owns the name
    route                text        not null check (route in ('DIRECT', 'ISO_17021_WITH_COMPETENCY_CHECK')),
    accreditation_body   text        not null,
    iaf_mla_signatory    boolean     not null,
    standards            text[]      not null default '{}',
    accepted_from        date        not null,
    accepted_until       date,
    status               text        not null check (status in ('ACCEPTED', 'SUSPENDED', 'WITHDRAWN')),
    status_since         date        not null,
    contact_email        text,
    version              bigint      not null,
    updated_at           timestamptz not null
);

create table certification.certificate (
    id                   uuid primary key,
    version              bigint      not null,
    certificate_number   text        not null,
    standard_code        text        not null references certification.standard (code),
    body_id              uuid        not null references certification.certification_body (organisation_id),
    company_id           uuid,                  -- owned by organisation; null until matched to a member company
    company_name         text        not null,  -- the name the body gave, kept for matching by hand
    scope_services       text[]      not null default '{}',
    scope_countries      text[]      not null default '{}',
    scope_sites          text        not null default '',
    original_issue_date  date        not null,
    current_issue_date   date        not null,
    expiry_date          date        not null,
    conditions           text        not null default '',
    status               text        not null check (status in ('ACTIVE', 'SUSPENDED', 'WITHDRAWN', 'EXPIRED')),
    status_since         date        not null,
    created_at           timestamptz not null,
    updated_at           timestamptz not null
);
create unique index certificate_body_number_uq on certification.certificate (body_id, lower(certificate_number));
create index certificate_company_idx on certification.certificate (company_id);

-- Every status a certificate had and since when, so "as of a date" questions have exact answers.
create table certification.certificate_status_history (
    certificate_id uuid not null references certification.certificate (id) on delete cascade,
    status         text not null,
    effective_on   date not null,
    recorded_at    timestamptz not null
);
create index certificate_status_history_idx on certification.certificate_status_history (certificate_id, effective_on);

create table certification.audit_record (
    id             uuid primary key,
    certificate_id uuid not null references certification.certificate (id) on delete cascade,
    audit_type     text not null check (audit_type in ('STAGE_1', 'STAGE_2', 'SURVEILLANCE_1', 'SURVEILLANCE_2', 'RECERTIFICATION')),
    audit_date     date not null,
    outcome        text not null,
    unique (certificate_id, audit_type)
);

create table certification.nonconformity (
    id                uuid primary key,
    audit_id          uuid not null references certification.audit_record (id) on delete cascade,
    grade             text not null check (grade in ('MAJOR', 'MINOR')),
    description       text not null,
    corrective_action text not null,
    closed_on         date
);
create index nonconformity_audit_idx on certification.nonconformity (audit_id);

-- What the daily cycle already did for a certificate, so each warning, mark and lapse happens once.
create table certification.cycle_mark (
    certificate_id uuid not null references certification.certificate (id) on delete cascade,
    mark           text not null,
    reference_date date not null,
    recorded_on    date not null,
    primary key (certificate_id, mark, reference_date)
);

-- A company's application for certification, and then the certification it became (same id).
create table certification.application (
    id                 uuid primary key,
    version            bigint      not null,
    company_id         uuid        not null,
    certificate_id     uuid        not null references certification.certificate (id),
    status             text        not null check (status in ('DRAFT', 'SUBMITTED', 'INFORMATION_REQUESTED',
                                                              'CERTIFIED', 'REFUSED', 'LAPSED')),
    contact_email      text        not null,
    contact_language   text        not null,
    created_at         timestamptz not null,
    submitted_at       timestamptz,
    decided_on         date,
    decision_reference text,
    decision_reasons   text,
    confirmed_checks   text[]      not null default '{}',
    lapsed_on          date,
    lapse_reason       text
);
create index application_company_idx on certification.application (company_id);
create index application_certificate_idx on certification.application (certificate_id);

create table certification.application_document (
    id             uuid primary key,
    application_id uuid        not null references certification.application (id) on delete cascade,
    kind           text        not null,
    annex_b_item   int,
    file_name      text        not null,
    content_type   text        not null,
    size_bytes     bigint      not null,
    content        bytea       not null,
    uploaded_at    timestamptz not null
);
create index application_document_application_idx on certification.application_document (application_id);

-- Each redaction in an audit report, with the company's written justification.
create table certification.redaction (
    document_id   uuid not null references certification.application_document (id) on delete cascade,
    position      int  not null,
    location      text not null,
    justification text not null,
    primary key (document_id, position)
);

-- Information requests from the secretariat and the company's answers, in order.
create table certification.application_message (
    id             uuid primary key,
    application_id uuid        not null references certification.application (id) on delete cascade,
    author         text        not null check (author in ('SECRETARIAT', 'COMPANY')),
    body           text        not null,
    written_at     timestamptz not null
);
create index application_message_application_idx on certification.application_message (application_id, written_at);
