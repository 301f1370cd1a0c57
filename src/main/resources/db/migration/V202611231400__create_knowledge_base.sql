-- The knowledge base: articles numbered KB + 7 digits, in a category tree, about a product
-- (or none) and a functional domain, in French or English, for an audience (PUBLIC without
-- login, CUSTOMERS signed in, STAFF only), DRAFT / PUBLISHED / RETIRED. Each publication is
-- a version; the article row holds the latest one and its search document.
create sequence kb_article_numbers;

create table kb_categories (
  category_id uuid primary key,
  parent_id uuid references kb_categories (category_id),
  name varchar(100) not null,
  position integer not null default 0
);

create unique index kb_categories_name_ux on kb_categories (coalesce(parent_id, category_id), lower(name));

create table kb_articles (
  article_id uuid primary key,
  number varchar(9) not null unique check (number ~ '^KB[0-9]{7}$'),
  status varchar(10) not null check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
  audience varchar(10) not null check (audience in ('PUBLIC', 'CUSTOMERS', 'STAFF')),
  language varchar(2) not null check (language in ('fr', 'en')),
  category_id uuid references kb_categories (category_id),
  product_id uuid references products (product_id),
  domain varchar(100),
  title varchar(200) not null,
  summary varchar(1000) not null default '',
  body text not null default '',
  -- the body's text without tags, and the text of the PDF attachments, for search
  body_text text not null default '',
  attachment_text text not null default '',
  published_version integer not null default 0,
  author_id uuid references users (user_id),
  created_at timestamptz not null,
  updated_at timestamptz not null,
  published_at timestamptz,
  views bigint not null default 0,
  helpful_yes integer not null default 0,
  helpful_no integer not null default 0,
  rating_sum integer not null default 0,
  rating_count integer not null default 0,
  version bigint not null default 0,
  document tsvector generated always as (
    setweight(to_tsvector('french_unaccent', title), 'A')
    || setweight(to_tsvector('french_unaccent', summary), 'B')
    || setweight(to_tsvector('french_unaccent', left(body_text, 200000)), 'C')
    || setweight(to_tsvector('french_unaccent', left(attachment_text, 200000)), 'D')) stored
);

create index kb_articles_document_ix on kb_articles using gin (document);
create index kb_articles_title_trgm_ix on kb_articles using gin (lower(title) gin_trgm_ops);
create index kb_articles_published_ix on kb_articles (status, audience, language, published_at desc);
create index kb_articles_category_ix on kb_articles (category_id);
create index kb_articles_product_ix on kb_articles (product_id);

-- Every publication, readable by staff, with what it said.
create table kb_article_versions (
  article_id uuid not null references kb_articles (article_id) on delete cascade,
  version integer not null,
  title varchar(200) not null,
  summary varchar(1000) not null,
  body text not null,
  published_by uuid references users (user_id),
  published_at timestamptz not null,
  primary key (article_id, version)
);

create table kb_attachments (
  attachment_id uuid primary key,
  article_id uuid not null references kb_articles (article_id) on delete cascade,
  file_name varchar(255) not null,
  media_type varchar(100) not null,
  size bigint not null,
  sha256 varchar(64) not null,
  created_at timestamptz not null
);

create index kb_attachments_article_ix on kb_attachments (article_id);

-- "Cet article vous a-t-il été utile ?" and the stars, one row per answer.
create table kb_feedback (
  feedback_id uuid primary key,
  article_id uuid not null references kb_articles (article_id) on delete cascade,
  user_id uuid references users (user_id),
  helpful boolean,
  rating smallint check (rating between 1 and 5),
  comment varchar(1000),
  created_at timestamptz not null
);

create index kb_feedback_article_ix on kb_feedback (article_id, created_at desc);

-- Articles linked to a ticket by an agent, or suggested to the requester while filing it.
create table kb_ticket_links (
  ticket_id uuid not null references tickets (ticket_id) on delete cascade,
  article_id uuid not null references kb_articles (article_id) on delete cascade,
  kind varchar(10) not null check (kind in ('LINKED', 'SUGGESTED')),
  created_at timestamptz not null,
  primary key (ticket_id, article_id, kind)
);

create index kb_ticket_links_article_ix on kb_ticket_links (article_id);

-- What the suggestions did while filing: shown (per article), and the answer to
-- "Un article a-t-il répondu à votre question ?" (DEFLECTED with the article, CONTINUED).
create table kb_suggestion_events (
  event_id bigserial primary key,
  request_type_id uuid references request_types (request_type_id),
  article_id uuid references kb_articles (article_id) on delete cascade,
  kind varchar(10) not null check (kind in ('SHOWN', 'DEFLECTED', 'CONTINUED')),
  user_id uuid references users (user_id),
  created_at timestamptz not null
);

create index kb_suggestion_events_type_ix on kb_suggestion_events (request_type_id, kind, created_at);
create index kb_suggestion_events_article_ix on kb_suggestion_events (article_id, kind);
