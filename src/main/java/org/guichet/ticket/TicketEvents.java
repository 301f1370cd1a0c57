package org.guichet.ticket;

import java.time.Instant;
import java.util.UUID;

import org.guichet.account.UserId;
import org.guichet.organization.OrganizationId;

/**
 * What happens to a ticket, published when it is saved, for the modules that react
 * (notifications, SLA clocks, statistics).
 */
public final class TicketEvents {

	private TicketEvents() {
	}

	public record TicketCreated(TicketId ticket, String number, OrganizationId organization, UserId requester,
			Instant at) {
	}

	public record TicketTaken(TicketId ticket, UserId agent, Instant at) {
	}

	public record RequesterAsked(TicketId ticket, UserId agent, Instant at) {
	}

	public record RequesterAnswered(TicketId ticket, Instant at) {
	}

	/**
	 * An agent answered the requester in a public message (a first response, for SLAs).
	 */
	public record AgentReplied(TicketId ticket, UserId agent, Instant at) {
	}

	/**
	 * An agent changed the ticket's request type, and so perhaps its category and SLA.
	 */
	public record TicketRequalified(TicketId ticket, UUID requestType, Instant at) {
	}

	public record SolutionProposed(TicketId ticket, UserId agent, Instant at) {
	}

	public record SolutionRefused(TicketId ticket, String reason, Instant at) {
	}

	/**
	 * @param how why it closed
	 */
	public record TicketClosed(TicketId ticket, Closure how, Instant at) {
	}

	public record TicketCancelled(TicketId ticket, String reason, Instant at) {
	}

	/**
	 * How a ticket came to be closed.
	 */
	public enum Closure {

		/**
		 * The requester accepted the solution (and answered the survey).
		 */
		ACCEPTED,

		/**
		 * Nobody answered the proposed solution in time.
		 */
		AUTOMATIC,

		/**
		 * The requester closed it before anybody intervened, giving a cause (CECOIA).
		 */
		BEFORE_INTERVENTION,

		/**
		 * An agent merged it, a duplicate, into another ticket that carries on.
		 */
		MERGED

	}

}
