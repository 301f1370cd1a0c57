package org.guichet.organization.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The organization, contract or product asked for does not exist, or is not the caller's
 * to see: answered as "not found" either way.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	public NotFoundException() {
		super("Not found");
	}

}
