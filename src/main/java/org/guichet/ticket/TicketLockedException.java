package org.guichet.ticket;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Another staff member is working on the ticket: nothing was changed.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class TicketLockedException extends RuntimeException {

	private final TicketLock lock;

	public TicketLockedException(TicketLock lock) {
		super("Locked by " + lock.holder().value() + " since " + lock.takenAt());
		this.lock = lock;
	}

	public TicketLock lock() {
		return this.lock;
	}

}
