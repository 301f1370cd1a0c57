package org.guichet.ticket.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No request type has that id, or the type has no theme with that id.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RequestTypeNotFoundException extends RuntimeException {

	public RequestTypeNotFoundException() {
		super("No such request type or theme");
	}

}
