package org.guichet.ticket;

/**
 * What a staff member may do with the tickets of one category. Each right includes the
 * ones before it.
 */
public enum CategoryAccess {

	/** Does not see the category's tickets. */
	NONE,

	/** Consults them ("consultation"). */
	READ,

	/** Handles them ("modification"). */
	WRITE,

	/** Handles them, follows their statistics and configures their request types. */
	MANAGE;

	/**
	 * @return whether this right includes the other
	 */
	public boolean includes(CategoryAccess other) {
		return ordinal() >= other.ordinal();
	}

}
