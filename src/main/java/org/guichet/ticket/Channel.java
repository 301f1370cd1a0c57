package org.guichet.ticket;

/**
 * Where a ticket came from.
 */
public enum Channel {

	/** Filed by the requester in the portal. */
	PORTAL,

	/** Filed by staff for the requester (phone, counter). */
	DESK,

	/** Sent by e-mail. */
	EMAIL,

	/** Filed by another system through the API. */
	API

}
