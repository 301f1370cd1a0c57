-- The desk's free-text search: one document per ticket made of its subject (weight A),
-- its attachments' names, whole and cut at dots, dashes and underscores (B) and every article, notes included (C, its first 100,000
-- characters), in French without accents. Triggers keep it as tickets, articles and attachments are written, whoever
-- writes them.
create table ticket_search (
  ticket_id uuid primary key references tickets (ticket_id) on delete cascade,
  document tsvector not null
);

create index ticket_search_document_ix on ticket_search using gin (document);

create function ticket_search_document(ticket uuid) returns tsvector
  language sql stable
  as $$
    select setweight(to_tsvector('french_unaccent', coalesce(t.number, '') || ' ' || t.subject), 'A')
      || setweight(to_tsvector('french_unaccent', coalesce((select string_agg(f.file_name || ' ' || regexp_replace(f.file_name, '[._-]+', ' ', 'g'), ' ')
           from ticket_attachments f where f.ticket_id = t.ticket_id), '')), 'B')
      || setweight(to_tsvector('french_unaccent', left(coalesce((select string_agg(a.plain_text, ' ' order by a.position)
           from ticket_articles a where a.ticket_id = t.ticket_id and a.kind <> 'SYSTEM'), ''), 100000)), 'C')
    from tickets t where t.ticket_id = ticket
  $$;

create function ticket_search_refresh() returns trigger
  language plpgsql
  as $$
  declare
    target uuid := case when tg_op = 'DELETE' then old.ticket_id else new.ticket_id end;
  begin
    insert into ticket_search (ticket_id, document)
    values (target, ticket_search_document(target))
    on conflict (ticket_id) do update set document = excluded.document;
    return null;
  end
  $$;

create trigger ticket_search_ticket_trg
  after insert or update of subject on tickets
  for each row execute function ticket_search_refresh();

create trigger ticket_search_article_trg
  after insert or update of plain_text on ticket_articles
  for each row execute function ticket_search_refresh();

create trigger ticket_search_attachment_trg
  after insert or delete on ticket_attachments
  for each row execute function ticket_search_refresh();

insert into ticket_search (ticket_id, document)
select ticket_id, ticket_search_document(ticket_id) from tickets;

-- Who is working on a ticket in the desk ("verrou"): one row per locked ticket, taken and
-- renewed by a single statement so that two nodes cannot both hold it. A lock whose time
-- has passed is free.
create table ticket_locks (
  ticket_id uuid primary key references tickets (ticket_id) on delete cascade,
  holder_id uuid not null references users (user_id),
  taken_at timestamptz not null,
  expires_at timestamptz not null
);
