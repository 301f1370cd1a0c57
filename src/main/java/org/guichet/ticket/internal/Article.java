package org.guichet.ticket.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.guichet.account.UserId;
import org.guichet.shared.RichText;
import org.guichet.ticket.ArticleKind;
import org.guichet.ticket.ArticleView;
import org.guichet.ticket.Channel;
import org.guichet.ticket.TicketId;

/**
 * An entry of a ticket's history. Written once, never changed.
 */
@Entity
@Table(name = "ticket_articles")
class Article {

	@Id
	@Column(name = "article_id")
	private UUID id;

	private UUID ticketId;

	@Enumerated(EnumType.STRING)
	private ArticleKind kind;

	private UUID authorId;

	private String body;

	/** The body's text without markup, for searching; none for system entries. */
	private String plainText;

	private Instant createdAt;

	/** Where a public message came from, when not the portal or the desk. */
	@Enumerated(EnumType.STRING)
	private Channel channel;

	@Column(insertable = false, updatable = false)
	private Long position;

	protected Article() {
	}

	Article(TicketId ticket, ArticleKind kind, UserId author, String body, Instant now) {
		this.id = UUID.randomUUID();
		this.ticketId = ticket.value();
		this.kind = kind;
		this.authorId = (author != null) ? author.value() : null;
		this.body = body;
		this.plainText = (kind != ArticleKind.SYSTEM) ? RichText.toPlainText(body) : null;
		this.createdAt = now;
	}

	/**
	 * A message that came by another way than the pages (an e-mail).
	 */
	Article(TicketId ticket, ArticleKind kind, UserId author, String body, Channel channel, Instant now) {
		this(ticket, kind, author, body, now);
		this.channel = channel;
	}

	UUID id() {
		return this.id;
	}

	ArticleKind kind() {
		return this.kind;
	}

	ArticleView view() {
		return new ArticleView(this.id, this.kind, (this.authorId != null) ? new UserId(this.authorId) : null,
				this.body, this.createdAt);
	}

}
