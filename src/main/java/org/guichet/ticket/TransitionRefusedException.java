package org.guichet.ticket;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The workflow does not allow that action in the ticket's state (a reply to a closed
 * ticket, a cancellation once an agent took it…): a 409 wherever it is not handled.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class TransitionRefusedException extends RuntimeException {

	private final TicketState state;

	private final String action;

	public TransitionRefusedException(TicketState state, String action) {
		super("Cannot " + action + " a ticket in state " + state);
		this.state = state;
		this.action = action;
	}

	public TicketState state() {
		return this.state;
	}

	public String action() {
		return this.action;
	}

}
