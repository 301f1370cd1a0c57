-- "My tickets" on the desk lists every ticket an agent holds, by last change: at a million
-- tickets an agent may hold two hundred thousand, which were all sorted for a page of 26
-- (2 to 3 s). This index gives them in order (0.3 ms).
create index tickets_agent_updated_ix on tickets (assigned_agent_id, updated_at, ticket_id)
  where assigned_agent_id is not null;
