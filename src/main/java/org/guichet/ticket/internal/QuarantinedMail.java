package org.guichet.ticket.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.guichet.account.UserId;

/**
 * An inbound e-mail that waits in the desk for an agent, because it could not go to a
 * ticket by itself. The message is in the file store.
 *
 * <pre>
 * WAITING ──attach to a ticket──> ATTACHED
 *    ├──────create a ticket─────> CREATED
 *    └──────discard─────────────> DISCARDED
 * </pre>
 */
@Entity
@Table(name = "inbound_quarantine")
class QuarantinedMail {

	enum State {

		WAITING, ATTACHED, CREATED, DISCARDED

	}

	@Id
	@Column(name = "quarantine_id")
	private UUID id;

	private Instant receivedAt;

	private String sender;

	private String subject;

	private String preview;

	/** The message key of why it is here. */
	private String reason;

	/** What the reason names (a ticket's number), or {@code null}. */
	private String detail;

	@Column(name = "message_sha256")
	private String messageSha256;

	private long messageSize;

	@Enumerated(EnumType.STRING)
	private State state;

	private String ticketNumber;

	private UUID handledBy;

	private Instant handledAt;

	@Version
	private long version;

	protected QuarantinedMail() {
	}

	QuarantinedMail(String sender, String subject, String preview, String reason, String detail, String messageSha256,
			long messageSize, Instant now) {
		this.id = UUID.randomUUID();
		this.receivedAt = now;
		this.sender = cut(sender, 320);
		this.subject = (subject != null) ? cut(subject, 300) : "";
		this.preview = (preview != null) ? cut(preview, 1000) : "";
		this.reason = reason;
		this.detail = cut(detail, 300);
		this.messageSha256 = messageSha256;
		this.messageSize = messageSize;
		this.state = State.WAITING;
	}

	void attached(String number, UserId agent, Instant now) {
		handled(State.ATTACHED, number, agent, now);
	}

	void created(String number, UserId agent, Instant now) {
		handled(State.CREATED, number, agent, now);
	}

	void discard(UserId agent, Instant now) {
		handled(State.DISCARDED, null, agent, now);
	}

	private void handled(State to, String number, UserId agent, Instant now) {
		if (this.state != State.WAITING) {
			throw new IllegalStateException("Quarantined mail " + this.id + " is already " + this.state);
		}
		this.state = to;
		this.ticketNumber = number;
		this.handledBy = agent.value();
		this.handledAt = now;
	}

	private static String cut(String text, int max) {
		if (text == null) {
			return null;
		}
		String line = text.replaceAll("\\p{Cntrl}", " ");
		return (line.length() > max) ? line.substring(0, max) : line;
	}

	UUID id() {
		return this.id;
	}

	Instant receivedAt() {
		return this.receivedAt;
	}

	String sender() {
		return this.sender;
	}

	String subject() {
		return this.subject;
	}

	String preview() {
		return this.preview;
	}

	String reason() {
		return this.reason;
	}

	String detail() {
		return this.detail;
	}

	String messageSha256() {
		return this.messageSha256;
	}

	State state() {
		return this.state;
	}

	String ticketNumber() {
		return this.ticketNumber;
	}

}
