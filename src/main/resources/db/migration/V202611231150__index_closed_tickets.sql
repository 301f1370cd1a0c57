-- The desk's "last closed" list for administrators, who see every category: the newest
-- closings first, from an index rather than a sort of every closed ticket.
create index tickets_closed_ix on tickets (closed_at desc, ticket_id) where state = 'CLOSED';
