package org.guichet.ticket;

/**
 * What an entry of a ticket's history is.
 */
public enum ArticleKind {

	/**
	 * A message the requester and staff both read: the description, replies, questions,
	 * solutions, refusals.
	 */
	PUBLIC,

	/**
	 * A note between staff, never shown to requesters nor sent to them.
	 */
	INTERNAL,

	/**
	 * What the workflow did (taken, solution proposed, closed…), written by Guichet.
	 */
	SYSTEM

}
