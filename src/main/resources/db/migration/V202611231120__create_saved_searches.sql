-- A staff member's saved desk searches ("mes files"), listed in their menu.
create table desk_saved_searches (
  search_id uuid primary key,
  user_id uuid not null references users (user_id) on delete cascade,
  name varchar(100) not null,
  query varchar(2000) not null,
  created_at timestamptz not null
);

create unique index desk_saved_searches_name_ux on desk_saved_searches (user_id, lower(name));
