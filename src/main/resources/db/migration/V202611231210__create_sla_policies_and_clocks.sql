-- Service levels: one row of installation-wide settings (the default policy and the
-- business calendar), closure days, per-request-type overrides, and each ticket's clock
-- with the history it is computed from.
create table sla_settings (
  id smallint primary key check (id = 1),
  measure varchar(20) not null,
  target_minutes integer not null check (target_minutes > 0),
  reminder_minutes integer not null check (reminder_minutes >= 0),
  first_response_minutes integer check (first_response_minutes > 0),
  shown_to_requester boolean not null,
  detailed_alerts boolean not null,
  working_days varchar(20) not null,
  opens time not null,
  closes time not null,
  zone varchar(60) not null,
  french_holidays boolean not null,
  version bigint not null default 0,
  updated_at timestamptz not null
);

insert into sla_settings (id, measure, target_minutes, reminder_minutes, first_response_minutes, shown_to_requester,
    detailed_alerts, working_days, opens, closes, zone, french_holidays, updated_at)
  values (1, 'CALENDAR_TIME', 14400, 4320, null, true, true, '1,2,3,4,5', '09:00', '18:00', 'Europe/Paris', true, now());

create table sla_closures (
  day date primary key,
  label varchar(100) not null
);

create table sla_type_policies (
  request_type_id uuid primary key references request_types (request_type_id) on delete cascade,
  measure varchar(20) not null,
  target_minutes integer not null check (target_minutes > 0),
  reminder_minutes integer not null check (reminder_minutes >= 0),
  first_response_minutes integer check (first_response_minutes > 0),
  shown_to_requester boolean not null,
  version bigint not null default 0,
  updated_at timestamptz not null
);

-- A ticket's clock: its current reading, recomputed from ticket_clock_events whenever
-- something happens to it or its policy changes. next_check_at is when its status may
-- change next while it runs (the reminder window or the due date): the job reads only
-- the clocks due for a check.
create table ticket_clocks (
  ticket_id uuid primary key references tickets (ticket_id) on delete cascade,
  request_type_id uuid,
  measure varchar(20) not null,
  target_minutes integer not null,
  reminder_minutes integer not null,
  first_response_minutes integer,
  shown_to_requester boolean not null,
  state varchar(10) not null,
  status varchar(10) not null,
  due_at timestamptz,
  first_response_due_at timestamptz,
  first_response_at timestamptz,
  next_check_at timestamptz,
  reminder_sent_at timestamptz,
  breach_sent_at timestamptz,
  updated_at timestamptz not null
);

create index ticket_clocks_check_ix on ticket_clocks (next_check_at) where state = 'RUNNING';
create index ticket_clocks_reminder_ix on ticket_clocks (ticket_id)
  where status = 'URGENT' and reminder_sent_at is null and state <> 'STOPPED';
create index ticket_clocks_breach_ix on ticket_clocks (ticket_id)
  where status = 'LATE' and breach_sent_at is null and state <> 'STOPPED';
create index ticket_clocks_type_ix on ticket_clocks (request_type_id) where state <> 'STOPPED';

-- START, PAUSE, RESUME, STOP, RESPONSE (the first answer to the requester) and TARGET
-- (the policy changed: detail says from what to what).
create table ticket_clock_events (
  event_id bigserial primary key,
  ticket_id uuid not null references tickets (ticket_id) on delete cascade,
  kind varchar(10) not null,
  at timestamptz not null,
  detail varchar(200),
  recorded_at timestamptz not null
);

create index ticket_clock_events_ticket_ix on ticket_clock_events (ticket_id, at, event_id);
