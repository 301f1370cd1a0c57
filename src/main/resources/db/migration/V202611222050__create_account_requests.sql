-- "Demande de compte": people without an account ask for one; the provider's staff approve
-- (an invitation into an organization follows) or refuse with a reason.
create table account_requests (
  account_request_id uuid primary key,
  last_name varchar(100) not null,
  first_name varchar(100) not null,
  phone varchar(40),
  email varchar(320) not null,
  organization_name varchar(200) not null,
  customer_code varchar(40),
  message varchar(2000),
  language varchar(8) not null,
  state varchar(10) not null check (state in ('PENDING', 'APPROVED', 'REFUSED')),
  created_at timestamptz not null,
  handled_at timestamptz,
  handled_by uuid references users (user_id),
  refusal_reason varchar(1000),
  organization_id uuid,
  version bigint not null default 0
);

create index account_requests_pending_ix on account_requests (created_at) where state = 'PENDING';
create index account_requests_created_ix on account_requests (created_at desc);
