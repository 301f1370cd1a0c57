package org.guichet.organization.internal;

/**
 * An organization administrator asked for something about a colleague that cannot be
 * done; the message key explains why.
 */
public class ColleagueActionRefusedException extends RuntimeException {

	private final String messageKey;

	public ColleagueActionRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
