-- "Courriers types": letters and e-mails written to requesters from the desk, with
-- variables (#{RQ_ID}, #{RR_LNAME}…) replaced by the ticket's values.
create table letter_templates (
  template_id uuid primary key,
  short_label varchar(40) not null,
  label varchar(200) not null,
  layout varchar(20) not null check (layout in ('LETTERHEAD', 'PLAIN')),
  body text not null,
  active boolean not null default true,
  version bigint not null default 0
);

create unique index letter_templates_short_label_ux on letter_templates (lower(short_label));

-- "Réponses types": texts an agent inserts in a reply, with the same variables.
create table canned_replies (
  reply_id uuid primary key,
  label varchar(200) not null,
  body text not null,
  active boolean not null default true,
  version bigint not null default 0
);

create unique index canned_replies_label_ux on canned_replies (lower(label));

-- Text messages written to requesters. The default provider records them here without
-- sending; a real provider sends them and records them too.
create table sms_messages (
  sms_id uuid primary key,
  ticket_number varchar(40) not null,
  recipient varchar(40) not null,
  body varchar(1600) not null,
  provider varchar(40) not null,
  recorded_at timestamptz not null
);

create index sms_messages_ticket_ix on sms_messages (ticket_number, recorded_at);
