create table users (
  user_id uuid primary key,
  email varchar(320) not null,
  display_name varchar(200) not null,
  password_hash varchar(200),
  state varchar(20) not null check (state in ('INVITED', 'ACTIVE', 'BLOCKED')),
  staff_role varchar(20) check (staff_role in ('AGENT', 'MANAGER', 'ADMINISTRATOR')),
  preferred_language varchar(8),
  created_at timestamptz not null,
  version bigint not null default 0
);

-- One account per address, on its normalized form (the application stores it normalized).
create unique index users_email_ux on users (email);
create index users_staff_role_ix on users (staff_role) where staff_role is not null;
