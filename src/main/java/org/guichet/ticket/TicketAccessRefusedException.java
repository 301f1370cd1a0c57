package org.guichet.ticket;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The staff member may read the ticket but not do this (their right on its category is
 * "consultation", or the action needs "gestion").
 */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class TicketAccessRefusedException extends RuntimeException {

	public TicketAccessRefusedException(String action) {
		super("Not allowed to " + action);
	}

}
