-- Staff find organizations by a member's name or address. Matched with ilike on two
-- columns, a common word scanned tens of thousands of accounts at some 2.5 µs each
-- before finding enough (over 100 ms with 500,000 accounts, docs/performance.md). Folded
-- once per write, as organizations are, it is one plain "like" per row, and accents no
-- longer matter ("lefevre" finds Lefèvre), as in the rest of the organization search.
alter table users
  add column search_text text generated always as (lower(public.immutable_unaccent(display_name || ' '
    || email))) stored;

create index users_search_trgm_ix on users using gin (search_text gin_trgm_ops);

analyze users;
