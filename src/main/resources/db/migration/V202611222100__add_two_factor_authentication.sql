-- Optional TOTP two-factor authentication (RFC 6238) with single-use recovery codes.
alter table users
  add column totp_secret varchar(64),
  add column totp_last_step bigint;

create table recovery_codes (
  recovery_code_id uuid primary key,
  user_id uuid not null references users (user_id) on delete cascade,
  code_hash varchar(64) not null,
  used_at timestamptz
);

create index recovery_codes_user_ix on recovery_codes (user_id);
