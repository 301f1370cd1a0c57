package org.guichet.ticket;

/**
 * Where a ticket stands against its service level, as the SLA module last computed it.
 */
public enum DeadlineStatus {

	/** Before the reminder window. */
	ON_TIME,

	/** Inside the reminder window: due soon. */
	URGENT,

	/** Past its due date. */
	LATE

}
