-- Administrators search every account by part of a name or address.
create index users_email_trgm_ix on users using gin (email gin_trgm_ops);
create index users_display_name_trgm_ix on users using gin (display_name gin_trgm_ops);
