package org.guichet.ticket.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.guichet.ticket.TransitionRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * Closes the tickets whose proposed solution waited longer than
 * {@code guichet.ticket.auto-close-after} for the requester's answer, each in its own
 * transaction: a requester answering at the same moment wins, and the ticket is left for
 * them.
 */
@Component
public class UnansweredSolutions {

	private static final Logger logger = LoggerFactory.getLogger(UnansweredSolutions.class);

	static final int BATCH = 500;

	private final TicketRepository tickets;

	private final TicketService service;

	private final TicketProperties properties;

	private final Clock clock;

	UnansweredSolutions(TicketRepository tickets, TicketService service, TicketProperties properties, Clock clock) {
		this.tickets = tickets;
		this.service = service;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * @return how many tickets were closed, or empty when another node holds the job
	 */
	@SchedulerLock(name = "ticket-auto-close", lockAtMostFor = "PT10M")
	public Optional<Integer> closeDue() {
		List<String> due = this.tickets.unansweredSince(this.clock.instant().minus(this.properties.autoCloseAfter()),
				Limit.of(BATCH));
		int closed = 0;
		for (String number : due) {
			try {
				this.service.closeUnanswered(number);
				closed++;
			}
			catch (OptimisticLockingFailureException | TransitionRefusedException ex) {
				logger.info("Ticket {} changed while closing it unanswered; left as it is", number);
			}
		}
		return Optional.of(closed);
	}

}
