package org.guichet.account;

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

}
