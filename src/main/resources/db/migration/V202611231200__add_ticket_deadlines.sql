-- What the SLA module computed for each ticket, kept on the ticket so that the desk's
-- tiles, filters and lists read it with the ticket: the due date, whether the requester
-- may see it, and where the ticket stands (ON_TIME, URGENT inside the reminder window,
-- LATE past its due date). Null until a clock exists.
alter table tickets
  add column sla_status varchar(10),
  add column sla_due_at timestamptz,
  add column sla_due_visible boolean not null default false;

-- The urgent and late tiles count open tickets only: this index holds just those, so
-- counting costs what there is to count, whatever the number of closed tickets.
create index tickets_sla_open_ix on tickets (sla_status, category_id)
  where sla_status in ('URGENT', 'LATE') and state not in ('CLOSED', 'CANCELLED');
