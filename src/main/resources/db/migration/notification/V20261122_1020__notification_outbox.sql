create schema if not exists notification;

-- The transactional outbox: a row per message, written with the change that caused it.
create table notification.outbox_message (
    id              uuid primary key,
    recipient       text        not null,
    language        text        not null,
    template        text        not null,
    parameters      jsonb       not null default '{}',
    status          text        not null check (status in ('PENDING', 'SENDING', 'SENT', 'HELD', 'FAILED')),
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    created_at      timestamptz not null,
    sent_at         timestamptz,
    last_error      text
);
create index outbox_message_due_idx on notification.outbox_message (next_attempt_at) where status = 'PENDING';
