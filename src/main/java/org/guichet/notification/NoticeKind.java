package org.guichet.notification;

/**
 * Why a staff member is told something. Each user chooses, per kind, whether it reaches
 * them by e-mail, in the application, both or neither.
 */
public enum NoticeKind {

	/**
	 * A ticket was filed in a category the user works in.
	 */
	NEW_TICKET,

	/**
	 * A ticket the user handles or manages enters its reminder window.
	 */
	SLA_REMINDER,

	/**
	 * A ticket the user handles or manages is past its due date.
	 */
	SLA_BREACH,

	/**
	 * An inbound e-mail could not be attached to a ticket and waits in quarantine.
	 */
	INBOUND_QUARANTINE

}
