-- Every message read from the support mailbox, once: its key (the Message-ID, or the
-- SHA-256 of its bytes without one) keeps a message read again (after a crash, on another
-- node) from being handled twice, and the sender's count in the last hour limits how many
-- one address may send.
create table inbound_emails (
  inbound_email_id uuid primary key,
  dedup_key varchar(300) not null,
  sender varchar(320),
  received_at timestamptz not null
);

create unique index inbound_emails_dedup_ux on inbound_emails (dedup_key);
create index inbound_emails_sender_ix on inbound_emails (sender, received_at);
create index inbound_emails_received_ix on inbound_emails (received_at);
