package org.guichet.ticket.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.guichet.shared.GuichetProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives tickets their numbers: the prefix, the year (in the installation's time zone)
 * when numbering starts again each year, and a counter of six digits or more. The counter
 * is one row per scope, so numbers are unique on any number of nodes.
 * <p>
 * The counter is incremented in a transaction of its own, committed at once: incremented
 * in the filing transaction, its row stayed locked while the ticket, its message, its
 * search document, its clock and its mails were written, and every other filing waited (a
 * quarter of a second each at 100 filings a second on the benchmark's machine). The
 * price: a filing that fails after taking its number leaves a gap. That commit does not
 * wait for the disk ({@code synchronous_commit = off}): the ticket's own commit, which
 * does, writes the counter's change to disk before it, so no number is ever given twice.
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
	 * @return the next number, taken and committed in a transaction of its own
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public String next() {
		this.jdbc.sql("set local synchronous_commit = off").update();
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
