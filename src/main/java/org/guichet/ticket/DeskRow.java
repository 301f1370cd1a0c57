package org.guichet.ticket;

import java.time.Instant;

/**
 * One ticket in a desk list or search result.
 *
 * @param number its number
 * @param subject its subject
 * @param state its state
 * @param priority its priority
 * @param channel where it came from
 * @param organizationName whose it is
 * @param customerCode the organization's or household's number
 * @param requesterName who filed it
 * @param beneficiaryName whom it is about, or {@code null}
 * @param categoryName its category, or {@code null}
 * @param requestTypeName its request type, or {@code null}
 * @param agentName the agent handling it, or {@code null}
 * @param lastAgentName the staff member who acted last, or {@code null}
 * @param createdAt when it was filed
 * @param updatedAt when it last changed
 * @param deadline where it stands against its service level, or {@code null}
 * @param dueAt its due date, or {@code null}
 */
public record DeskRow(String number, String subject, TicketState state, Priority priority, Channel channel,
		String organizationName, String customerCode, String requesterName, String beneficiaryName, String categoryName,
		String requestTypeName, String agentName, String lastAgentName, Instant createdAt, Instant updatedAt,
		DeadlineStatus deadline, Instant dueAt) {

}
