-- Suggestions while a request is typed match its words against titles and summaries only:
-- a small vector, quick to rank, rather than whole bodies and attachments, whose any-word
-- matches are many and large to read.
alter table kb_articles add column headline_document tsvector generated always as (
  setweight(to_tsvector('french_unaccent', title), 'A')
  || setweight(to_tsvector('french_unaccent', summary), 'B')) stored;

create index kb_articles_headline_document_ix on kb_articles using gin (headline_document);
