package org.guichet.account;

import java.util.UUID;

/**
 * The audit log of security events. Other modules record what they do to people's access
 * (role changes, removals) here too.
 */
public interface SecurityLog {

	/**
	 * Records an event in the caller's transaction.
	 * @param type what happened
	 * @param actor who did it, or {@code null} for the person themselves or the system
	 * @param subject whose account it concerns, or {@code null} when unknown
	 * @param subjectEmail the address concerned (also for addresses without an account)
	 * @param details a short, non-secret explanation
	 */
	void record(SecurityEventType type, UserId actor, UserId subject, String subjectEmail, String details);

	/**
	 * Records what a staff member did for an organization, naming both ("mode guichet").
	 * @param type what happened
	 * @param actor the staff member
	 * @param organization the id of the organization acted for
	 * @param details a short, non-secret explanation
	 */
	void recordForOrganization(SecurityEventType type, UserId actor, UUID organization, String details);

}
