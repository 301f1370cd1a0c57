package org.guichet.notification;

/**
 * Tells staff members what concerns them: stores the notice for the bell of the
 * application and writes an e-mail to the outbox, each as the recipient's preferences for
 * its {@link NoticeKind kind} allow. Call it inside the transaction of the change that
 * causes it.
 */
public interface StaffNotifications {

	/**
	 * @param notice what to tell whom
	 */
	void notify(Notice notice);

}
