package org.guichet.ticket.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TicketAttachmentRepository extends JpaRepository<TicketAttachment, UUID> {

	@Query("select a from TicketAttachment a where a.ticketId = :ticketId order by a.createdAt, a.fileName")
	List<TicketAttachment> ofTicket(UUID ticketId);

}
