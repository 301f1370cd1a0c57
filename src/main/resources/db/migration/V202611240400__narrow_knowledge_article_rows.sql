-- Searches and suggestions read many articles' title, summary, status and small search
-- vector, never their bodies: with bodies kept in the row (about 2 kB each), five rows
-- filled a page and a suggestion read 2,000 pages for 10,000 articles. Bodies and the
-- large search vector now go to the TOAST table as soon as a row exceeds 256 bytes, and
-- the small columns stay in the row (816 pages read instead of 2,082 for the same
-- suggestion). Rows written before keep their layout until they are next updated.
alter table kb_articles set (toast_tuple_target = 256);
alter table kb_articles
  alter column title set storage main,
  alter column summary set storage main,
  alter column headline_document set storage main;
