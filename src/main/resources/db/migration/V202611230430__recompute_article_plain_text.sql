-- The first backfill of plain_text removed the entities instead of decoding them, so
-- "l'usager" or "a@b.fr" in an older message could not be found. Computed again the way
-- the application writes it: a line per paragraph, entities decoded.
update ticket_articles
set plain_text = btrim(
  replace(replace(replace(replace(replace(replace(replace(replace(replace(
    regexp_replace(regexp_replace(body, '<br\s*/?>|</p>|</li>|</div>', E'\n', 'gi'), '<[^>]*>', '', 'g'),
    '&#39;', ''''), '&#64;', '@'), '&#34;', '"'), '&#43;', '+'), '&#61;', '='), '&#160;', ' '),
    '&lt;', '<'), '&gt;', '>'), '&amp;', '&'))
where kind <> 'SYSTEM';
