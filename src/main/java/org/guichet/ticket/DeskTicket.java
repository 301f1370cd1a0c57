package org.guichet.ticket;

import java.util.UUID;

import org.guichet.account.UserId;

/**
 * A ticket as the desk's workspace shows it to one staff member.
 *
 * @param id the ticket
 * @param card what its header shows
 * @param categoryId its category, or {@code null}
 * @param requestTypeId its request type, or {@code null}
 * @param beneficiary whom it is about, or {@code null}
 * @param assignedAgent the agent handling it, or {@code null}
 * @param lastAgentName the staff member who acted last, or {@code null}
 * @param access the reader's right on it, at least {@link CategoryAccess#READ}
 * @param version its version, sent back with each action to detect a change made
 * meanwhile
 * @param lock who is working on it, or {@code null}
 */
public record DeskTicket(TicketId id, TicketCard card, UUID categoryId, UUID requestTypeId, UserId beneficiary,
		UserId assignedAgent, String lastAgentName, CategoryAccess access, long version, TicketLock lock) {

	/**
	 * @return whether the reader may act on it now: a right to write, and no lock of
	 * another's
	 */
	public boolean writableBy(UserId reader) {
		return this.access.includes(CategoryAccess.WRITE) && (this.lock == null || this.lock.heldBy(reader));
	}

}
