package org.guichet.sla.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.guichet.shared.GuichetProperties;
import org.guichet.shared.database.EmbeddedDatabase;
import org.guichet.ticket.TicketId;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once the application is ready: starts the clocks of open tickets that have none, and,
 * with the demo data, moves the demo tickets' clocks back with the tickets (the demo
 * files its tickets now, then dates them back).
 */
@Component
class SlaStartup {

	private static final Log logger = LogFactory.getLog(SlaStartup.class);

	private final SlaJob job;

	private final ClockKeeper keeper;

	private final SlaStore store;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final boolean demo;

	SlaStartup(SlaJob job, ClockKeeper keeper, SlaStore store, JdbcClient jdbc, TransactionTemplate transactions,
			Clock clock, GuichetProperties properties, ObjectProvider<EmbeddedDatabase> embeddedDatabase) {
		this.job = job;
		this.keeper = keeper;
		this.store = store;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.demo = properties.loadsDemoData(embeddedDatabase.getIfAvailable() != null);
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		if (this.demo) {
			alignDemoClocks();
		}
		int started = this.job.startMissing();
		if (started > 0) {
			logger.info("Started the SLA clocks of " + started + " open tickets");
		}
	}

	private void alignDemoClocks() {
		List<UUID> moved = this.jdbc.sql("""
				select e.ticket_id from ticket_clock_events e join tickets t on t.ticket_id = e.ticket_id
				where e.kind = 'START' and e.at <> t.created_at
				""").query(UUID.class).list();
		for (UUID id : moved) {
			this.transactions.executeWithoutResult((status) -> {
				this.jdbc.sql("""
						update ticket_clock_events e set at = e.at - (s.at - t.created_at)
						from ticket_clock_events s, tickets t
						where s.ticket_id = e.ticket_id and s.kind = 'START' and t.ticket_id = e.ticket_id
						  and e.ticket_id = ?
						""").param(id).update();
				this.keeper.recompute(new TicketId(id), this.store.settings().calendar(), this.clock.instant());
			});
		}
	}

}
