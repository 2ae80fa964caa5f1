-- Support requests to the secretariat with their thread and internal notes. What people write is sealed (bytea,
-- AES-256-GCM bound to the request and field); status, category, language and times are plain, for the queue.
create schema if not exists helpdesk;

create table helpdesk.support_request (
    id                uuid primary key,
    requester_id      uuid        not null,
    organisation_id   uuid        not null,
    category          text        not null check (category in ('MEMBERSHIP_BARRIER', 'CODE_REQUIREMENT',
                          'CERTIFICATION', 'SELF_ASSESSMENT', 'TRAINING', 'OTHER')),
    subject_sealed    bytea       not null,
    question_sealed   bytea       not null,
    reply_to_sealed   bytea       not null,
    language          text        not null check (language in ('EN', 'FR', 'ES', 'AR')),
    status            text        not null check (status in ('OPEN', 'WAITING_FOR_REQUESTER', 'ANSWERED', 'CLOSED')),
    assignee_id       uuid,
    asked_at          timestamptz not null,
    first_answer_due  timestamptz not null check (first_answer_due > asked_at),
    first_answered_at timestamptz,
    closed_at         timestamptz,
    version           bigint      not null default 0,
    check ((status = 'CLOSED') = (closed_at is not null))
);

create index support_request_organisation on helpdesk.support_request (organisation_id, asked_at desc);
create index support_request_queue on helpdesk.support_request (status, first_answer_due);

create table helpdesk.support_message (
    id          uuid primary key,
    request_id  uuid        not null references helpdesk.support_request (id),
    side        text        not null check (side in ('REQUESTER', 'SECRETARIAT')),
    author_id   uuid        not null,
    text_sealed bytea       not null,
    posted_at   timestamptz not null
);

create index support_message_request on helpdesk.support_message (request_id, posted_at);

create table helpdesk.internal_note (
    id          uuid primary key,
    request_id  uuid        not null references helpdesk.support_request (id),
    author_id   uuid        not null,
    text_sealed bytea       not null,
    noted_at    timestamptz not null
);

create index internal_note_request on helpdesk.internal_note (request_id, noted_at);
