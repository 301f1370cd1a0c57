-- How a person prefers staff to reach them; the desk's contact dialog preselects it.
alter table users add column preferred_contact varchar(10) not null default 'EMAIL'
  check (preferred_contact in ('EMAIL', 'LETTER', 'SMS', 'PHONE'));
