-- Files attached to a ticket's messages; their bytes are in the file store, named by
-- their SHA-256, and shared by every attachment with the same content.
create table ticket_attachments (
  attachment_id uuid primary key,
  ticket_id uuid not null references tickets (ticket_id),
  article_id uuid not null references ticket_articles (article_id),
  file_name varchar(255) not null,
  media_type varchar(100) not null,
  size bigint not null,
  sha256 varchar(64) not null,
  created_at timestamptz not null
);

create index ticket_attachments_ticket_ix on ticket_attachments (ticket_id);
