-- The attachments' names are capped like the articles' text, so that a ticket with very
-- many files cannot make its search document exceed PostgreSQL's 1 MB for a tsvector
-- (every later write on the ticket would then fail).
create or replace function ticket_search_document(ticket uuid) returns tsvector
  language sql stable
  as $$
    select setweight(to_tsvector('french_unaccent', coalesce(t.number, '') || ' ' || t.subject), 'A')
      || setweight(to_tsvector('french_unaccent', left(coalesce((select string_agg(f.file_name || ' '
           || regexp_replace(f.file_name, '[._-]+', ' ', 'g'), ' ')
           from ticket_attachments f where f.ticket_id = t.ticket_id), ''), 20000)), 'B')
      || setweight(to_tsvector('french_unaccent', left(coalesce((select string_agg(a.plain_text, ' ' order by a.position)
           from ticket_articles a where a.ticket_id = t.ticket_id and a.kind <> 'SYSTEM'), ''), 100000)), 'C')
    from tickets t where t.ticket_id = ticket
  $$;
