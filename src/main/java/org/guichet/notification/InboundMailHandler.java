package org.guichet.notification;

/**
 * Decides what an inbound e-mail becomes (an answer on a ticket, a new ticket, or a
 * message in quarantine). Implemented by the module that owns tickets; the mailbox reader
 * calls it once per message, in a transaction that also records the message as read: if
 * it throws, nothing it did is kept and the message is set aside.
 */
public interface InboundMailHandler {

	/**
	 * @param message the parsed message
	 */
	void handle(InboundMessage message);

	/**
	 * Keeps a message that cannot be handled for a person to look at.
	 * @param raw the message as received (its headers only when it is too large)
	 * @param sender its From address as far as it can be read, or {@code null}
	 * @param subject its subject as far as it can be read, or empty
	 * @param reason why it is set aside
	 */
	void setAside(byte[] raw, String sender, String subject, SetAside reason);

	/**
	 * Why a message could not be handled.
	 */
	enum SetAside {

		/** It could not be parsed, or handling it failed. */
		UNREADABLE,

		/** It is larger than {@code guichet.mail.inbound.max-message-size}. */
		TOO_LARGE

	}

}
