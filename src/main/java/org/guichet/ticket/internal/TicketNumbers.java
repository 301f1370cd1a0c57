package org.guichet.ticket.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.guichet.shared.GuichetProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives tickets their numbers: the prefix, the year (in the installation's time zone)
 * when numbering starts again each year, and a counter of six digits or more. The counter
 * is one row per scope, incremented in the transaction that files the ticket, so numbers
 * are unique on any number of nodes and a ticket that is not saved gives its number back.
 */
@Component
public class TicketNumbers {

	private final JdbcClient jdbc;

	private final TicketProperties properties;

	private final GuichetProperties guichet;

	private final Clock clock;

	TicketNumbers(JdbcClient jdbc, TicketProperties properties, GuichetProperties guichet, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.guichet = guichet;
		this.clock = clock;
	}

	/**
	 * @return the next number, taken in the caller's transaction
	 */
	@Transactional
	public String next() {
		String scope = this.properties.numberPrefix();
		if (this.properties.numberPerYear()) {
			scope += "-" + LocalDate.now(this.clock.withZone(this.guichet.timeZone())).getYear();
		}
		long value = this.jdbc.sql("""
				insert into ticket_number_counters (scope, last_value) values (:scope, 1)
				on conflict (scope) do update set last_value = ticket_number_counters.last_value + 1
				returning last_value""").param("scope", scope).query(Long.class).single();
		return scope + "-" + String.format("%06d", value);
	}

}
