package org.guichet.notification.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A message of the outbox, rendered when it was written and sent by {@link OutboxSender}.
 *
 * <pre>
 * PENDING ──sent──> SENT
 *    │ └──attempt failed──> PENDING (next attempt later)
 *    └──too many failures──> FAILED ──retry──> PENDING
 * </pre>
 */
@Entity
@Table(name = "outbound_emails")
public class OutboundEmail {

	public static final String NO_SMTP_SERVER = "not sent: no SMTP server configured";

	private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,63}");

	@Id
	@Column(name = "outbound_email_id")
	private UUID id;

	private String recipient;

	private String subject;

	private String textBody;

	private String htmlBody;

	private String template;

	private String language;

	@Enumerated(EnumType.STRING)
	private OutboundEmailState state;

	private int attempts;

	private Instant nextAttemptAt;

	private String lastError;

	private Instant createdAt;

	private Instant sentAt;

	private boolean confidential;

	/** One "Name: value" per line, or {@code null}. */
	private String extraHeaders;

	private String threadToken;

	@Version
	private Long version;

	protected OutboundEmail() {
	}

	OutboundEmail(String recipient, String subject, String textBody, String htmlBody, String template, String language,
			boolean confidential, Instant now) {
		this.confidential = confidential;
		this.id = UUID.randomUUID();
		this.recipient = recipient;
		this.subject = oneLine(subject);
		this.textBody = textBody;
		this.htmlBody = htmlBody;
		this.template = template;
		this.language = language;
		this.state = OutboundEmailState.PENDING;
		this.nextAttemptAt = now;
		this.createdAt = now;
	}

	/**
	 * Header values never contain line breaks, whatever a template or a user typed.
	 */
	static String oneLine(String value) {
		String line = value.replaceAll("[\\r\\n\\t]+", " ").strip();
		return (line.length() > 300) ? line.substring(0, 300) : line;
	}

	/**
	 * Adds headers to the message (List-Unsubscribe), besides those every message has.
	 * @throws IllegalArgumentException when a name is not a plain header name
	 */
	void addHeaders(Map<String, String> headers) {
		StringBuilder lines = new StringBuilder((this.extraHeaders != null) ? this.extraHeaders : "");
		headers.forEach((name, value) -> {
			if (!HEADER_NAME.matcher(name).matches()) {
				throw new IllegalArgumentException("Not a header name: " + name);
			}
			lines.append(name).append(": ").append(oneLine(value)).append('\n');
		});
		this.extraHeaders = lines.isEmpty() ? null : lines.toString();
	}

	/**
	 * @return the headers added with {@link #addHeaders(Map)}, in their order
	 */
	public Map<String, String> extraHeaders() {
		Map<String, String> headers = new LinkedHashMap<>();
		if (this.extraHeaders != null) {
			for (String line : this.extraHeaders.split("\n")) {
				int colon = line.indexOf(": ");
				if (colon > 0) {
					headers.put(line.substring(0, colon), line.substring(colon + 2));
				}
			}
		}
		return headers;
	}

	void markSent(Instant now) {
		requireState(OutboundEmailState.PENDING);
		this.state = OutboundEmailState.SENT;
		this.attempts++;
		this.sentAt = now;
		this.nextAttemptAt = null;
		this.lastError = null;
		if (this.confidential) {
			this.textBody = "";
			this.htmlBody = "";
		}
	}

	/**
	 * Records a failed attempt: the message waits for the next one, or is given up after
	 * {@code maxAttempts}.
	 */
	void recordFailure(String error, Instant now, int maxAttempts, Duration retryDelay) {
		requireState(OutboundEmailState.PENDING);
		this.attempts++;
		this.lastError = truncate(error);
		if (this.attempts >= maxAttempts) {
			this.state = OutboundEmailState.FAILED;
			this.nextAttemptAt = null;
		}
		else {
			this.nextAttemptAt = now.plus(retryDelay);
		}
	}

	/**
	 * No SMTP server is configured: the message stays pending, without using up an
	 * attempt, and goes out once one is.
	 */
	void recordNoSmtpServer(Instant now, Duration recheck) {
		requireState(OutboundEmailState.PENDING);
		this.lastError = NO_SMTP_SERVER;
		this.nextAttemptAt = now.plus(recheck);
	}

	/**
	 * An administrator asks for another try, now.
	 */
	void retry(Instant now) {
		if (this.state == OutboundEmailState.SENT) {
			throw new IllegalStateException("A sent message is not sent again");
		}
		this.state = OutboundEmailState.PENDING;
		this.attempts = 0;
		this.nextAttemptAt = now;
	}

	private void requireState(OutboundEmailState expected) {
		if (this.state != expected) {
			throw new IllegalStateException("Message " + this.id + " is " + this.state + ", not " + expected);
		}
	}

	private static String truncate(String error) {
		String text = (error != null) ? error : "unknown error";
		return (text.length() > 1000) ? text.substring(0, 1000) : text;
	}

	public UUID id() {
		return this.id;
	}

	public String recipient() {
		return this.recipient;
	}

	public String subject() {
		return this.subject;
	}

	/**
	 * @return the token of the ticket it is about, or {@code null}
	 */
	public String threadToken() {
		return this.threadToken;
	}

	/**
	 * Threads the mail on a ticket: see {@link org.guichet.notification.OutgoingMail}.
	 */
	void threadBy(String token) {
		this.threadToken = token;
	}

	public boolean isConfidential() {
		return this.confidential;
	}

	public String textBody() {
		return this.textBody;
	}

	public String htmlBody() {
		return this.htmlBody;
	}

	public String language() {
		return this.language;
	}

	public OutboundEmailState state() {
		return this.state;
	}

	public int attempts() {
		return this.attempts;
	}

	public Instant nextAttemptAt() {
		return this.nextAttemptAt;
	}

	public String lastError() {
		return this.lastError;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant sentAt() {
		return this.sentAt;
	}

}
