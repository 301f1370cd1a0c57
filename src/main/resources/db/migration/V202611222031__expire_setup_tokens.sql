-- A setup link printed in a log should not work forever.
alter table setup_tokens add column expires_at timestamptz;
update setup_tokens set expires_at = created_at + interval '24 hours';
alter table setup_tokens alter column expires_at set not null;
