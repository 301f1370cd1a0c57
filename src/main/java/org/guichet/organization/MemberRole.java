package org.guichet.organization;

/**
 * A member's role in one organization.
 */
public enum MemberRole {

	/** Files and follows requests ("Agent d'établissement"). */
	MEMBER,

	/**
	 * Also manages the organization's people and details ("Administrateur
	 * d'établissement").
	 */
	ADMIN,

	/** The organization's technical referent ("Référent technique"). */
	TECHNICAL_CONTACT

}
