-- Households ("comptes foyers"): an organization of kind HOUSEHOLD, its account state, and
-- the people in it. A household's number is its customer code.
create table households (
  organization_id uuid primary key references organizations (organization_id),
  state varchar(10) not null check (state in ('PENDING', 'VALID', 'INVALID', 'ARCHIVED')),
  state_changed_at timestamptz not null
);

insert into households (organization_id, state, state_changed_at)
select organization_id, 'VALID', created_at from organizations where kind = 'HOUSEHOLD';

create table individuals (
  individual_id uuid primary key,
  organization_id uuid not null references households (organization_id),
  kind varchar(5) not null check (kind in ('ADULT', 'CHILD')),
  civility varchar(10) check (civility in ('MADAME', 'MONSIEUR')),
  first_name varchar(100) not null,
  last_name varchar(100) not null,
  birth_date date,
  user_id uuid references users (user_id),
  responsible boolean not null default false,
  created_at timestamptz not null,
  check (not responsible or kind = 'ADULT')
);

create index individuals_household_ix on individuals (organization_id);
create unique index individuals_one_responsible_ux on individuals (organization_id) where responsible;
create unique index individuals_user_ux on individuals (organization_id, user_id) where user_id is not null;
-- Staff find people by last name, first name or both, accents and case ignored.
create index individuals_name_trgm_ix on individuals using gin (
  organization_sort_name(last_name || ' ' || first_name) gin_trgm_ops);

-- New household numbers: F-3000, F-3001…
create sequence household_number_seq start with 3000;

-- Staff allowed to act for a household at the counter ("mode guichet").
alter table users add column counter_mode boolean not null default false;

-- What was done for an organization (counter mode) names it beside the actor.
alter table security_events add column organization_id uuid;
create index security_events_organization_ix on security_events (organization_id, occurred_at desc)
  where organization_id is not null;
