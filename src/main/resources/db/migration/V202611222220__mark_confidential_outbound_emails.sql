-- Mail that carries a link granting power over an existing account (password reset,
-- address change): administrators never read its body, and the body is erased once sent.
alter table outbound_emails add column confidential boolean not null default false;
