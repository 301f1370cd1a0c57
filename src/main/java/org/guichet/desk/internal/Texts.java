package org.guichet.desk.internal;

import java.util.List;

import org.guichet.shared.RichText;
import org.guichet.shared.TypedText;

/**
 * Checks of what staff type in the desk's forms.
 */
final class Texts {

	private Texts() {
	}

	/**
	 * @return the text stripped, without control characters
	 * @throws DeskInputException when it is blank or longer than {@code max}
	 */
	static String required(String field, String text, int max) {
		String given = (text != null) ? TypedText.clean(text).strip() : "";
		if (given.isEmpty()) {
			throw new DeskInputException(field, "NotBlank");
		}
		if (given.length() > max) {
			throw new DeskInputException(field, "form.error.tooLong", max);
		}
		return given;
	}

	/**
	 * @return the sanitized HTML of a template's body
	 * @throws DeskInputException when it is empty, or names a variable that does not
	 * exist
	 */
	static String body(String field, String html) {
		String body = RichText.sanitize(TypedText.clean(html));
		if (!RichText.hasText(body)) {
			throw new DeskInputException(field, "NotBlank");
		}
		List<String> problems = LetterVariables.problems(body);
		if (!problems.isEmpty()) {
			throw new DeskInputException(field, "desk.template.error.variables", String.join(", ", problems));
		}
		return body;
	}

}
