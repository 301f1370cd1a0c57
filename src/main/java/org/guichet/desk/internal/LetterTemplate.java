package org.guichet.desk.internal;

import java.util.UUID;

/**
 * A letter template ("courrier type").
 *
 * @param id its id
 * @param shortLabel what the contact dialog lists, unique (case ignored)
 * @param label its title, also the e-mail's subject
 * @param layout how the letter is laid out
 * @param body its HTML, with variables
 * @param active whether agents may use it
 * @param version the version the reader saw
 */
public record LetterTemplate(UUID id, String shortLabel, String label, Layout layout, String body, boolean active,
		long version) {

	/**
	 * How a letter is laid out when printed.
	 */
	public enum Layout {

		/**
		 * The provider's name and address above, the requester's address on the right.
		 */
		LETTERHEAD,

		/** The text alone. */
		PLAIN

	}

}
