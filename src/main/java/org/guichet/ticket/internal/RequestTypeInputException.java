package org.guichet.ticket.internal;

import org.guichet.shared.FieldRefusedException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A request type or theme cannot be saved as typed (a code already used, a theme name a
 * sibling has, a précision given children): names the field and the message.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class RequestTypeInputException extends FieldRefusedException {

	public RequestTypeInputException(String field, String messageKey) {
		super(field, messageKey);
	}

}
