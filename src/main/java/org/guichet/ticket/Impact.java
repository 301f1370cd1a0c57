package org.guichet.ticket;

/**
 * How badly the problem hurts the requester, in CegidLife's four levels.
 */
public enum Impact {

	/**
	 * Problème mineur.
	 */
	MINOR,

	/**
	 * Dysfonctionnement impactant partiellement.
	 */
	PARTIAL,

	/**
	 * Dysfonctionnement lié à une échéance légale.
	 */
	LEGAL_DEADLINE,

	/**
	 * Arrêt complet bloquant.
	 */
	BLOCKING

}
