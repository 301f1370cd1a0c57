-- The job closing unanswered solutions reads resolved tickets only, however many are
-- closed.
create index tickets_resolved_ix on tickets (resolved_at) where state = 'RESOLVED';
