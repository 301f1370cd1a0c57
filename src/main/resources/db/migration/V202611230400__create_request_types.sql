-- What customers may ask for ("type de demande"), and the themes that sort the requests of
-- one type: thème → sous-thème → précision. The subject of a new request is prefilled with
-- the theme's path.
create table request_types (
  request_type_id uuid primary key,
  code varchar(40) not null,
  name varchar(200) not null,
  description varchar(1000),
  -- the desk category that handles these requests (categories and their rights come with
  -- the desk)
  category varchar(100),
  contract_required boolean not null default false,
  shows_impact boolean not null default true,
  shows_urgency boolean not null default true,
  shows_beneficiary boolean not null default false,
  shows_availability boolean not null default false,
  shows_watchers boolean not null default true,
  active boolean not null default true,
  position int not null default 0,
  version bigint not null default 0
);

create unique index request_types_code_ux on request_types (lower(code));

create table request_themes (
  theme_id uuid primary key,
  request_type_id uuid not null references request_types (request_type_id),
  parent_id uuid references request_themes (theme_id),
  name varchar(200) not null,
  depth smallint not null check (depth between 1 and 3),
  active boolean not null default true,
  position int not null default 0
);

create index request_themes_type_ix on request_themes (request_type_id, position);
create unique index request_themes_name_ux on request_themes (request_type_id, coalesce(parent_id, request_type_id), lower(name));
