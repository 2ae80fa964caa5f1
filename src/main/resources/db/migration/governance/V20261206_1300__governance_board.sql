-- The Board: its seats per pillar with their current holder and term, and its resolutions with each director's vote.
create schema if not exists governance;

create table governance.seat (
    id              uuid primary key,
    pillar          text    not null check (pillar in ('COMPANY', 'CIVIL_SOCIETY', 'STATE')),
    position        int     not null check (position > 0),
    holder_user_id  uuid,
    holder_name     text,
    organisation_id uuid,
    term_start      date,
    term_end        date,
    chair           boolean not null default false,
    version         bigint  not null default 0,
    unique (pillar, position),
    check ((holder_user_id is null) = (term_start is null)),
    check (term_end is null or term_start < term_end)
);

create unique index seat_one_chair on governance.seat (chair) where chair;

create table governance.resolution (
    id               uuid primary key,
    reference        text        not null unique,
    title            text        not null,
    text             text        not null,
    matter           text        not null,
    matter_id        uuid,
    opens_at         timestamptz not null,
    closes_at        timestamptz not null check (closes_at > opens_at),
    quorum           int         not null check (quorum > 0),
    majority         text        not null,
    status           text        not null check (status in ('OPEN', 'CARRIED', 'FAILED')),
    decided_on       date,
    drafted_by       uuid,
    drafted_at       timestamptz not null,
    version          bigint      not null default 0
);

create index resolution_status on governance.resolution (status, closes_at);

-- The directors entitled to vote, fixed when the resolution was drafted, with their vote or recusal.
create table governance.resolution_director (
    resolution_id   uuid not null references governance.resolution (id),
    user_id         uuid not null,
    name            text not null,
    organisation_id uuid not null,
    pillar          text not null,
    choice          text check (choice in ('FOR', 'AGAINST', 'ABSTAIN')),
    recused         boolean not null default false,
    recusal_reason  text,
    voted_at        timestamptz,
    primary key (resolution_id, user_id),
    check (not (recused and choice is not null))
);
