-- Where a public message came from: the portal or the desk (empty), or e-mail.
alter table ticket_articles add column channel varchar(10);
