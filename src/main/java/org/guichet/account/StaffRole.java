package org.guichet.account;

/**
 * The provider's people. Each role includes the rights of the ones before it.
 */
public enum StaffRole {

	/** Handles tickets in the desk. */
	AGENT,

	/** An agent who also configures and follows statistics of their categories. */
	MANAGER,

	/** Configures the whole installation. */
	ADMINISTRATOR;

	/**
	 * @return whether this role has the rights of the other
	 */
	public boolean includes(StaffRole other) {
		return ordinal() >= other.ordinal();
	}

	/**
	 * @return the Spring Security authority of this role
	 */
	public String authority() {
		return "ROLE_" + name();
	}

}
