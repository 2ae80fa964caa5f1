-- Personnel enrolled by their company, without an e-mail account. The big tables keep organisation_id first in
-- their primary keys, so that they can be distributed by it (Citus) without a redesign.
create table training.learner (
    organisation_id  uuid not null,
    learner_id       uuid not null,
    full_name        text not null,
    personnel_number text not null,
    phone            text,
    language         text not null,
    enrolled_at      timestamptz not null,
    primary key (organisation_id, learner_id),
    unique (organisation_id, personnel_number)
);

-- The short code a company hands to a person (on a card, as a QR code). Only its SHA-256 is kept.
create table training.access_code (
    code_hash        bytea primary key,
    organisation_id  uuid not null,
    learner_id       uuid not null,
    expires_on       date not null,
    foreign key (organisation_id, learner_id) references training.learner on delete cascade
);
create index access_code_learner on training.access_code (organisation_id, learner_id);

create table training.lesson_seen (
    organisation_id  uuid not null,
    learner_id       uuid not null,
    course_id        uuid not null,
    course_version   int not null,
    lesson_id        uuid not null,
    seen_at          timestamptz not null,
    primary key (organisation_id, learner_id, course_id, course_version, lesson_id)
);

create table training.attempt (
    organisation_id  uuid not null,
    attempt_id       uuid not null,
    learner_id       uuid not null,
    course_id        uuid not null,
    course_version   int not null,
    question_ids     text not null,
    started_at       timestamptz not null,
    score            int,
    passed           boolean,
    closed_at        timestamptz,
    primary key (organisation_id, attempt_id)
);
create index attempt_learner on training.attempt (organisation_id, learner_id, course_id, course_version);

create table training.completion (
    organisation_id  uuid not null,
    completion_id    uuid not null,
    learner_id       uuid not null,
    course_id        uuid not null,
    course_version   int not null,
    language         text not null,
    score            int not null,
    completed_on     date not null,
    expires_on       date,
    credential       text not null,
    revoked_on       date,
    revocation_reason text,
    primary key (organisation_id, completion_id),
    unique (organisation_id, learner_id, course_id, course_version)
);

-- Credentials are verified by their id alone (the QR code carries no company key), so revocations are looked up here.
create table training.credential_status (
    completion_id    uuid primary key,
    organisation_id  uuid not null,
    revoked_on       date
);

-- Coverage is kept as aggregates updated at enrolment and completion, never computed by scanning completions.
create table training.personnel_count (
    organisation_id  uuid primary key,
    personnel        bigint not null
);

create table training.coverage (
    organisation_id  uuid not null,
    course_id        uuid not null,
    language         text not null,
    trained          bigint not null,
    primary key (organisation_id, course_id, language)
);

create table training.signing_key (
    key_id       text primary key,
    public_key   bytea not null,
    private_key  bytea not null,
    created_at   timestamptz not null
);

insert into identity.role_permission (role, permission) values
    ('SECRETARIAT_ADMIN', 'training:manage'),
    ('SECRETARIAT_OFFICER', 'training:manage'),
    ('COMPANY_REPRESENTATIVE', 'training:enrol')
on conflict do nothing;
