package org.guichet.ticket;

/**
 * How soon the requester needs an answer.
 */
public enum Urgency {

	LOW, MEDIUM, HIGH

}
