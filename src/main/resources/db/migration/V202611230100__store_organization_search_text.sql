-- The staff search of organizations folded the name (and the searched text) with
-- unaccent() for every row it looked at: as a filter while walking the name order, and to
-- recheck every trigram match. With 100,000 organizations a common word took 0.3 to 0.8 s
-- (docs/performance.md). Stored, both are folded once per write.
alter table organizations
  add column sort_name text generated always as (organization_sort_name(name)) stored,
  add column search_text text generated always as (organization_sort_name(name || ' '
    || coalesce(legal_name, '') || ' ' || customer_code || ' ' || coalesce(siret, '') || ' '
    || coalesce(city, ''))) stored;

-- The name order carries what the search filters on, so that a page of a common word is
-- found by an index-only scan in name order without visiting the table.
drop index organizations_sort_ix;
create index organizations_sort_ix on organizations (sort_name, organization_id)
  include (search_text, kind, active);

drop index organizations_search_trgm_ix;
create index organizations_search_trgm_ix on organizations using gin (search_text gin_trgm_ops);
