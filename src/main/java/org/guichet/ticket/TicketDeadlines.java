package org.guichet.ticket;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The ticket's side of service levels: the SLA module reads tickets through it, and
 * writes back each ticket's due date and status, which the desk's tiles, filters and
 * lists and the requester's page then show.
 */
public interface TicketDeadlines {

	Optional<ClockedTicket> find(TicketId id);

	List<ClockedTicket> findAll(Collection<TicketId> ids);

	/**
	 * Records where the ticket stands.
	 * @param status its status
	 * @param dueAt its due date, or {@code null} while none can be given (paused)
	 * @param shownToRequester whether the requester sees the due date
	 */
	void record(TicketId id, DeadlineStatus status, Instant dueAt, boolean shownToRequester);

}
