package org.guichet.sla;

import java.util.Optional;

import org.guichet.ticket.TicketId;

/**
 * Reads tickets' SLA clocks.
 */
public interface TicketSlas {

	/**
	 * @return the ticket's clock explained, if it has one
	 */
	Optional<TicketSla> of(TicketId ticket);

}
