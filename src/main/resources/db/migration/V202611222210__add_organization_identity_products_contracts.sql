-- "Mon établissement": how an organization is identified and reached.
alter table organizations
  add column legal_name varchar(200),
  add column siret varchar(14) check (siret ~ '^[0-9]{14}$'),
  add column street varchar(300),
  add column postcode varchar(10),
  add column city varchar(100),
  add column country varchar(2) not null default 'FR',
  add column email varchar(320),
  add column phone varchar(40),
  add column fax varchar(40),
  add column updated_at timestamptz;

create unique index organizations_siret_ux on organizations (siret) where siret is not null;

-- Staff search organizations by part of a name, a code, a SIRET or a city, without
-- accents or case; the list is ordered by the folded name (keyset pagination).
create function organization_sort_name(text) returns text
  language sql immutable parallel safe strict
  as $$ select lower(public.immutable_unaccent($1)) $$;

drop index organizations_name_ix;
create index organizations_sort_ix on organizations (organization_sort_name(name), organization_id);
create index organizations_search_trgm_ix on organizations using gin (
  organization_sort_name(name || ' ' || coalesce(legal_name, '') || ' ' || customer_code || ' '
    || coalesce(siret, '') || ' ' || coalesce(city, '')) gin_trgm_ops);

-- What the provider sells.
create table products (
  product_id uuid primary key,
  code varchar(40) not null,
  name varchar(200) not null,
  family varchar(60) not null,
  active boolean not null default true,
  created_at timestamptz not null,
  version bigint not null default 0
);

create unique index products_code_ux on products (lower(code));

-- What an organization bought. Active between its signature and end dates unless
-- suspended; the number is "Inconnu" when the provider lost it.
create table contracts (
  contract_id uuid primary key,
  organization_id uuid not null references organizations (organization_id),
  number varchar(60) not null,
  licence_number varchar(60),
  product_id uuid not null references products (product_id),
  signed_on date not null,
  ends_on date,
  suspended boolean not null default false,
  created_at timestamptz not null,
  version bigint not null default 0,
  check (ends_on is null or ends_on >= signed_on)
);

create index contracts_organization_ix on contracts (organization_id, signed_on desc);
create index contracts_product_ix on contracts (product_id);
