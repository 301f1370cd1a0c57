-- What staff members are told in the application (the bell), one row per recipient. Texts
-- are message keys with their arguments (as text), rendered in the reader's language.
create table staff_notices (
  staff_notice_id uuid primary key,
  recipient_id uuid not null references users (user_id),
  kind varchar(30) not null check (kind in ('NEW_TICKET', 'SLA_REMINDER', 'SLA_BREACH', 'INBOUND_QUARANTINE')),
  title_key varchar(200) not null,
  title_arguments text[] not null,
  reason_key varchar(200) not null,
  reason_arguments text[] not null,
  link varchar(500) not null,
  -- one entry per line of the notice, the same length: what it says and where it leads
  line_texts text[] not null,
  line_links text[] not null,
  created_at timestamptz not null,
  read_at timestamptz
);

-- The bell's count on every page: a user's unread notices only.
create index staff_notices_unread_ix on staff_notices (recipient_id, created_at desc) where read_at is null;
-- The list: a user's notices, newest first, keyset-paged.
create index staff_notices_recipient_ix on staff_notices (recipient_id, created_at desc, staff_notice_id desc);

-- Which notices reach a user by e-mail and in the application, per kind. No row: the
-- defaults of NoticeKind (StaffNotificationService).
create table notification_preferences (
  user_id uuid not null references users (user_id),
  kind varchar(30) not null check (kind in ('NEW_TICKET', 'SLA_REMINDER', 'SLA_BREACH', 'INBOUND_QUARANTINE')),
  by_mail boolean not null,
  in_app boolean not null,
  primary key (user_id, kind)
);

-- The link "stop these e-mails" of each notice e-mail, usable without signing in: only the
-- SHA-256 of its random token is kept.
create table notification_unsubscribe_tokens (
  token_hash char(64) primary key,
  user_id uuid not null references users (user_id),
  kind varchar(30) not null,
  created_at timestamptz not null
);

create index notification_unsubscribe_tokens_user_ix on notification_unsubscribe_tokens (user_id);
