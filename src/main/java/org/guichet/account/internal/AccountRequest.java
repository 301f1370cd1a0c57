package org.guichet.account.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.guichet.account.AccountRequestId;
import org.guichet.account.AccountRequestView;

/**
 * Somebody without an account asks for one.
 *
 * <pre>
 * PENDING ──approve──> APPROVED (an invitation into an organization follows)
 *    └──────refuse───> REFUSED (a mail gives the reason)
 * </pre>
 */
@Entity
@Table(name = "account_requests")
public class AccountRequest {

	@Id
	@Column(name = "account_request_id")
	private UUID id;

	private String lastName;

	private String firstName;

	private String phone;

	private String email;

	private String organizationName;

	private String customerCode;

	private String message;

	private String language;

	private String state;

	private Instant createdAt;

	private Instant handledAt;

	private UUID handledBy;

	private String refusalReason;

	private UUID organizationId;

	@Version
	private Long version;

	protected AccountRequest() {
	}

	AccountRequest(String lastName, String firstName, String phone, String email, String organizationName,
			String customerCode, String message, String language, Instant now) {
		this.id = UUID.randomUUID();
		this.lastName = lastName;
		this.firstName = firstName;
		this.phone = phone;
		this.email = email;
		this.organizationName = organizationName;
		this.customerCode = customerCode;
		this.message = message;
		this.language = language;
		this.state = "PENDING";
		this.createdAt = now;
	}

	void approve(UUID by, UUID organization, Instant now) {
		requirePending();
		this.state = "APPROVED";
		this.handledBy = by;
		this.organizationId = organization;
		this.handledAt = now;
	}

	void refuse(UUID by, String reason, Instant now) {
		requirePending();
		if (reason == null || reason.isBlank() || reason.length() > 1000) {
			throw new IllegalArgumentException("A reason of 1 to 1000 characters is required");
		}
		this.state = "REFUSED";
		this.handledBy = by;
		this.refusalReason = reason.strip();
		this.handledAt = now;
	}

	private void requirePending() {
		if (!"PENDING".equals(this.state)) {
			throw new IllegalStateException("This request was already handled");
		}
	}

	String email() {
		return this.email;
	}

	String language() {
		return this.language;
	}

	String firstName() {
		return this.firstName;
	}

	String lastName() {
		return this.lastName;
	}

	AccountRequestView view() {
		return new AccountRequestView(new AccountRequestId(this.id), this.lastName, this.firstName, this.phone,
				this.email, this.organizationName, this.customerCode, this.message, this.language, this.state,
				this.createdAt, this.refusalReason);
	}

}
