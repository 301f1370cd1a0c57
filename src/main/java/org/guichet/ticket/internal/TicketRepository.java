package org.guichet.ticket.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Tickets, saved with the events their changes recorded.
 */
public interface TicketRepository extends JpaRepository<Ticket, UUID> {

	Optional<Ticket> findByNumber(String number);

	Optional<Ticket> findByMailToken(String mailToken);

	/**
	 * @return the numbers of tickets whose solution was proposed before that instant and
	 * not answered, oldest first
	 */
	@Query("select t.number from Ticket t where t.state = org.guichet.ticket.TicketState.RESOLVED"
			+ " and t.resolvedAt < :before order by t.resolvedAt")
	List<String> unansweredSince(Instant before, Limit limit);

}
