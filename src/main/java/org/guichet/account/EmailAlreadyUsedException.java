package org.guichet.account;

/**
 * Raised when an account already exists for an address.
 */
public class EmailAlreadyUsedException extends RuntimeException {

	public EmailAlreadyUsedException(EmailAddress email) {
		super("An account already exists for " + email);
	}

}
