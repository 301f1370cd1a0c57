package org.guichet.bench;

/**
 * The desk's search documents of every ticket in one statement: what
 * {@code ticket_search_document(ticket)} (migrations V202611231010 and V202611231140)
 * computes for one ticket, for all of them at once, since the triggers that call it were
 * off while the rows were copied. Keep the two in step.
 */
final class TicketSearchDocuments {

	private TicketSearchDocuments() {
	}

	static final String SQL = """
			insert into ticket_search (ticket_id, document)
			select t.ticket_id,
			  setweight(to_tsvector('french_unaccent', coalesce(t.number, '') || ' ' || t.subject), 'A')
			  || setweight(to_tsvector('french_unaccent', left(coalesce(f.names, ''), 20000)), 'B')
			  || setweight(to_tsvector('french_unaccent', left(coalesce(a.texts, ''), 100000)), 'C')
			from tickets t
			left join (select ticket_id, string_agg(file_name || ' ' || regexp_replace(file_name, '[._-]+', ' ', 'g'),
			    ' ' order by ctid) as names
			  from ticket_attachments group by ticket_id) f on f.ticket_id = t.ticket_id
			left join (select ticket_id, string_agg(plain_text, ' ' order by position) as texts
			  from ticket_articles where kind <> 'SYSTEM' group by ticket_id) a on a.ticket_id = t.ticket_id
			""";

}
