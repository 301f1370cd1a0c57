package org.guichet.account.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.guichet.account.SecurityEventType;

/**
 * One line of the audit log; never changed once written.
 */
@Entity
@Table(name = "security_events")
public class SecurityEvent {

	@Id
	@Column(name = "security_event_id")
	private UUID id;

	private Instant occurredAt;

	@Enumerated(EnumType.STRING)
	private SecurityEventType type;

	private UUID actorUserId;

	private UUID subjectUserId;

	private String subjectEmail;

	private String details;

	private UUID organizationId;

	protected SecurityEvent() {
	}

	SecurityEvent(SecurityEventType type, UUID actor, UUID subject, String subjectEmail, String details, Instant now) {
		this.id = UUID.randomUUID();
		this.occurredAt = now;
		this.type = type;
		this.actorUserId = actor;
		this.subjectUserId = subject;
		this.subjectEmail = truncate(subjectEmail, 320);
		this.details = truncate(details, 500);
	}

	SecurityEvent forOrganization(UUID organization) {
		this.organizationId = organization;
		return this;
	}

	private static String truncate(String value, int max) {
		if (value == null) {
			return null;
		}
		String line = value.replaceAll("[\\r\\n]+", " ");
		return (line.length() > max) ? line.substring(0, max) : line;
	}

}
