package org.guichet.organization;

/**
 * A person of a household: an adult or a child.
 */
public enum IndividualKind {

	ADULT, CHILD

}
