-- The desk's home at a million tickets (PostgreSQL 15, warm): counting the new unassigned
-- tickets an agent may see read each of them in the table to learn its category (40 ms
-- for 3,500); counting "my open tickets" read each of them too (49 ms for 6,200); and the
-- five oldest of "my open tickets" walked the agent's closed tickets first, since the
-- index by last change holds every ticket the agent ever took (67 ms). With the category
-- in the indexes and an index of open tickets only, each reads its index alone.
drop index tickets_unassigned_new_ix;
create index tickets_unassigned_new_ix on tickets (created_at, ticket_id) include (category_id)
  where state = 'NEW' and assigned_agent_id is null;
create index tickets_agent_open_ix on tickets (assigned_agent_id, updated_at, ticket_id) include (category_id)
  where state in ('NEW', 'IN_PROGRESS', 'WAITING_FOR_REQUESTER', 'RESOLVED');
