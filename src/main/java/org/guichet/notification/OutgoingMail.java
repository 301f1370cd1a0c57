package org.guichet.notification;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An e-mail to write to the outbox: rendered from the templates
 * {@code templates/mail/<template>.html} and {@code <template>.txt}, with the subject
 * from the message {@code mail.<template>.subject}, in the recipient's language.
 *
 * <p>
 * Every template receives the {@code providerName}, the {@code baseUrl} and the variables
 * given here; the subject receives the provider's name as {@code {0}} and the subject
 * arguments after it. Links must be built from {@code baseUrl}.
 *
 * @param recipient the recipient's address, already normalized
 * @param template the template name, e.g. {@code account/invitation}
 * @param locale the recipient's language
 * @param variables the template's variables
 * @param subjectArguments arguments of the subject message, from {@code {1}} on
 * @param confidential whether the mail holds a link that gives power over an existing
 * account (a password reset, an address change): administrators cannot read it in the
 * outbox, and its body is erased once sent
 * @param threadToken the token of the ticket the mail is about, or {@code null}: the
 * mail's Message-ID carries it and, when inbound mail is set up, its Reply-To address
 * too, so that an answer comes back to the ticket
 */
public record OutgoingMail(String recipient, String template, Locale locale, Map<String, Object> variables,
		List<Object> subjectArguments, boolean confidential, String threadToken) {

	private static final Pattern THREAD_TOKEN = Pattern.compile("[a-z0-9]{20,40}");

	private static final Pattern ADDRESS = Pattern.compile("[^\\s@<>,;\"]+@[^\\s@<>,;\"]+");

	private static final Pattern TEMPLATE = Pattern.compile("[a-z0-9-]+(/[a-z0-9-]+)*");

	public OutgoingMail {
		Objects.requireNonNull(recipient, "recipient");
		if (!ADDRESS.matcher(recipient).matches() || recipient.length() > 320) {
			// Also keeps CR and LF out of the To header.
			throw new IllegalArgumentException("Not a plain e-mail address");
		}
		if (!TEMPLATE.matcher(template).matches()) {
			throw new IllegalArgumentException("Not a template name: " + template);
		}
		Objects.requireNonNull(locale, "locale");
		variables = Map.copyOf(variables);
		subjectArguments = List.copyOf(subjectArguments);
		if (threadToken != null && !THREAD_TOKEN.matcher(threadToken).matches()) {
			// also keeps it safe in a header and an address
			throw new IllegalArgumentException("Not a thread token");
		}
	}

	public OutgoingMail(String recipient, String template, Locale locale, Map<String, Object> variables,
			List<Object> subjectArguments, boolean confidential) {
		this(recipient, template, locale, variables, subjectArguments, confidential, null);
	}

	public OutgoingMail(String recipient, String template, Locale locale, Map<String, Object> variables,
			List<Object> subjectArguments) {
		this(recipient, template, locale, variables, subjectArguments, false);
	}

	public OutgoingMail(String recipient, String template, Locale locale, Map<String, Object> variables) {
		this(recipient, template, locale, variables, List.of(), false);
	}

	/**
	 * @return the same mail, {@link #confidential() confidential}
	 */
	public OutgoingMail markedConfidential() {
		return new OutgoingMail(this.recipient, this.template, this.locale, this.variables, this.subjectArguments, true,
				this.threadToken);
	}

	/**
	 * @param token the token of the ticket the mail is about
	 * @return the same mail, threaded on that ticket
	 */
	public OutgoingMail threadedBy(String token) {
		return new OutgoingMail(this.recipient, this.template, this.locale, this.variables, this.subjectArguments,
				this.confidential, token);
	}

}
