package org.guichet.ticket.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Tickets, saved with the events their changes recorded.
 */
public interface TicketRepository extends JpaRepository<Ticket, UUID> {

	Optional<Ticket> findByNumber(String number);

}
