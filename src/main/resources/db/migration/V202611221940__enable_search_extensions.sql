-- Full-text search used by every module that searches text (tickets, knowledge base,
-- organizations): accent-insensitive French stemming, and trigrams for typos.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

create text search configuration french_unaccent (copy = french);
alter text search configuration french_unaccent
  alter mapping for hword, hword_part, word
  with unaccent, french_stem;

-- An immutable wrapper so that unaccent() can be used in expression indexes.
create function immutable_unaccent(text) returns text
  language sql immutable parallel safe strict
  as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;
