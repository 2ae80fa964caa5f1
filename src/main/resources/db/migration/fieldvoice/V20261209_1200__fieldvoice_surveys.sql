-- Worker-voice surveys: a survey's versions (the questions and their texts per language, frozen once a round opens),
-- the audio recordings read aloud for each question and option, the rounds that target companies and countries,
-- one distribution point (unguessable token) per company and country, and the anonymous responses. No column holds
-- a name, a network address, a user agent or the device cookie: a response knows only its round and point.
create table fieldvoice.survey (
    id         uuid primary key,
    title      text        not null,
    created_at timestamptz not null
);

create table fieldvoice.survey_version (
    id         uuid primary key,
    survey_id  uuid        not null references fieldvoice.survey (id),
    number     int         not null,
    definition jsonb       not null,
    frozen_at  timestamptz,
    version    bigint      not null default 0,
    unique (survey_id, number)
);

create table fieldvoice.survey_audio (
    version_id uuid  not null references fieldvoice.survey_version (id),
    target     text  not null,
    language   text  not null check (language in ('en', 'fr', 'es', 'ar')),
    media_type text  not null,
    content    bytea not null,
    primary key (version_id, target, language)
);

create table fieldvoice.survey_round (
    id         uuid primary key,
    version_id uuid        not null references fieldvoice.survey_version (id),
    name       text        not null,
    status     text        not null check (status in ('DRAFT', 'OPEN', 'CLOSED')),
    opens_at   timestamptz not null,
    closes_at  timestamptz not null,
    version    bigint      not null default 0,
    check (closes_at > opens_at)
);

create table fieldvoice.distribution_point (
    token        text primary key,
    round_id     uuid not null references fieldvoice.survey_round (id),
    company_id   uuid not null,
    company_name text not null,
    country      text not null,
    language     text not null check (language in ('en', 'fr', 'es', 'ar')),
    unique (round_id, company_id, country)
);

-- The day only, not the time: a time of answer could be matched against a network log.
create table fieldvoice.survey_response (
    id          uuid primary key,
    round_id    uuid not null references fieldvoice.survey_round (id),
    token       text not null references fieldvoice.distribution_point (token),
    answered_on date not null
);

create index survey_response_by_round on fieldvoice.survey_response (round_id);

-- A choice is kept in clear (it is counted); free text is sealed at rest and read by the secretariat only.
create table fieldvoice.survey_answer (
    response_id uuid not null references fieldvoice.survey_response (id),
    question    text not null,
    choice      text,
    sealed_text bytea,
    primary key (response_id, question),
    check ((choice is null) <> (sealed_text is null))
);

insert into identity.role_permission (role, permission) values
    ('SECRETARIAT_ADMIN', 'fieldvoice:survey-results'),
    ('SECRETARIAT_OFFICER', 'fieldvoice:survey-results'),
    ('COMPANY_REPRESENTATIVE', 'fieldvoice:company-survey-results')
on conflict do nothing;
