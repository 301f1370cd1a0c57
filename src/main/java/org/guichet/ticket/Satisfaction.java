package org.guichet.ticket;

/**
 * One answer of the satisfaction questionnaire.
 */
public enum Satisfaction {

	VERY_SATISFIED, SATISFIED, UNSATISFIED

}
