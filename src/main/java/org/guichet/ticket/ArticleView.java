package org.guichet.ticket;

import java.time.Instant;
import java.util.UUID;

import org.guichet.account.UserId;

/**
 * An entry of a ticket's history.
 *
 * @param id its id
 * @param kind public, internal or system
 * @param author who wrote it, or {@code null} for Guichet itself
 * @param body sanitized HTML for messages; for system entries, the message key of what
 * happened
 * @param createdAt when
 */
public record ArticleView(UUID id, ArticleKind kind, UserId author, String body, Instant createdAt) {

	/**
	 * @return the message key of a system entry (its first line)
	 */
	public String systemKey() {
		int end = this.body.indexOf('\n');
		return (end < 0) ? this.body : this.body.substring(0, end);
	}

	/**
	 * @return the values a system entry's message names (its other lines)
	 */
	public Object[] systemArguments() {
		int end = this.body.indexOf('\n');
		return (end < 0) ? new Object[0] : this.body.substring(end + 1).split("\n", -1);
	}

}
