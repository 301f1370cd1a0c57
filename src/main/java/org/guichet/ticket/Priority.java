package org.guichet.ticket;

/**
 * The order in which staff handle tickets, derived from impact and urgency.
 */
public enum Priority {

	LOW, NORMAL, HIGH, CRITICAL

}
