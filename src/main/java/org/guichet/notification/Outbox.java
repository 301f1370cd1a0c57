package org.guichet.notification;

/**
 * Writes e-mail to the outbox. Call it inside the transaction of the change that causes
 * the mail: both are saved together or not at all, and a job sends the mail afterwards,
 * retrying while the SMTP server is unreachable.
 */
public interface Outbox {

	/**
	 * Renders the mail now and stores it for sending.
	 * @param mail the mail
	 */
	void enqueue(OutgoingMail mail);

}
