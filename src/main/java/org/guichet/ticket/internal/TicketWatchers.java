package org.guichet.ticket.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.guichet.ticket.TicketId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The addresses that follow a ticket by e-mail ("e-mails de suivi"). Written with JDBC:
 * the ticket must already be in the database.
 */
@Component
class TicketWatchers {

	private final JdbcClient jdbc;

	TicketWatchers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the addresses, in the order they were added
	 */
	List<String> of(TicketId ticket) {
		return this.jdbc.sql("select email from ticket_watchers where ticket_id = ? order by added_at, email")
			.param(ticket.value())
			.query(String.class)
			.list();
	}

	void add(TicketId ticket, String address, Instant now) {
		this.jdbc
			.sql("insert into ticket_watchers (ticket_id, email, added_at) values (?, ?, ?) on conflict do nothing")
			.params(ticket.value(), address, Timestamp.from(now))
			.update();
	}

	void remove(TicketId ticket, String address) {
		this.jdbc.sql("delete from ticket_watchers where ticket_id = ? and email = ?")
			.params(ticket.value(), address)
			.update();
	}

}
