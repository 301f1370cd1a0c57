package org.guichet.organization;

/**
 * What sort of customer an organization is.
 */
public enum OrganizationKind {

	/** A company ("société"). */
	COMPANY,

	/**
	 * A public body: a town hall, a school, a hospital ("collectivité", "établissement").
	 */
	PUBLIC_BODY,

	/** A household of citizens ("compte foyer"). */
	HOUSEHOLD

}
