create table organizations (
  organization_id uuid primary key,
  name varchar(200) not null,
  kind varchar(20) not null check (kind in ('COMPANY', 'PUBLIC_BODY', 'HOUSEHOLD')),
  customer_code varchar(40) not null,
  active boolean not null default true,
  created_at timestamptz not null,
  version bigint not null default 0
);

create unique index organizations_customer_code_ux on organizations (customer_code);
create index organizations_name_ix on organizations (lower(name));

create table memberships (
  membership_id uuid primary key,
  organization_id uuid not null references organizations (organization_id),
  user_id uuid not null references users (user_id),
  role varchar(20) not null check (role in ('MEMBER', 'ADMIN', 'TECHNICAL_CONTACT')),
  created_at timestamptz not null
);

create unique index memberships_organization_user_ux on memberships (organization_id, user_id);
create index memberships_user_ix on memberships (user_id);
