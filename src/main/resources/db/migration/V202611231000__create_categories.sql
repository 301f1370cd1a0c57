-- The desk's categories ("catégories", "groupes"): each request type belongs to one, and
-- staff see and handle the tickets of a category through their right on it. No row in
-- category_rights is the right NONE.
create table categories (
  category_id uuid primary key,
  name varchar(100) not null,
  description varchar(500),
  active boolean not null default true,
  position int not null default 0,
  version bigint not null default 0
);

create unique index categories_name_ux on categories (lower(name));

create table category_rights (
  user_id uuid not null references users (user_id),
  category_id uuid not null references categories (category_id),
  access varchar(10) not null check (access in ('READ', 'WRITE', 'MANAGE')),
  primary key (user_id, category_id)
);

create index category_rights_category_ix on category_rights (category_id);

-- The categories typed as free text on request types and tickets become rows.
insert into categories (category_id, name, position)
select gen_random_uuid(), c.name, (row_number() over (order by lower(c.name)))::int * 10
from (
  select distinct on (lower(btrim(category))) btrim(category) as name
  from (select category from request_types union all select category from tickets) typed
  where category is not null and btrim(category) <> ''
  order by lower(btrim(category)), btrim(category)
) c;

alter table request_types add column category_id uuid references categories (category_id);
update request_types r set category_id = c.category_id
  from categories c where lower(c.name) = lower(btrim(r.category));
alter table request_types drop column category;

alter table tickets add column category_id uuid references categories (category_id);
update tickets t set category_id = c.category_id
  from categories c where lower(c.name) = lower(btrim(t.category));
alter table tickets drop column category;

-- The staff member who last acted on the ticket (reply, note, state change).
alter table tickets add column last_agent_id uuid references users (user_id);

-- The desk's tiles and lists, each read from an index bounded by what it shows rather
-- than by the size of the table: a category's tickets in one state, oldest first; an
-- agent's tickets in one state; what an agent handled last; what closed last.
create index tickets_category_state_ix on tickets (category_id, state, created_at, ticket_id);
create index tickets_agent_state_ix on tickets (assigned_agent_id, state) where assigned_agent_id is not null;
create index tickets_last_agent_ix on tickets (last_agent_id, updated_at desc) where last_agent_id is not null;
create index tickets_category_closed_ix on tickets (category_id, closed_at desc) where closed_at is not null;
-- What nobody handles yet, oldest first, and what waits for the requester, for readers
-- who see every category (administrators).
create index tickets_unassigned_new_ix on tickets (created_at, ticket_id) where state = 'NEW' and assigned_agent_id is null;
create index tickets_waiting_ix on tickets (updated_at, ticket_id) where state = 'WAITING_FOR_REQUESTER';
