package org.guichet.notification.internal;

import org.guichet.notification.NoticeKind;

/**
 * How one kind of notice reaches one user.
 *
 * @param kind the kind
 * @param byMail whether it is sent by e-mail
 * @param inApp whether it is shown under the bell
 */
public record NoticePreference(NoticeKind kind, boolean byMail, boolean inApp) {

	/**
	 * What applies until the user chooses: everything in the application; by e-mail only
	 * what is urgent (SLA reminders and breaches), so that a busy category does not fill
	 * its agents' mailboxes.
	 */
	public static NoticePreference defaultFor(NoticeKind kind) {
		return switch (kind) {
			case SLA_REMINDER, SLA_BREACH -> new NoticePreference(kind, true, true);
			case NEW_TICKET, INBOUND_QUARANTINE -> new NoticePreference(kind, false, true);
		};
	}

}
