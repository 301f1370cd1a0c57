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

}
