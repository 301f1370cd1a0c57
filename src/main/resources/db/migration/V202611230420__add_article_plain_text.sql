-- The text of each message without its markup, for searching: the stored HTML escapes
-- apostrophes and "@", and its tags would match words such as "strong".
alter table ticket_articles add column plain_text text;

update ticket_articles
set plain_text = regexp_replace(regexp_replace(body, '<[^>]*>', ' ', 'g'), '&#(39|64|34|43|61);|&amp;|&lt;|&gt;|&quot;',
  '', 'g')
where kind <> 'SYSTEM';
