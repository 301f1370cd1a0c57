package org.guichet.organization;

/**
 * A value is refused for a reason only the database knows (a customer code or SIRET
 * already used, an unknown product): the form shows the message next to the field.
 */
public class OrganizationFieldException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public OrganizationFieldException(String field, String messageKey) {
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
