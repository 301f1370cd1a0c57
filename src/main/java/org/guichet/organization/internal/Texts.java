package org.guichet.organization.internal;

/**
 * The checks every entity of the module makes on the text it keeps: stripped, empty
 * stored as absent, never longer than its column.
 */
final class Texts {

	private Texts() {
	}

	static String required(String value, int max, String what) {
		String stripped = optional(value, max, what);
		if (stripped == null) {
			throw new IllegalArgumentException("A " + what + " is required");
		}
		return stripped;
	}

	static String optional(String value, int max, String what) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			throw new IllegalArgumentException("A " + what + " has at most " + max + " characters");
		}
		return stripped;
	}

}
