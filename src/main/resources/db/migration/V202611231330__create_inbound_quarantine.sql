-- Inbound e-mails that could not go to a ticket by themselves (unknown sender, bounce,
-- auto-reply, closed ticket, too many, too large...): they wait in the desk for an agent
-- to attach them to a ticket, create one, or discard them. The message itself is in the
-- file store.
create table inbound_quarantine (
  quarantine_id uuid primary key,
  received_at timestamptz not null,
  sender varchar(320),
  subject varchar(300) not null,
  preview varchar(1000) not null,
  reason varchar(100) not null,
  detail varchar(300),
  message_sha256 varchar(64) not null,
  message_size bigint not null,
  state varchar(10) not null check (state in ('WAITING', 'ATTACHED', 'CREATED', 'DISCARDED')),
  ticket_number varchar(40),
  handled_by uuid references users (user_id),
  handled_at timestamptz,
  version bigint not null default 0
);

create index inbound_quarantine_waiting_ix on inbound_quarantine (received_at desc, quarantine_id desc)
  where state = 'WAITING';

