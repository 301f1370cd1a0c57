-- Two categories of the same parent, top level included, do not share a name: the first
-- index compared a top-level category's name with its own id, so never with its siblings.
drop index kb_categories_name_ux;
create unique index kb_categories_name_ux on kb_categories (parent_id, lower(name)) nulls not distinct;
