package org.guichet.account.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A single-use link sent by e-mail. Only the SHA-256 of its 256-bit token is stored.
 */
@Entity
@Table(name = "account_tokens")
public class AccountToken {

	/**
	 * What a link is for.
	 */
	public enum Purpose {

		ACTIVATION, PASSWORD_RESET, EMAIL_CHANGE

	}

	@Id
	@Column(name = "account_token_id")
	private UUID id;

	private UUID userId;

	@Enumerated(EnumType.STRING)
	private Purpose purpose;

	private String tokenHash;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant usedAt;

	private String newEmail;

	protected AccountToken() {
	}

	AccountToken(UUID userId, Purpose purpose, String tokenHash, Instant now, Duration validity) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.purpose = purpose;
		this.tokenHash = tokenHash;
		this.createdAt = now;
		this.expiresAt = now.plus(validity);
	}

	AccountToken withNewEmail(String email) {
		this.newEmail = email;
		return this;
	}

	String newEmail() {
		return this.newEmail;
	}

	boolean isUsable(Instant now) {
		return this.usedAt == null && now.isBefore(this.expiresAt);
	}

	void use(Instant now) {
		if (!isUsable(now)) {
			throw new IllegalStateException("This link is used or expired");
		}
		this.usedAt = now;
	}

	UUID userId() {
		return this.userId;
	}

	Purpose purpose() {
		return this.purpose;
	}

}
