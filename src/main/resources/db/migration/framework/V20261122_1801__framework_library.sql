-- The indicator library in immutable versions: every import adds a version, and a campaign that uses one can rely
-- on it never changing.
create table framework.library_version (
    id              uuid primary key,
    number          int         not null unique,
    code_version    text        not null references framework.code_version (code),
    source          text        not null check (source in ('XLSX', 'JSON')),
    imported_at     timestamptz not null,
    imported_by     uuid
);

create table framework.questionnaire_section (
    library_id uuid  not null references framework.library_version (id) on delete cascade,
    code       text  not null,
    position   int   not null,
    title      jsonb not null,            -- {"en": "...", "fr": "..."}; English is required
    primary key (library_id, code)
);

create table framework.indicator (
    library_id     uuid    not null references framework.library_version (id) on delete cascade,
    code           text    not null,
    section_code   text    not null,
    position       int     not null,
    paragraphs     int[]   not null,
    type           text    not null check (type in ('PROCEDURAL', 'PERFORMANCE', 'OUTCOME')),
    answer_type    text    not null,
    required       boolean not null,
    min_value      bigint,
    max_value      bigint,
    condition_code  text,
    condition_value text,
    weight         int     not null check (weight between 0 and 100),
    question       jsonb   not null,
    guidance       jsonb   not null,
    evidence       jsonb   not null,
    choices        jsonb   not null default '[]',   -- [{"code", "score", "label": {...}}]
    columns        jsonb   not null default '[]',   -- [{"code", "type", "label": {...}}]
    primary key (library_id, code),
    foreign key (library_id, section_code) references framework.questionnaire_section (library_id, code)
);
create index indicator_library_position_idx on framework.indicator (library_id, position);
