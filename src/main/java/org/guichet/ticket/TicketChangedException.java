package org.guichet.ticket;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The ticket changed since the page the staff member acted from was shown: nothing was
 * changed, so that nobody's change is lost.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class TicketChangedException extends RuntimeException {

	private final String changedBy;

	/**
	 * @param changedBy the name of who changed it last, or {@code null}
	 */
	public TicketChangedException(String changedBy) {
		super("Ticket changed meanwhile by " + changedBy);
		this.changedBy = changedBy;
	}

	public String changedBy() {
		return this.changedBy;
	}

}
