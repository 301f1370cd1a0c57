package org.guichet.ticket;

/**
 * Where a ticket stands in the support workflow (DESIGN.md §3), with the names the
 * requester reads.
 */
public enum TicketState {

	/**
	 * À traiter: filed, nobody took it yet.
	 */
	NEW,

	/**
	 * En cours: an agent handles it.
	 */
	IN_PROGRESS,

	/**
	 * En attente de votre réponse: the agent asked the requester something.
	 */
	WAITING_FOR_REQUESTER,

	/**
	 * Clôture à valider: a solution is proposed; the requester accepts or refuses it.
	 */
	RESOLVED,

	/**
	 * Clôturée.
	 */
	CLOSED,

	/**
	 * Annulée: the requester withdrew it before anybody took it.
	 */
	CANCELLED;

	/**
	 * @return whether the ticket still needs something from someone
	 */
	public boolean isOpen() {
		return this != CLOSED && this != CANCELLED;
	}

}
