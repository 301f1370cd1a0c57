-- What a user chooses about themself beyond their name: how to address them, and which
-- e-mails they want.
alter table users
  add column civility varchar(10) check (civility in ('MADAME', 'MONSIEUR')),
  add column notify_own_requests boolean not null default true,
  add column notify_organization_requests boolean not null default false,
  add column notify_service_status boolean not null default true;

-- The account rules an administrator chooses in the admin area. No row: the defaults
-- from guichet.account.* apply.
create table account_settings (
  account_settings_id smallint primary key check (account_settings_id = 1),
  password_policy varchar(20) not null check (password_policy in ('STANDARD', 'CEGIDLIFE')),
  password_max_age_days int check (password_max_age_days between 1 and 3650),
  two_factor_required_for_staff boolean not null,
  updated_at timestamptz not null,
  updated_by uuid references users (user_id) on delete set null
);
