package org.guichet.shared;

import java.util.regex.Pattern;

/**
 * What typed text may hold: no control characters but tabs and line breaks (PostgreSQL
 * refuses the NUL character, and the others only hide things).
 */
public final class TypedText {

	private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

	private TypedText() {
	}

	/**
	 * @return the text without control characters; {@code null} stays {@code null}
	 */
	public static String clean(String text) {
		return (text != null) ? CONTROL.matcher(text).replaceAll("") : null;
	}

}
