package org.guichet.ticket.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.guichet.ticket.AttachmentView;
import org.guichet.ticket.TicketId;

/**
 * A file attached to a message; its bytes are in the file store.
 */
@Entity
@Table(name = "ticket_attachments")
class TicketAttachment {

	@Id
	@Column(name = "attachment_id")
	private UUID id;

	private UUID ticketId;

	private UUID articleId;

	private String fileName;

	private String mediaType;

	private long size;

	private String sha256;

	private Instant createdAt;

	protected TicketAttachment() {
	}

	TicketAttachment(TicketId ticket, UUID article, String fileName, String mediaType, long size, String sha256,
			Instant now) {
		this.id = UUID.randomUUID();
		this.ticketId = ticket.value();
		this.articleId = article;
		this.fileName = fileName;
		this.mediaType = mediaType;
		this.size = size;
		this.sha256 = sha256;
		this.createdAt = now;
	}

	UUID ticketId() {
		return this.ticketId;
	}

	AttachmentView view() {
		return new AttachmentView(this.id, this.articleId, this.fileName, this.mediaType, this.size, this.sha256);
	}

}
