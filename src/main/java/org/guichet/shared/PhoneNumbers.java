package org.guichet.shared;

/**
 * What Guichet accepts as a phone or fax number: up to 40 digits, spaces, {@code +},
 * brackets, dots and dashes, as people write them ("04 76 00 00 01", "+33 (0)4…").
 */
public final class PhoneNumbers {

	/** The longest number stored. */
	public static final int MAX_LENGTH = 40;

	private PhoneNumbers() {
	}

	/**
	 * @return whether the text, stripped, is empty or a phone number
	 */
	public static boolean isAcceptable(String typed) {
		if (typed == null || typed.isBlank()) {
			return true;
		}
		String value = typed.strip();
		return value.length() <= MAX_LENGTH && value.matches("[+0-9 ().-]+");
	}

}
