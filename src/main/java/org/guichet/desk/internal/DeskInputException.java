package org.guichet.desk.internal;

import org.guichet.shared.FieldRefusedException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What was typed in a desk form cannot be saved: names the field, the message and its
 * arguments.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class DeskInputException extends FieldRefusedException {

	private final Object[] arguments;

	public DeskInputException(String field, String messageKey, Object... arguments) {
		super(field, messageKey);
		this.arguments = arguments.clone();
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
