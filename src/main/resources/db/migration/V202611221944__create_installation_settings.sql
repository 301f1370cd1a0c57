-- The provider running this installation, and the one-time links that create its first
-- administrator on a fresh production database.
create table installation_settings (
  installation_settings_id smallint primary key check (installation_settings_id = 1),
  provider_name varchar(200) not null,
  updated_at timestamptz not null
);

create table setup_tokens (
  setup_token_id uuid primary key,
  token_hash varchar(64) not null,
  created_at timestamptz not null,
  used_at timestamptz
);

create unique index setup_tokens_hash_ux on setup_tokens (token_hash);
