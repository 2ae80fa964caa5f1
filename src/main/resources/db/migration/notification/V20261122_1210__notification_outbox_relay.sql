-- The relay claims a message (SENDING, claimed_at) in a committed step before sending it; a claim older than the
-- relay's timeout means the sender died mid-way, and the message is sent again with the same Message-ID.
alter table notification.outbox_message add column claimed_at timestamptz;

create index outbox_message_claimed_idx on notification.outbox_message (claimed_at) where status = 'SENDING';
create index outbox_message_created_idx on notification.outbox_message (created_at);
