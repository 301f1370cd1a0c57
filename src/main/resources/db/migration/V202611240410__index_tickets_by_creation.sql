-- The desk's newest tickets first, with or without words: a walk of this index, checking
-- each ticket's category and words, stops after a page (or, for a ranked search, the
-- newest 300 matches) instead of sorting every match.
create index tickets_created_ix on tickets (created_at desc, ticket_id desc);
