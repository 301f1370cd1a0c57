-- Headers a mail carries besides the usual ones (List-Unsubscribe of notice e-mails), one
-- "Name: value" per line; null for most mail.
alter table outbound_emails add column extra_headers text;
