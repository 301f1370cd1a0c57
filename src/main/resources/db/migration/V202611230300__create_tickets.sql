-- Support requests. Their articles, attachments, request types and surveys come with the
-- pages that use them.
create table tickets (
  ticket_id uuid primary key,
  number varchar(40) not null unique,
  organization_id uuid not null references organizations (organization_id),
  requester_id uuid not null references users (user_id),
  subject varchar(300) not null,
  state varchar(30) not null
    check (state in ('NEW', 'IN_PROGRESS', 'WAITING_FOR_REQUESTER', 'RESOLVED', 'CLOSED', 'CANCELLED')),
  impact varchar(20) not null check (impact in ('MINOR', 'PARTIAL', 'LEGAL_DEADLINE', 'BLOCKING')),
  urgency varchar(10) not null check (urgency in ('LOW', 'MEDIUM', 'HIGH')),
  priority varchar(10) not null check (priority in ('LOW', 'NORMAL', 'HIGH', 'CRITICAL')),
  assigned_agent_id uuid references users (user_id),
  closure varchar(30) check (closure in ('ACCEPTED', 'AUTOMATIC', 'BEFORE_INTERVENTION')),
  reason varchar(2000),
  created_at timestamptz not null,
  updated_at timestamptz not null,
  resolved_at timestamptz,
  closed_at timestamptz,
  version bigint not null default 0
);

-- An organization's list, newest first, a page at a time.
create index tickets_organization_ix on tickets (organization_id, created_at desc, ticket_id);

-- The last number given in each scope ("DI-2026", or "DI" when numbers run across years).
create table ticket_number_counters (
  scope varchar(40) primary key,
  last_value bigint not null
);
