package org.guichet.ticket.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Another administrator changed the request type at the same moment; the change is not
 * saved and may be made again on the page as it now is.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class RequestTypeChangedException extends RuntimeException {

	RequestTypeChangedException(Throwable cause) {
		super("The request type was changed concurrently", cause);
	}

}
