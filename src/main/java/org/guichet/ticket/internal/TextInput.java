package org.guichet.ticket.internal;

import java.util.regex.Pattern;

/**
 * What typed text may hold: no control characters but tabs and line breaks (PostgreSQL
 * refuses the NUL character, and the others only hide things).
 */
final class TextInput {

	private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

	private TextInput() {
	}

	static String clean(String text) {
		return CONTROL.matcher(text).replaceAll("");
	}

}
