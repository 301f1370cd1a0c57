-- A ticket's history: public messages, staff notes, and what the workflow did.
create table ticket_articles (
  article_id uuid primary key,
  ticket_id uuid not null references tickets (ticket_id),
  kind varchar(10) not null check (kind in ('PUBLIC', 'INTERNAL', 'SYSTEM')),
  author_id uuid references users (user_id),
  body text not null,
  created_at timestamptz not null,
  -- the order they were written in, even within one microsecond
  position bigint generated always as identity
);

create index ticket_articles_ticket_ix on ticket_articles (ticket_id, position);
