-- Sessions are named after the user's e-mail address, which may have up to 320 characters.
alter table spring_session alter column principal_name type varchar(320);
