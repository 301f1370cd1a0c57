package org.guichet.organization.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * How the organization forms read what was typed.
 */
final class FormValues {

	private FormValues() {
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/**
	 * @return the date a browser's date input sent (ISO), or {@code null} when blank or
	 * not a date
	 */
	static LocalDate date(String value) {
		if (blank(value)) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
