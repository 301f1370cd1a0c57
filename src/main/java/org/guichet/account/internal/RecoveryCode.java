package org.guichet.account.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A single-use code that signs in when the authenticator app is lost. Only its hash is
 * kept.
 */
@Entity
@Table(name = "recovery_codes")
public class RecoveryCode {

	@Id
	@Column(name = "recovery_code_id")
	private UUID id;

	private UUID userId;

	private String codeHash;

	private Instant usedAt;

	protected RecoveryCode() {
	}

	RecoveryCode(UUID userId, String codeHash) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.codeHash = codeHash;
	}

	boolean isUnused() {
		return this.usedAt == null;
	}

	void use(Instant now) {
		this.usedAt = now;
	}

}
