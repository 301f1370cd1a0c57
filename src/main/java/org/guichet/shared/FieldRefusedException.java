package org.guichet.shared;

/**
 * A value typed in a form is refused by a rule the form alone cannot check (a code
 * already used, an empty message once sanitized); the page shows the message next to the
 * field, with a 400. Each module says which of its rules these are with a subclass.
 */
public abstract class FieldRefusedException extends RuntimeException {

	private final String field;

	private final String messageKey;

	protected FieldRefusedException(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
