package org.guichet.organization.web;

/**
 * What the import does with a line.
 */
public enum ImportOutcome {

	CREATE, UPDATE, INVITE, ADD, UNCHANGED, WRONG

}
