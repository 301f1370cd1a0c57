package org.guichet.ticket;

import java.time.Instant;
import java.util.UUID;

import org.guichet.account.UserId;

/**
 * What the SLA module needs to know of a ticket to run its clock and to alert about it.
 *
 * @param id the ticket
 * @param number its number
 * @param subject its subject
 * @param state its state
 * @param requestTypeId its request type, or {@code null}
 * @param categoryId its category, or {@code null}
 * @param assignedAgent the agent handling it, or {@code null}
 * @param createdAt when it was filed
 */
public record ClockedTicket(TicketId id, String number, String subject, TicketState state, UUID requestTypeId,
		UUID categoryId, UserId assignedAgent, Instant createdAt) {

}
