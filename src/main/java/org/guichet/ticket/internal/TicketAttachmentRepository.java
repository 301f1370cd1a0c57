package org.guichet.ticket.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TicketAttachmentRepository extends JpaRepository<TicketAttachment, UUID> {

	@Query("select a from TicketAttachment a where a.ticketId = :ticketId order by a.createdAt, a.fileName")
	List<TicketAttachment> ofTicket(UUID ticketId);

	/**
	 * @return the files of the ticket's public messages, those a requester may see
	 */
	@Query("select a from TicketAttachment a where a.ticketId = :ticketId and a.articleId in"
			+ " (select ar.id from Article ar where ar.kind = org.guichet.ticket.ArticleKind.PUBLIC)"
			+ " order by a.createdAt, a.fileName")
	List<TicketAttachment> publicOfTicket(UUID ticketId);

}
