package org.guichet.administration.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A one-time link that creates the first administrator. Only the hash of the token is
 * kept.
 */
@Entity
@Table(name = "setup_tokens")
public class SetupToken {

	@Id
	@Column(name = "setup_token_id")
	private UUID id;

	private String tokenHash;

	private Instant createdAt;

	private Instant usedAt;

	private Instant expiresAt;

	protected SetupToken() {
	}

	SetupToken(String tokenHash, Instant now, Duration validity) {
		this.id = UUID.randomUUID();
		this.tokenHash = tokenHash;
		this.createdAt = now;
		this.expiresAt = now.plus(validity);
	}

	boolean isUsable(Instant now) {
		return this.usedAt == null && now.isBefore(this.expiresAt);
	}

	void use(Instant now) {
		if (!isUsable(now)) {
			throw new IllegalStateException("This setup link was already used");
		}
		this.usedAt = now;
	}

}
