-- Bulk enrolment from a personnel file: where a person works and what they do, for cards per site and coverage per
-- site and country. People enrolled one by one before this have none of these.
alter table training.learner
    add column email   text,
    add column site    text,
    add column country text,
    add column role    text;
create index learner_site on training.learner (organisation_id, site, full_name);

-- One row per accepted personnel file. A repeated API call with the same Idempotency-Key finds it and enrols nobody
-- again; the key is kept with a hash of the file, so reusing a key for another file is refused.
create table training.personnel_import (
    organisation_id  uuid not null,
    import_id        uuid not null,
    idempotency_key  text,
    file_sha256      bytea not null,
    people           int not null,
    imported_at      timestamptz not null,
    primary key (organisation_id, import_id),
    unique (organisation_id, idempotency_key)
);
