package org.guichet.ticket;

import java.time.Instant;

/**
 * One line of an organization's list of tickets.
 *
 * @param number its number
 * @param subject its subject
 * @param state its state
 * @param priority its priority
 * @param productName the product it is about, or {@code null}
 * @param contractNumber the contract it is under, or {@code null}
 * @param requesterName who owns it
 * @param agentName the agent handling it, or {@code null}
 * @param createdAt when it was filed
 * @param updatedAt when it last changed
 */
public record TicketRow(String number, String subject, TicketState state, Priority priority, String productName,
		String contractNumber, String requesterName, String agentName, Instant createdAt, Instant updatedAt) {

	/**
	 * @return whether the agent waits for the requester ("en attente de votre réponse")
	 */
	public boolean awaitsRequester() {
		return this.state == TicketState.WAITING_FOR_REQUESTER || this.state == TicketState.RESOLVED;
	}

}
