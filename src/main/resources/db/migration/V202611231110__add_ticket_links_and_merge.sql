-- Tickets an agent links ("demandes liées"), and the duplicate merged into another: the
-- duplicate is closed as MERGED and points to the ticket that carries on.
alter table tickets drop constraint tickets_closure_check;
alter table tickets add constraint tickets_closure_check
  check (closure in ('ACCEPTED', 'AUTOMATIC', 'BEFORE_INTERVENTION', 'MERGED'));

create table ticket_links (
  ticket_id uuid not null references tickets (ticket_id) on delete cascade,
  linked_id uuid not null references tickets (ticket_id) on delete cascade,
  kind varchar(10) not null check (kind in ('RELATED', 'MERGED')),
  created_by uuid references users (user_id),
  created_at timestamptz not null,
  primary key (ticket_id, linked_id),
  check (ticket_id <> linked_id)
);

create index ticket_links_linked_ix on ticket_links (linked_id);
