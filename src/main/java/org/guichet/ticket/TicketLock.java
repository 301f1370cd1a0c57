package org.guichet.ticket;

import java.time.Instant;

import org.guichet.account.UserId;

/**
 * An agent working on a ticket in the desk ("verrou"): the others see it read-only until
 * it is released or its time has passed.
 *
 * @param holder who holds it
 * @param holderName their name
 * @param takenAt since when
 * @param expiresAt when it frees itself unless renewed
 */
public record TicketLock(UserId holder, String holderName, Instant takenAt, Instant expiresAt) {

	public boolean heldBy(UserId user) {
		return this.holder.equals(user);
	}

}
