package org.guichet.notification;

/**
 * Parses an e-mail as received, to handle it again later (an agent attaching a message
 * kept in quarantine).
 */
public interface InboundMailParser {

	/**
	 * @param raw the message's bytes (RFC 5322)
	 * @return the message
	 * @throws UnreadableMailException when it cannot be parsed
	 */
	InboundMessage parse(byte[] raw);

	/**
	 * The message cannot be parsed.
	 */
	class UnreadableMailException extends RuntimeException {

		public UnreadableMailException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
