package org.guichet.ticket;

import java.time.Instant;

import org.guichet.account.UserId;
import org.guichet.organization.OrganizationId;
import org.guichet.ticket.TicketEvents.Closure;

/**
 * What the header of a ticket's page shows.
 *
 * @param number its number
 * @param organizationId whose it is
 * @param subject its subject
 * @param state its state
 * @param priority its priority
 * @param impact its impact
 * @param urgency its urgency
 * @param requestTypeName the request type, or {@code null}
 * @param themePath the theme chosen, or {@code null}
 * @param category the desk category handling it, or {@code null}
 * @param productName the product, or {@code null}
 * @param contractNumber the contract, or {@code null}
 * @param requesterId who owns it
 * @param requesterName their name
 * @param requesterEmail their address
 * @param ownerGone whether the owner is blocked or no longer a member ("demande à
 * réaffecter")
 * @param beneficiaryName whom it was filed for, or {@code null}
 * @param agentName the agent handling it, or {@code null}
 * @param phone the number to call back, or {@code null}
 * @param availability when to call, or {@code null}
 * @param location where, or {@code null}
 * @param channel where it came from
 * @param createdAt when it was filed
 * @param closedAt when it was closed or cancelled, or {@code null}
 * @param closure how it was closed, or {@code null}
 * @param reason the last refusal, cancellation or closing cause, or {@code null}
 * @param dueAt its due date, when the requester may see it; else {@code null}
 */
public record TicketCard(String number, OrganizationId organizationId, String subject, TicketState state,
		Priority priority, Impact impact, Urgency urgency, String requestTypeName, String themePath, String category,
		String productName, String contractNumber, UserId requesterId, String requesterName, String requesterEmail,
		boolean ownerGone, String beneficiaryName, String agentName, String phone, String availability, String location,
		Channel channel, Instant createdAt, Instant closedAt, Closure closure, String reason, Instant dueAt) {

}
