-- What the requester says about a ticket beyond its subject: what kind of request it is,
-- for which product and person, how to reach them; and where it came from.
alter table tickets
  add column request_type_id uuid references request_types (request_type_id),
  add column theme_id uuid references request_themes (theme_id),
  -- the theme's path when the ticket was filed, as the requester saw it
  add column theme_path varchar(620),
  add column category varchar(100),
  add column product_id uuid references products (product_id),
  add column contract_id uuid references contracts (contract_id),
  add column beneficiary_id uuid references users (user_id),
  add column phone varchar(40),
  add column availability varchar(300),
  add column location varchar(300),
  add column channel varchar(10) not null default 'PORTAL' check (channel in ('PORTAL', 'DESK', 'EMAIL', 'API'));

-- The dashboard's tiles: one organization's tickets in each state.
create index tickets_organization_state_ix on tickets (organization_id, state);

-- People who get the ticket's e-mails without being members ("e-mails de suivi").
create table ticket_watchers (
  ticket_id uuid not null references tickets (ticket_id),
  email varchar(320) not null,
  added_at timestamptz not null,
  primary key (ticket_id, email)
);

-- The requester's answer to the satisfaction questionnaire, given when they accept the
-- solution.
create table ticket_surveys (
  ticket_id uuid primary key references tickets (ticket_id),
  respondent_id uuid not null references users (user_id),
  score smallint not null check (score between 0 and 10),
  delay varchar(20) check (delay in ('VERY_SATISFIED', 'SATISFIED', 'UNSATISFIED')),
  follow_up varchar(20) check (follow_up in ('VERY_SATISFIED', 'SATISFIED', 'UNSATISFIED')),
  solution varchar(20) check (solution in ('VERY_SATISFIED', 'SATISFIED', 'UNSATISFIED')),
  regulatory varchar(20) check (regulatory in ('VERY_SATISFIED', 'SATISFIED', 'UNSATISFIED')),
  technical varchar(20) check (technical in ('VERY_SATISFIED', 'SATISFIED', 'UNSATISFIED')),
  human varchar(20) check (human in ('VERY_SATISFIED', 'SATISFIED', 'UNSATISFIED')),
  comment varchar(4000),
  answered_at timestamptz not null
);
