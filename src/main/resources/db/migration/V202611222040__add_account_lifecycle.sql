-- What accounts need beyond signing in: invitation, activation, login protection.
alter table users
  add column phone varchar(40),
  add column invited_at timestamptz,
  add column activated_at timestamptz,
  add column password_changed_at timestamptz,
  add column failed_logins int not null default 0,
  add column first_failed_login_at timestamptz,
  add column locked_until timestamptz;

-- Single-use links sent by e-mail (activation, password reset). Only a hash of the token
-- is stored.
create table account_tokens (
  account_token_id uuid primary key,
  user_id uuid not null references users (user_id) on delete cascade,
  purpose varchar(20) not null check (purpose in ('ACTIVATION', 'PASSWORD_RESET')),
  token_hash varchar(64) not null,
  created_at timestamptz not null,
  expires_at timestamptz not null,
  used_at timestamptz
);

create unique index account_tokens_hash_ux on account_tokens (token_hash);
create index account_tokens_user_ix on account_tokens (user_id, purpose);

-- The audit log of security events, read by administrators.
create table security_events (
  security_event_id uuid primary key,
  occurred_at timestamptz not null,
  type varchar(40) not null,
  actor_user_id uuid,
  subject_user_id uuid,
  subject_email varchar(320),
  details varchar(500)
);

create index security_events_occurred_ix on security_events (occurred_at desc, security_event_id desc);
create index security_events_type_ix on security_events (type, occurred_at desc);
create index security_events_subject_ix on security_events (subject_user_id, occurred_at desc);
