package org.guichet.organization;

import java.util.Set;

/**
 * Where a household account stands (CapDémat's "état du compte"). Whether its people may
 * use the portal is the organization's active flag, beside it.
 */
public enum HouseholdState {

	/**
	 * Its creation, or a change its people made, waits for staff to validate it ("en
	 * cours").
	 */
	PENDING,

	VALID,

	/**
	 * Staff found what it declares wrong.
	 */
	INVALID,

	/**
	 * Kept for the record; no longer used.
	 */
	ARCHIVED;

	/**
	 * @return whether staff may move a household from this state to the next
	 */
	public boolean canBecome(HouseholdState next) {
		return next().contains(next);
	}

	/**
	 * @return the states staff may choose from this one
	 */
	public Set<HouseholdState> next() {
		return switch (this) {
			case PENDING -> Set.of(VALID, INVALID, ARCHIVED);
			case VALID -> Set.of(PENDING, INVALID, ARCHIVED);
			case INVALID -> Set.of(PENDING, VALID, ARCHIVED);
			case ARCHIVED -> Set.of(VALID);
		};
	}

}
