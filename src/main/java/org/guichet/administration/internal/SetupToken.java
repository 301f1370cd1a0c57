package org.guichet.administration.internal;

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

	protected SetupToken() {
	}

	SetupToken(String tokenHash, Instant now) {
		this.id = UUID.randomUUID();
		this.tokenHash = tokenHash;
		this.createdAt = now;
	}

	boolean isUsable() {
		return this.usedAt == null;
	}

	void use(Instant now) {
		if (!isUsable()) {
			throw new IllegalStateException("This setup link was already used");
		}
		this.usedAt = now;
	}

}
