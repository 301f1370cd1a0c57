-- Every e-mail is written here in the transaction of the change that caused it, then sent by
-- a job: an SMTP outage delays mail, it never loses it nor rolls a change back.
create table outbound_emails (
  outbound_email_id uuid primary key,
  recipient varchar(320) not null,
  subject varchar(300) not null,
  text_body text not null,
  html_body text not null,
  template varchar(100) not null,
  language varchar(8) not null,
  state varchar(10) not null check (state in ('PENDING', 'SENT', 'FAILED')),
  attempts int not null default 0,
  next_attempt_at timestamptz,
  last_error varchar(1000),
  created_at timestamptz not null,
  sent_at timestamptz,
  version bigint not null default 0
);

-- The sender's query: due messages, oldest first.
create index outbound_emails_due_ix on outbound_emails (next_attempt_at) where state = 'PENDING';
-- The admin list: newest first, optionally by state.
create index outbound_emails_created_ix on outbound_emails (created_at desc, outbound_email_id desc);
create index outbound_emails_state_created_ix on outbound_emails (state, created_at desc, outbound_email_id desc);
