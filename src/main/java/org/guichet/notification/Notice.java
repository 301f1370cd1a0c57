package org.guichet.notification;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Something to tell one staff member, in the application and/or by e-mail as their
 * preferences say. Texts are message keys with their arguments, rendered in the reader's
 * language when shown.
 *
 * @param recipient the user's id
 * @param email the user's address, for the e-mail
 * @param locale the user's language, for the e-mail
 * @param kind what it is about, which decides the preferences that apply
 * @param titleKey the message key of the title
 * @param titleArguments its arguments
 * @param reasonKey the message key of why the user receives it ("vous êtes agent de la
 * catégorie {0}")
 * @param reasonArguments its arguments
 * @param link the path in the application it leads to, e.g. {@code /desk/tickets/...}
 * @param lines one line per item (a ticket) with its own link; empty for a summary
 */
public record Notice(UUID recipient, String email, Locale locale, NoticeKind kind, String titleKey,
		List<Object> titleArguments, String reasonKey, List<Object> reasonArguments, String link, List<Line> lines) {

	public Notice {
		Objects.requireNonNull(recipient, "recipient");
		Objects.requireNonNull(email, "email");
		Objects.requireNonNull(locale, "locale");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(titleKey, "titleKey");
		Objects.requireNonNull(reasonKey, "reasonKey");
		Objects.requireNonNull(link, "link");
		titleArguments = List.copyOf(titleArguments);
		reasonArguments = List.copyOf(reasonArguments);
		lines = List.copyOf(lines);
	}

	/**
	 * One item of a detailed notice.
	 *
	 * @param text what to show, already written (a ticket's number and subject)
	 * @param link the path it leads to
	 */
	public record Line(String text, String link) {

		public Line {
			Objects.requireNonNull(text, "text");
			Objects.requireNonNull(link, "link");
		}

	}

}
